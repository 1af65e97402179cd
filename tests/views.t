#!/bin/bash
# `canvas rank` and `canvas show` against golden files: the examples and the
# fixtures in tests/views/, ranked, and shown at 40, 80 and 200 columns.
# UPDATE=1 rewrites the golden files from the current output (then review
# them with git diff).
. "$(dirname "$0")/lib.sh"
golden="$TOP/tests/views/golden"
mkdir -p "$golden"

compare() {   # compare NAME DESCRIPTION (output in $OUT)
  local file="$golden/$1"
  if [ -n "${UPDATE:-}" ]; then printf '%s\n' "$OUT" > "$file"; fi
  if [ ! -f "$file" ]; then
    ok 1 "$2 (no golden file $1; run with UPDATE=1)"
    return
  fi
  is "$OUT" "$(cat "$file")" "$2"
}

for f in "$TOP"/examples/*.lua "$TOP"/tests/views/*.lua; do
  name=$(basename "$f" .lua)
  run "$CANVAS" rank "$f"
  is "$RC" 0 "rank $name: exit status 0"
  compare "$name.rank" "rank $name: the ranked notes"
  for w in 40 80 200; do
    run env COLUMNS=$w "$CANVAS" show "$f"
    is "$RC" 0 "show $name at $w columns: exit status 0"
    compare "$name.show-$w" "show $name at $w columns"
  done
done

# Views of one segment; an unknown one says which exist, with exit 2.
run "$CANVAS" rank "$TOP/examples/tidepool.lua" --segment "Device manufacturers"
is "$RC" 0 "rank --segment: exit status 0"
like "$OUT" 'segment "Device manufacturers"' "rank --segment shows that segment"
unlike "$OUT" 'segment "Patients"' "and not the others"
run "$CANVAS" show --segment patients "$TOP/examples/tidepool.lua"
is "$RC" 0 "show --segment takes an id too, before the script"
like "$OUT" "Patients (consumer segment)" "and shows that segment"
run "$CANVAS" show "$TOP/examples/tidepool.lua" --segment Patiens
is "$RC" 2 "an unknown segment is a usage error (exit 2)"
is "$ERR" 'canvas: no segment "Patiens"; did you mean "Patients"? The segments are "Patients" and "Device manufacturers"' \
  "the message suggests the closest and lists the segments"
run "$CANVAS" rank
is "$RC" 2 "rank without a script: exit 2"
run "$CANVAS" show a.lua b.lua
is "$RC" 2 "show with two scripts: exit 2"

# A script that fails to load shows nothing and exits 3.
tmp=$(mktemp -d)
printf 'segment "A" { pain "x" { severity = "high" } }\n' > "$tmp/bad.lua"
run "$CANVAS" show "$tmp/bad.lua"
is "$RC" 3 "show of a script that fails to load: exit 3"
is "$OUT" "" "and nothing on standard output"
rm -rf "$tmp"

# Colour only on a terminal: never in a pipe, never with NO_COLOR.
run "$CANVAS" show "$TOP/examples/tidepool.lua"
unlike "$OUT" $'\033[' "no escape codes when the output is not a terminal"
if command -v script >/dev/null; then
  run env -u NO_COLOR TERM=xterm COLUMNS=100 script -qec "'$CANVAS' show '$TOP/examples/tidepool.lua'" /dev/null
  like "$OUT" $'\033[1;34mJOBS' "on a terminal, headings are coloured"
  run env NO_COLOR=1 TERM=xterm COLUMNS=100 script -qec "'$CANVAS' show '$TOP/examples/tidepool.lua'" /dev/null
  unlike "$OUT" $'\033[' "but not with NO_COLOR"
fi
done_testing
