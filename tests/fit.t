#!/bin/bash
# Fit: canvas fit and fit() on hand-computed cases (full, partial and no
# coverage, a tie at the edge of the top, a reliever for another segment's
# pain, each evidence stage). The cases are tests/fit/*.lua.
. "$(dirname "$0")/lib.sh"
run_cases "$TOP/tests/fit"
done_testing
