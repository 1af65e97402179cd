#!/bin/bash
# canvas export: the text and md formats against golden files (every
# example, and a script whose texts look like markup), the choice of format
# from -o's extension, the canonical script, bad input, and files written
# atomically: a failure, a limit or Ctrl-C leaves no partial or temporary
# file and an existing file as it was. UPDATE=1 writes the golden files
# anew (review the diff).
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
golden=tests/export/golden
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in examples/*.lua tests/export/hostile.lua; do
  name=$(basename "$f" .lua)
  for fmt in text md; do
    run env COLUMNS=100 "$CANVAS" export "$f" --format "$fmt"
    is "$RC" 0 "$name: export --format $fmt exits 0"
    if [ -n "${UPDATE:-}" ]; then printf '%s\n' "$OUT" > "$golden/$name.$fmt"; fi
    is "$OUT" "$(cat "$golden/$name.$fmt" 2>/dev/null)" "$name: export --format $fmt is its golden file"
  done
done

# the canonical script loads to the same model: canvas diff finds no
# change between a script and its export
for f in examples/*.lua tests/export/hostile.lua; do
  name=$(basename "$f" .lua)
  "$CANVAS" export "$f" -o "$tmp/$name.lua" 2>/dev/null
  run "$CANVAS" diff "$f" "$tmp/$name.lua"
  is "$RC:$OUT" "0:no changes" "$name: export --format lua loads back to the same model"
done

# Markdown escaping: no text of the script becomes markup
run "$CANVAS" export tests/export/hostile.lua --format md
like "$OUT" 'Costs &gt; 5 \| &lt; 10 euros, \*really\* \_badly\_ \[link\](http://x)' "md: | * _ [ ] < > are escaped"
like "$OUT" '&lt;script&gt;alert(1)&lt;/script&gt;' "md: HTML in a note is shown, not run"
like "$OUT" 'Back\\slash and \~tilde\~' "md: backslashes and tildes are escaped"
like "$OUT" '\# not a heading' "md: a text that starts a line cannot make a heading"
like "$OUT" '\- not a list item' "md: nor a list item"
like "$OUT" 'Line one line two' "md: a newline in a note does not break the table"
unlike "$OUT" '<b>' "md: no raw HTML"

# -o: the format from the extension, the file written whole
run "$CANVAS" export examples/tidepool.lua -o "$tmp/t.md"
is "$RC:$OUT" "0:" "-o t.md: exit 0, nothing on standard output"
is "$(cat "$tmp/t.md")" "$("$CANVAS" export examples/tidepool.lua --format md)" "-o t.md writes the md format"
run "$CANVAS" export examples/tidepool.lua -o "$tmp/t.lua"
run "$CANVAS" check --only CS018 "$tmp/t.lua"
is "$RC" 0 "-o t.lua writes a canonical script that loads"
run "$CANVAS" export examples/tidepool.lua --format md -o "$tmp/t.txt"
is "$(head -1 "$tmp/t.txt")" "# Tidepool" "--format wins over the extension"
run "$CANVAS" export examples/tidepool.lua -o "$tmp/t.doc"
is "$RC" 2 "an extension that names no format, and no --format: usage error"
like "$ERR" "export needs --format" "which says what is needed"
run "$CANVAS" export examples/tidepool.lua --format pdf
is "$RC" 2 "an unknown format: exit 2"
like "$ERR" 'is not an export format; use text, md, json, svg, html or lua' "the formats are listed"
run "$CANVAS" export examples/tidepool.lua --format md --segment Patient
is "$RC" 2 "an unknown --segment: exit 2"
like "$ERR" 'did you mean "Patients"?' "with did-you-mean"
run "$CANVAS" export examples/tidepool.lua --format lua --segment Patients
is "$RC" 2 "--segment does not go with lua"
run "$CANVAS" export examples/tidepool.lua --format md --segment Patients
unlike "$OUT" "Device manufacturers (business" "--segment exports that segment alone"

# atomic writes: an existing file is left as it was
printf 'precious\n' > "$tmp/keep.md"
run "$CANVAS" export examples/tidepool.lua --format md --segment nobody -o "$tmp/keep.md"
is "$RC:$(cat "$tmp/keep.md")" "2:precious" "a failed export leaves an existing file alone"
is "$(ls -A "$tmp" | grep -c '^\.')" 0 "and no temporary file behind"
printf 'segment "Broken" { pain "p" { severity = "hot" } }\n' > "$tmp/broken.lua"
run "$CANVAS" export "$tmp/broken.lua" -o "$tmp/keep.md"
is "$RC:$(cat "$tmp/keep.md")" "3:precious" "a script that fails to load writes nothing"
cat > "$tmp/slow.lua" <<'EOS'
segment "Slow" { pain "Waiting" { severity = 3 } }
check "never ends" { each = "pain", test = function() while true do end end }
EOS
run "$CANVAS" export --timeout 1 "$tmp/slow.lua" -o "$tmp/keep.md"
is "$RC:$(cat "$tmp/keep.md")" "4:precious" "a limit in the middle of an export writes nothing"
is "$(ls -A "$tmp" | grep -c '^\.')" 0 "and leaves no temporary file"
"$CANVAS" export --timeout 30 "$tmp/slow.lua" -o "$tmp/keep.md" 2>/dev/null &
pid=$!
sleep 1
kill -INT $pid
wait $pid
rc=$?
is "$rc:$(cat "$tmp/keep.md")" "130:precious" "Ctrl-C in the middle of an export writes nothing"
is "$(ls -A "$tmp" | grep -c '^\.')" 0 "and leaves no temporary file"
chmod 640 "$tmp/keep.md"
run "$CANVAS" export examples/tidepool.lua -o "$tmp/keep.md"
is "$RC:$(stat -c %a "$tmp/keep.md")" "0:640" "a file written over keeps its permissions"
done_testing
