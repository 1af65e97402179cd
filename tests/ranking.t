#!/bin/bash
# Ranking rules: the default order, each rule form, ties, scoped rules and
# bad rules. The cases are tests/ranking/*.lua.
. "$(dirname "$0")/lib.sh"
run_cases "$TOP/tests/ranking"
done_testing
