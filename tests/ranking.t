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
# A score that the script stores after the declaration and that is no
# number (a word, which only a declaration turns into a number, or NaN)
# counts as no score, as a note without one does: it ranks last, and
# nothing fails on it. (Not a case of tests/ranking: a saved script leaves
# such a value out, so it does not load back to the same model.)
tmp=$(mktemp -d)
cat >"$tmp/later.lua" <<'EOF'
local s = segment "Students" {
  pain "Queues at the branch" { severity = 2 },
  pain "Late statements" { severity = 3 },
  pain "Overdraft fees" { severity = "extreme" },
  pain "Hidden fees" { severity = 4 },
}
s.pains[2].severity = "high"
s.pains[4].severity = 0 / 0
local out = {}
for _, n in ipairs(ranked("Students").pains) do
  out[#out + 1] = n.rank .. " " .. n.text .. " (" .. (n.score or "-") .. ")"
end
print("pains: " .. table.concat(out, " | "))
EOF
run "$CANVAS" "$tmp/later.lua"
is "$RC:$ERR" "0:" "a score stored later that is no number: the script runs"
is "$OUT" "pains: 1 Overdraft fees (5) | 2 Queues at the branch (2) | 3 Late statements (-) | 4 Hidden fees (-)" \
  "a score stored later that is no number ranks as no score"
run "$CANVAS" rank "$tmp/later.lua"
is "$RC" 3 "canvas rank, a view, reports the field stored later instead (see tests/views.t)"
like "$ERR" 'the script set severity to "high" after declaring it' "and says which"
rm -rf "$tmp"

done_testing
