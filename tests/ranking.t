#!/bin/bash
# Ranking rules: the default order, each rule form, ties, scoped rules and
# bad rules. The cases are tests/ranking/*.lua.
. "$(dirname "$0")/lib.sh"
run_cases "$TOP/tests/ranking"

# A rule function that raises a huge error gets a message of one line,
# cut like every other diagnostic.
tmp=$(mktemp -d)
printf 'segment "S" { pain "Queues" { severity = 2 } }\nrank "pains" { by = function() error(("x"):rep(100000)) end }\n' >"$tmp/huge.lua"
run "$CANVAS" "$tmp/huge.lua"
is "$RC" 3 "a rule function with a 100 kB error fails to load"
[ "${#ERR}" -lt 2200 ]
ok $? "and its message is cut to about 2000 bytes (got ${#ERR})"
like "$ERR" "huge.lua:2: error: rank \"pains\": the function failed:" "it still says which rule failed"
like "$ERR" "xxx..." "and marks the cut"
rm -rf "$tmp"
done_testing
