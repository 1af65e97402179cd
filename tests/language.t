#!/bin/bash
# Language: valid scripts build the expected model; each kind of mistake gives
# its message, line and exit status. The cases are tests/language/*.lua.
. "$(dirname "$0")/lib.sh"
run_cases "$TOP/tests/language"
done_testing
