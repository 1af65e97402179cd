#!/bin/bash
# The checks' documentation and teaching examples keep up with the rule
# registry:
#   (a) examples/common-mistakes.lua loads and triggers every rule of the
#       registry exactly once, and nothing else; run, it prints only the
#       reference warnings (CS018, CS024) that loading reports;
#   (b) examples/common-mistakes-fixed.lua has no findings;
#   (c) docs/checks.md has a section for every rule, headed "### ID name",
#       with "Default severity: **SEVERITY**" as the registry says, a row
#       for each in its table of rules, a row for every threshold with its
#       default, and examples that do what they say: the script after
#       "Reported:" is reported by the rule, the one after "Not reported:"
#       is not;
#   (d) the output shown in README.md and docs/checks.md is the current
#       output (see check_excerpt for the rule).
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
doc=docs/checks.md
mistakes=examples/common-mistakes.lua
fixed=examples/common-mistakes-fixed.lua

# The registry: "ID<tab>name<tab>severity" lines, and the thresholds as
# "name<tab>default" lines.
run "$CANVAS" --trust -e '
  local r = require "canvas.checks"
  for _, id in ipairs(r.order) do
    local rule = r.rules[id]
    print(id .. "\t" .. rule.name .. "\t" .. rule.severity)
  end'
is "$RC" 0 "the registry can be listed"
rules=$OUT
run "$CANVAS" --trust -e '
  local r = require "canvas.checks"
  for _, name in ipairs(r.threshold_names) do
    print(name .. "\t" .. tostring(r.thresholds[name].default))
  end'
is "$RC" 0 "the thresholds can be listed"
thresholds=$OUT

# The IDs of the findings in check's text output ($1), one a line, in order;
# load errors (no ID) as "load-error".
finding_ids() {
  printf '%s\n' "$1" | sed -n \
    -e 's/^[^ ]*:[0-9]*: [a-z]*\[\([^]]*\)\] .*/\1/p' \
    -e 's/^[^ ]*: [a-z]*\[\([^]]*\)\] .*/\1/p' \
    -e 's/^[^ ]*:[0-9]*: error: .*/load-error/p' \
    -e 's/^[^ ]*: error: .*/load-error/p'
}

# (a) one of each mistake
run "$CANVAS" check "$mistakes"
is "$RC" 1 "common-mistakes.lua: check ends with 1 (CS018 is an error), not with a load error"
mistakes_out=$OUT
got=$(finding_ids "$OUT")
while IFS=$'\t' read -r id _ _; do
  [ -n "$id" ] || continue
  n=$(printf '%s\n' "$got" | grep -cx "$id")
  is "$n" 1 "common-mistakes.lua triggers $id exactly once"
done <<< "$rules"
extra=$(printf '%s\n' "$got" | grep -vxF -f <(printf '%s\n' "$rules" | cut -f1) | sort -u | tr '\n' ' ')
is "$extra" "" "common-mistakes.lua triggers nothing but the registry's rules (no load error, no custom check)"
is "$(printf '%s\n' "$got" | grep -c .)" "$(printf '%s\n' "$rules" | grep -c .)" \
  "common-mistakes.lua has as many findings as the registry has rules"
# every finding's rule is named above it in the script: "-- CS005 vague-note:"
while IFS=$'\t' read -r id name _; do
  [ -n "$id" ] || continue
  grep -q "^ *-- $id $name:" "$mistakes"
  ok $? "common-mistakes.lua has a comment \"-- $id $name: ...\" explaining the mistake"
done <<< "$rules"
run "$CANVAS" "$mistakes"
is "$RC" 0 "common-mistakes.lua runs with exit status 0"
stray=$(printf '%s\n' "$ERR" | grep -v '^examples/common-mistakes\.lua:[0-9]*: warning\[CS0\(18\|21\|24\)\] ')
is "$stray" "" "run, common-mistakes.lua prints nothing but the reference warnings (CS018, CS021, CS024)"

# (b) the same canvas, fixed
run "$CANVAS" check "$fixed"
is "$RC" 0 "common-mistakes-fixed.lua: check ends with 0"
is "$OUT" "no findings in 1 file" "common-mistakes-fixed.lua has no findings"
run "$CANVAS" "$fixed"
is "$RC" 0 "common-mistakes-fixed.lua runs with exit status 0"
is "$ERR" "" "run, common-mistakes-fixed.lua prints nothing on standard error"

# (c) docs/checks.md
# The section of rule $1: from its "### " heading to the next heading.
section() {
  awk -v head="### $1 " '
    index($0, head) == 1 { on = 1; print; next }
    on && /^#/ { exit }
    on { print }' "$doc"
}
# The code block after the line $2 ("Reported:") in the section text $1.
example_after() {
  printf '%s\n' "$1" | awk -v label="$2" '
    $0 == label { want = 1; next }
    want && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }'
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
while IFS=$'\t' read -r id name severity; do
  [ -n "$id" ] || continue
  is "$(grep -cx "### $id $name" "$doc")" 1 "checks.md has one section headed \"### $id $name\""
  sec=$(section "$id")
  like "$sec" "Default severity: **$severity**" "checks.md: $id's section says its default severity, $severity"
  grep -q "^| $id | $name | $severity | " "$doc"
  ok $? "checks.md: the table of rules has the row \"| $id | $name | $severity | ...\""
  bad=$(example_after "$sec" "Reported:")
  good=$(example_after "$sec" "Not reported:")
  if [ -n "$bad" ] && [ -n "$good" ]; then
    printf '%s\n' "$bad" > "$tmp/$id.bad.lua"
    printf '%s\n' "$good" > "$tmp/$id.good.lua"
    run sh -c "cd '$tmp' && exec '$CANVAS' check '$id.bad.lua'"
    like "$OUT" "[$id]" "checks.md: $id's example after \"Reported:\" is reported by $id"
    [ "$RC" -le 1 ]
    ok $? "checks.md: $id's example after \"Reported:\" loads (exit status $RC)"
    run sh -c "cd '$tmp' && exec '$CANVAS' check '$id.good.lua'"
    unlike "$OUT" "[$id]" "checks.md: $id's example after \"Not reported:\" is not reported by $id"
    [ "$RC" -le 1 ]
    ok $? "checks.md: $id's example after \"Not reported:\" loads (exit status $RC)"
  else
    ok 1 "checks.md: $id's section has a code block after \"Reported:\" and after \"Not reported:\""
  fi
done <<< "$rules"
while IFS=$'\t' read -r name default; do
  [ -n "$name" ] || continue
  grep -q "^| \`$name\` | $default | " "$doc"
  ok $? "checks.md: the thresholds table has the row \"| \`$name\` | $default | ...\""
  grep -q "\`$name\` (default $default)" "$doc"
  ok $? "checks.md: a rule's section names \`$name\` (default $default)"
done <<< "$thresholds"

# (d) shown output. The rule: a file shows the output in a fenced block
# whose first line is "$ canvas check examples/common-mistakes.lua". Each
# later line of the block is either "..." (lines left out) or a line of
# the current output; those lines come in the order of the output, the
# first one shown is the output's first line, and the block's last line is
# the output's last (the summary). So an excerpt may leave lines out, but
# every line it shows is exact and current.
check_excerpt() {   # check_excerpt FILE
  awk '
    $0 == "$ canvas check examples/common-mistakes.lua" { on = 1; found = 1; next }
    on && /^```/ { exit }
    on { print }
    END { if (!found) exit 1 }' "$1" > "$tmp/block"
  ok $? "$1 shows the output of canvas check examples/common-mistakes.lua"
  printf '%s\n' "$mistakes_out" > "$tmp/out"
  local problem
  problem=$(awk '
    NR == FNR { b[++nb] = $0; next }
    { out[++no] = $0 }
    END {
      if (nb == 0) { print "the block is empty"; exit }
      j = 1; first = 1
      for (i = 1; i <= nb; i++) {
        if (b[i] == "...") { first = 0; continue }
        if (first && b[i] != out[1]) { print "the first line shown is not the first line of the output: " b[i]; exit }
        first = 0
        while (j <= no && out[j] != b[i]) j++
        if (j > no) { print "not a line of the output, or out of order: " b[i]; exit }
        j++
      }
      if (b[nb] != out[no]) print "the block does not end with the summary line: " out[no]
    }' "$tmp/block" "$tmp/out")
  is "$problem" "" "$1: every line shown is a line of the current output, in order, ending with the summary"
}
check_excerpt README.md
check_excerpt "$doc"

done_testing
