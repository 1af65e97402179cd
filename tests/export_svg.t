#!/bin/bash
# canvas export --format svg (stdlib/render/export_svg.lua), driven
# in-process by tests/export/driver.lua: for every example the document
# parses as XML, has a <title> (and so has each picture in it), width,
# height and viewBox, the fixed-width font with its fallbacks and the
# attribution, and every note of the canvas appears in it, escaped and
# drawn whole, no line wider than its box (tests/export/check_svg.py).
# A script of hostile texts (markup, entities, quotes, control
# characters, bytes that are not UTF-8, a note of more than 500
# characters, a word longer than a line) comes out escaped and wrapped.
# --segment draws that segment alone; the string and the picture of one
# segment are the same drawing; the command line writes what the module
# writes.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"
driver=tests/export/driver.lua
check=tests/export/check_svg.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# svg FORMAT SCRIPT OUT [SEGMENT]: one export through the driver.
svg() {
  run "$CANVAS" --trust --timeout 60 -I tests/unit "$driver" "$@"
}

for f in examples/*.lua tests/export/svg_hostile.lua; do
  name=$(basename "$f" .lua)
  case_selected "$name" || continue
  out=$tmp/$name.svg
  svg svg "$f" "$out"
  is "$RC:$(head -1 "$out.status" 2>/dev/null)" "0:ok" "$name: the driver exports it"
  [ -s "$out" ] || { printf '# %s\n' "$OUT" "$ERR"; continue; }
  run python3 "$check" "$out" "$out.notes"
  is "$RC:$OUT" "0:" "$name: XML with titles, sizes, the font, the attribution and every note, whole"
  is "$(grep -c '<title>' "$out")" "$(($(grep -c '<svg' "$out") + $(grep -c 'class="note\|class="item\|class="segment"' "$out")))" \
    "$name: a <title> for the document, each picture and each box"
  like "$(head -2 "$out")" '<?xml version="1.0" encoding="UTF-8"?>' "$name: an XML declaration"
done

if case_selected svg_hostile; then
  out=$tmp/svg_hostile.svg
  doc=$(cat "$out")
  unlike "$doc" "<script" "hostile: no <script> element"
  unlike "$doc" "<b>" "hostile: no markup of a note becomes an element"
  like "$doc" "<title>&lt;script&gt;alert(&#39;job&#39;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</title>" \
    "hostile: < > & ' of a note are escaped"
  like "$doc" "Quotes &quot; and &#39; and &amp;#39; and &amp;lt; literally" \
    "hostile: quotes escaped, and entities written in a note stay text"
  like "$doc" "&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;" "hostile: the canvas's about is escaped"
  like "$doc" "<title>Customer profile and value map: Seg &lt;&amp;&gt; &quot;1&quot;</title>" \
    "hostile: the segment's name is escaped in the picture's title"
  like "$doc" "Control[31mred[0m and C1 here tab newline" \
    "hostile: control characters removed, tabs and newlines become spaces"
  like "$doc" "Bad bytes $(printf '\357\277\275') and $(printf '\357\277\275') end" \
    "hostile: bytes that are not UTF-8 become U+FFFD"
  # the lines drawn for the long note, and for the note with a long word
  py='import sys, xml.dom.minidom
doc = xml.dom.minidom.parse(sys.argv[1])
for g in doc.getElementsByTagName("g"):
    if "note" not in g.getAttribute("class").split():
        continue
    title = g.getElementsByTagName("title")[0].firstChild.data
    if title.startswith("A long pain"):
        body = [t for t in g.getElementsByTagName("text") if t.getAttribute("font-size") == "13"][0]
        spans = [s.firstChild.data for s in body.getElementsByTagName("tspan")]
        print(len(title), len(spans), max(len(s) for s in spans))
    if title.startswith("wordxxx"):
        body = [t for t in g.getElementsByTagName("text") if t.getAttribute("font-size") == "13"][0]
        print(len(body.getElementsByTagName("tspan")))
'
  run python3 -c "$py" "$out"
  long=$(printf '%s' "$OUT" | head -1)
  read -r chars nlines widest <<<"$long"
  ok "$([ "${chars:-0}" -gt 500 ] && [ "${nlines:-0}" -ge 8 ] && [ "${widest:-99}" -le 60 ]; echo $?)" \
    "hostile: a note of more than 500 characters wraps ($long: characters, lines, widest line)"
  ok "$([ "$(printf '%s' "$OUT" | sed -n 2p)" -ge 4 ] 2>/dev/null; echo $?)" \
    "hostile: a word longer than a line is broken over lines, not cut"
fi

if case_selected tidepool; then
  # --segment: that segment's picture alone, without the segments block
  out=$tmp/one.svg
  svg svg examples/tidepool.lua "$out" "Device manufacturers"
  is "$RC:$(head -1 "$out.status" 2>/dev/null)" "0:ok" "--segment: the driver exports it"
  run python3 "$check" "$out" "$out.notes"
  is "$RC:$OUT" "0:" "--segment: a valid document with the segment's notes"
  is "$(grep -c '<svg' "$out")" 2 "--segment: the document holds one picture"
  like "$(cat "$out")" "<title>Tidepool: Device manufacturers</title>" "--segment: the title names it"
  unlike "$(cat "$out")" "Keep blood sugar" "--segment: no note of another segment"

  # the string is the document; the picture of a segment is its drawing
  svg svg-string examples/tidepool.lua "$tmp/string.svg"
  ok "$(cmp -s "$tmp/string.svg" "$tmp/tidepool.svg"; echo $?)" "svg(S) returns what export writes"
  svg picture examples/tidepool.lua "$tmp/picture.svg" Patients
  run python3 "$check" "$tmp/picture.svg" "$tmp/picture.svg.notes"
  is "$RC:$OUT" "0:" "picture(seg): a standalone <svg> element with the segment's notes and the attribution"
  like "$(head -1 "$tmp/picture.svg")" '<svg xmlns="http://www.w3.org/2000/svg" role="img" width="1100"' \
    "picture(seg): with its namespace and size, to be inlined in a page"

  # lines from the value map to the notes; addressed and unaddressed top
  # notes differ in outline and words, not only in colour
  doc=$(cat "$tmp/tidepool.svg")
  is "$(grep -c 'class="link"' "$tmp/tidepool.svg")" 10 "a line from each of the 10 relievers, creators and helpers"
  like "$doc" "✓ top 3, addressed" "an addressed top note says so"
  like "$doc" "○ top 3, not addressed" "an unaddressed top note says so"
  like "$doc" 'stroke-dasharray="6 4"' "an unaddressed top note has a dashed outline"
  like "$doc" "Market pattern: multi-sided platform" "the segments block names the market pattern"
  is "$(grep -c 'class="depends"' "$tmp/tidepool.svg")" 2 "an arrow for each depends_on between the two sides"

  # the command line writes what the module writes
  run "$CANVAS" export examples/tidepool.lua --format svg
  is "$RC:$OUT" "0:$(cat "$tmp/tidepool.svg")" "canvas export --format svg writes the module's document"
fi

done_testing
