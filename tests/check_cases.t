#!/bin/bash
# Checks, case by case: each tests/checks/*.lua is a script with the exact
# findings it must give (ID, line and message), in the headers that
# run_cases reads (tests/lib.sh). For every built-in rule a case that
# triggers it (NAME_fires.lua, and other shapes of it) and a near miss
# that must not (NAME_near_miss.lua); custom checks (custom_*.lua); and
# findings() and check() inside a script under canvas run. Most cases use
# --only so that the expected output is the rule's alone.
. "$(dirname "$0")/lib.sh"
run_cases "$TOP/tests/checks"
done_testing
