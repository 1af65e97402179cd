#!/bin/bash
# Checks, rule by rule, from the registry itself: each rule's bad example
# is reported with that rule's ID, its good example is not, and each way of
# configuring checks silences it: checks { ignore } in the script, the
# project file .canvas.lua (and --config), --ignore and --only on the
# command line, an inline comment on the finding's line or the line
# before, and an ignore on the declarations. Hand-written cases with exact
# messages are in tests/checks/*.lua.
. "$(dirname "$0")/lib.sh"

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1

run "$CANVAS" --trust -e '
  local r = require "canvas.checks"
  for _, id in ipairs(r.order) do
    local rule = r.rules[id]
    local f = assert(io.open(id .. ".bad.lua", "w")); f:write(rule.bad, "\n"); f:close()
    f = assert(io.open(id .. ".good.lua", "w")); f:write(rule.good, "\n"); f:close()
    print(id, rule.severity)
  end'
is "$RC" 0 "the registry's examples can be written out"
rules=$OUT

# the first line of the findings of rule $1 in $OUT, and its line number
finding_line() { printf '%s\n' "$OUT" | grep -m1 "\[$1\]" | sed -n 's/^[^:]*:\([0-9]*\):.*/\1/p'; }

while read -r id severity; do
  [ -n "$id" ] || continue
  case_selected "$id" || continue
  bad=$id.bad.lua good=$id.good.lua
  run "$CANVAS" check "$bad"
  like "$OUT" "[$id]" "$id: its bad example is reported"
  if [ "$severity" = error ]; then want=1; else want=0; fi
  is "$RC" "$want" "$id: a $severity finding ends check with $want"
  line=$(finding_line "$id")
  [ -n "$line" ] && [ "$line" -gt 0 ]
  ok $? "$id: the finding names a line ($line)"
  if [ "$severity" = warning ]; then
    run "$CANVAS" check --strict --only "$id" "$bad"
    is "$RC" 1 "$id: with --strict the warning fails the check"
  elif [ "$severity" = info ]; then
    run "$CANVAS" check --strict --only "$id" "$bad"
    is "$RC" 0 "$id: an info finding passes even with --strict"
  fi
  run "$CANVAS" check "$good"
  unlike "$OUT" "[$id]" "$id: its good example is not reported"

  { cat "$bad"; printf 'checks { ignore = { "%s" } }\n' "$id"; } > s.lua
  run "$CANVAS" check s.lua
  unlike "$OUT" "[$id]" "$id: checks { ignore } in the script silences it"

  mkdir -p proj/sub
  cp "$bad" proj/sub/s.lua
  printf 'checks { ignore = { "%s" } }\n' "$id" > proj/.canvas.lua
  run "$CANVAS" check proj/sub/s.lua
  unlike "$OUT" "[$id]" "$id: a .canvas.lua in a parent folder silences it"
  mv proj/.canvas.lua elsewhere.lua
  run "$CANVAS" check --config elsewhere.lua proj/sub/s.lua
  unlike "$OUT" "[$id]" "$id: --config FILE silences it"
  rm -rf proj elsewhere.lua

  run "$CANVAS" check --ignore "$id" "$bad"
  unlike "$OUT" "[$id]" "$id: --ignore silences it"
  other=CS001; [ "$id" = CS001 ] && other=CS002
  run "$CANVAS" check --only "$other" "$bad"
  unlike "$OUT" "[$id]" "$id: --only another rule leaves it out"

  if [ -n "$line" ]; then
    awk -v n="$line" -v id="$id" 'NR == n { print $0 "  -- canvas: ignore " id; next } { print }' "$bad" > s.lua
    run "$CANVAS" check s.lua
    unlike "$OUT" "[$id]" "$id: -- canvas: ignore on the finding's line silences it"
    awk -v n="$line" -v id="$id" 'NR == n { print "-- canvas: ignore " id } { print }' "$bad" > s.lua
    run "$CANVAS" check s.lua
    unlike "$OUT" "[$id]" "$id: -- canvas: ignore on the line before silences it"
  fi

  # an ignore on every declaration: segments (for their notes too),
  # values (for their relievers and creators) and the canvas
  { cat "$bad"; printf 'for _, s in ipairs(segments()) do s.ignore = { "%s" } end\n' "$id"
    printf 'for _, s in ipairs(segments()) do for _, v in ipairs(s.values) do v.ignore = { "%s" } end end\n' "$id"; } > s.lua
  run "$CANVAS" check s.lua
  case $id in
    CS014|CS018|CS024) ;;   # about the canvas or a reference made before the ignore
    *) unlike "$OUT" "[$id]" "$id: ignore on its declarations silences it" ;;
  esac
done <<< "$rules"

# Silencing with a declaration's own field, written in the script.
cat > own.lua <<'EOS'
segment "Shoppers" {
  pain "Waiting is annoying" { severity = 3, ignore = "CS005" },
  pain "Parking is a hassle" { severity = 2 },
}
EOS
run "$CANVAS" check --only CS005 own.lua
unlike "$OUT" "own.lua:2:" "ignore = \"CS005\" on a note silences it there"
like "$OUT" "own.lua:3: warning[CS005]" "and only there"

# Configuration mistakes are reported with did-you-mean.
printf 'checks { ignore = { "CS05" } }\nsegment "A" { pain "x" { ignore = "CS0005", severity = 1 } }\n-- canvas: ignore CS9\n' > bad_ids.lua
run "$CANVAS" check bad_ids.lua
is "$RC" 3 "unknown rule IDs in a script are load errors"
like "$OUT" 'bad_ids.lua:1: error: checks ignore has "CS05", which is no rule; did you mean "CS005"?' "in checks { }"
like "$OUT" 'bad_ids.lua:2: error: pain "x": ignore = "CS0005" names no rule; did you mean "CS005"?' "in a note's ignore"
like "$OUT" 'bad_ids.lua:3: error: canvas: ignore has "CS9", which is no rule' "in an inline comment"
run "$CANVAS" check --ignore CS05 own.lua
is "$RC" 2 "an unknown ID on the command line is a usage error"
is "$ERR" 'canvas: --ignore: "CS05" is no rule; did you mean "CS005"? (canvas explain lists the rules)
Try '"'"'canvas --help'"'"' for more information.' "with did-you-mean"
printf 'checks { min_notse = 5 }\n' > bad_key.lua
run "$CANVAS" check bad_key.lua
like "$OUT" 'bad_key.lua:1: error: checks has the unknown key "min_notse"' "an unknown key of checks { } is named"
like "$OUT" 'did you mean "min_notes"?' "with did-you-mean"

# Command line over script over project file.
mkdir -p p
printf 'checks { min_notes = 1 }\n' > p/.canvas.lua
printf 'segment "A" { job "a" { importance = 1 }, pain "b" { severity = 1 }, gain "c" { relevance = 1 } }\n' > p/thin.lua
run "$CANVAS" check --only CS002 p/thin.lua
unlike "$OUT" "[CS002]" "the project file's threshold applies"
printf 'checks { min_notes = 2 }\n' >> p/thin.lua
run "$CANVAS" check --only CS002 p/thin.lua
like "$OUT" "[CS002]" "the script's own checks { } wins over the project file"
printf 'checks { severity = { CS002 = "error" } }\n' >> p/thin.lua
run "$CANVAS" check --only CS002 p/thin.lua
like "$OUT" "error[CS002]" "severity = { ID = ... } changes a rule's severity"
is "$RC" 1 "and an error finding fails the check"
run "$CANVAS" check --ignore CS002 p/thin.lua
unlike "$OUT" "[CS002]" "the command line wins over the script"
done_testing
