#!/bin/bash
# canvas new: a template script for each market pattern that loads, and
# that canvas check says what is still missing on, without load errors;
# the text of examples/template.lua where they overlap; --force to write
# over a file; bad arguments.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for m in mass niche segmented diversified multi-sided; do
  run "$CANVAS" new "Spin Cycle" --market "$m" -o "$tmp/$m.lua"
  is "$RC:$OUT$ERR" "0:" "new --market $m: writes the file, says nothing"
  run "$CANVAS" "$tmp/$m.lua"
  is "$RC:$ERR" "0:" "new --market $m: the script loads without a message"
  run "$CANVAS" check "$tmp/$m.lua"
  is "$RC" 0 "new --market $m: canvas check has no error finding"
  unlike "$OUT" ": error:" "new --market $m: and no load error"
  like "$(cat "$tmp/$m.lua")" "market = \"$m\"" "new --market $m: the canvas is of that pattern"
  like "$(cat "$tmp/$m.lua")" 'canvas "Spin Cycle" {' "new --market $m: and has the name asked for"
done
run "$CANVAS" check "$tmp/segmented.lua"
like "$OUT" 'segment "Segment 2" has no jobs, no pains and no gains' "check says what is still missing"
grep -c '^segment "' "$tmp/mass.lua" > "$tmp/n"
is "$(cat "$tmp/n")" 1 "mass: one segment"
run "$CANVAS" new "Spin Cycle" --market multi-sided --segments 3
is "$(printf '%s\n' "$OUT" | grep -c '^segment "')" 3 "--segments 3: three segments"
like "$OUT" 'depends_on = { "Segment 2", "Segment 3" }' "multi-sided: the sides name each other"
like "$OUT" '  depends_on = { "Daily commuters", "Segment 3" },' "in both directions"
run "$CANVAS" run -e "$OUT"
is "$RC:$ERR" "0:" "and the script loads"

# one text: every line of the template is in the script, except the
# canvas's name and its market pattern
run "$CANVAS" new "Pedal City" --market niche
missing=$(grep -vxF -f <(printf '%s\n' "$OUT") examples/template.lua | grep -c .)
is "$missing" 0 "new writes the text of examples/template.lua"

# files
printf 'precious\n' > "$tmp/keep.lua"
run "$CANVAS" new "Spin Cycle" -o "$tmp/keep.lua"
is "$RC:$(cat "$tmp/keep.lua")" "2:precious" "an existing file is not written over"
like "$ERR" "exists; give --force" "and the message says how"
run "$CANVAS" new "Spin Cycle" -o "$tmp/keep.lua" --force
is "$RC" 0 "--force writes over it"
like "$(head -1 "$tmp/keep.lua")" "Spin Cycle: a canvas script made by" "with the template"
is "$(ls -A "$tmp" | grep -c '^\.')" 0 "no temporary file is left"

# bad input
run "$CANVAS" new
is "$RC" 2 "no name: usage error"
run "$CANVAS" new X --market nich
is "$RC" 2 "an unknown pattern: usage error"
like "$ERR" 'did you mean "niche"?' "with did-you-mean"
run "$CANVAS" new X --market mass --segments 2
like "$ERR" "a mass market serves one segment" "a number of segments that the pattern does not take"
run "$CANVAS" new X --market segmented --segments 1
is "$RC" 2 "a segmented market needs two segments or more"
run "$CANVAS" new X --segments many
is "$RC" 2 "--segments takes a number"
done_testing
