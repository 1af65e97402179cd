#!/bin/bash
# canvas export --format html (stdlib/render/export_html.lua), driven
# in-process by tests/export/driver.lua, for tidepool and common-mistakes
# (the one with findings), and then opened in headless Chromium.
# - tests/export/check_html.py reads the page: elements that close, one
#   title, charset, viewport, unique ids, links that stay on the page;
#   nothing that asks for anything (no script, link, image, src, url());
#   a print and a narrow-screen style sheet; inline SVG pictures; every
#   note escaped; the attribution; every finding of `canvas check` with
#   its file:line and ID.
# - Chromium takes screenshots at 375x800 and 1280x900 with its log on
#   standard error: the load must log no console message (a page with
#   a script error shows that the log does catch one); the PNGs have
#   the size asked for and are not one colour.
# - The page is measured in a frame 375 and 1280 px wide (a headless
#   window is never narrower than 500 px while a page loads, a frame is):
#   it must not scroll sideways, no element may stick out, and every
#   picture has a size and fits (a page too wide shows that the probe
#   does catch one).
# - Printing it to PDF gives a PDF of several pages.
# - A script of hostile texts (tests/export/svg_hostile.lua) gives a page
#   where every text is escaped.
# SCREENSHOT=1 also writes the 1280 screenshot of tidepool to
# docs/images/tidepool-html.png (for the docs; review it).
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
command -v python3 >/dev/null 2>&1 || skip_all "python3 is not installed"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
[ -n "$CHROMIUM" ] || skip_all "chromium is not installed (tools/deps.sh check installs it)"
driver=tests/export/driver.lua
check=tests/export/check_html.py
png=tests/export/png.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# browser ARGS...: headless Chromium with a profile of its own, its log on
# standard error; $OUT, $ERR and $RC as run sets them.
browser() {
  run timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --no-first-run --no-default-browser-check --disable-extensions --disable-sync \
    --user-data-dir="$tmp/profile" --enable-logging=stderr --v=0 "$@"
}

# console: the lines of the browser's log that are console messages.
console() {
  printf '%s\n' "$ERR" | grep -E ':CONSOLE|Uncaught' || true
}

# measure URL W H: the probe's report on URL in a frame W x H px, in $OUT.
measure() {
  python3 "$check" probe "$1" "$2" "$3" "$tmp/probe.html"
  browser --allow-file-access-from-files --window-size=1300,900 --dump-dom "file://$tmp/probe.html"
  OUT=$(printf '%s\n' "$OUT" | sed -n '/<pre id="probe">/,/<\/pre>/p' | sed 's/<[^>]*>//g')
}

# the harness catches what it looks for
printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>
<p>text</p><script>nosuch()</script></body></html>\n' > "$tmp/broken.html"
browser --window-size=375,800 --screenshot="$tmp/broken.png" "file://$tmp/broken.html"
like "$(console)" "nosuch is not defined" "the browser's log shows a script error (so a clean log means something)"
printf '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head><body>
<div style="width:600px">too wide</div></body></html>\n' > "$tmp/wide.html"
measure wide.html 375 800
like "$OUT" "inner 375 scroll 6" "the probe sees a page wider than 375 px (so a narrow page passes for a reason)"

for name in tidepool common-mistakes; do
  case_selected "$name" || continue
  page=$tmp/$name.html
  run "$CANVAS" --trust --timeout 60 -I tests/unit "$driver" html "examples/$name.lua" "$page"
  is "$RC:$(head -1 "$page.status" 2>/dev/null)" "0:ok" "$name: the driver exports the page"
  [ -s "$page" ] || { printf '# %s\n' "$OUT" "$ERR"; continue; }
  run "$CANVAS" check "examples/$name.lua"
  printf '%s\n' "$OUT" > "$tmp/$name.check"
  run python3 "$check" "$page" "$page.notes" "$tmp/$name.check"
  is "$RC:$OUT" "0:" "$name: well-formed, self-contained, every note and finding, the attribution"

  # screenshots at a phone's and a desktop's width, with the console log
  for size in 375x800 1280x900; do
    shot=$tmp/$name-$size.png
    browser --window-size="${size/x/,}" --screenshot="$shot" "file://$page"
    is "$RC" 0 "$name $size: Chromium loads the page and takes a screenshot"
    is "$(console)" "" "$name $size: no console message (no error, no blocked or missing resource)"
    run python3 "$png" size "$shot"
    is "$OUT" "${size/x/ }" "$name $size: the screenshot is $size"
    run python3 "$png" stats "$shot"
    ok "$(printf '%s' "$OUT" | awk -F'[= ]' '{ exit !($2 >= 16 && $4 >= 0.02) }'; echo $?)" \
      "$name $size: the screenshot shows the page, not one colour ($OUT)"
  done
  if [ -n "${SCREENSHOT:-}" ] && [ "$name" = tidepool ]; then
    mkdir -p docs/images
    cp "$tmp/$name-1280x900.png" docs/images/tidepool-html.png
  fi

  # the layout, measured in a frame: no sideways scrolling, pictures with size
  nseg=$(grep -c '<section class="segment"' "$page")
  for w in 375 1280; do
    measure "$name.html" "$w" 800
    report=$OUT
    like "$report" "inner $w scroll $w client $w" "$name at $w px: the page does not scroll sideways"
    like "$report" "wide 0" "$name at $w px: no element sticks out of the page"
    is "$(printf '%s\n' "$report" | grep -c '^pictures '"$((nseg + 1))"'$')" 1 \
      "$name at $w px: $((nseg + 1)) pictures on the page"
    bad=$(printf '%s\n' "$report" | awk -v w="$w" '/^picture / { if ($2 < 100 || $3 < 100 || $4 > w) print }')
    is "$bad" "" "$name at $w px: every picture has a size and fits the width"
  done

  # printing
  browser --no-pdf-header-footer --print-to-pdf="$tmp/$name.pdf" "file://$page"
  pages=$(grep -a -c '/Type /Page\([^s]\|$\)' "$tmp/$name.pdf" 2>/dev/null)
  ok "$([ "$(head -c 5 "$tmp/$name.pdf" 2>/dev/null)" = "%PDF-" ] && [ "${pages:-0}" -ge 2 ]; echo $?)" \
    "$name: prints to a PDF of several pages ($pages)"
done

if case_selected svg_hostile; then
  # hostile texts: markup, quotes, control characters, bad bytes
  page=$tmp/hostile.html
  run "$CANVAS" --trust --timeout 60 -I tests/unit "$driver" html tests/export/svg_hostile.lua "$page"
  is "$RC:$(head -1 "$page.status" 2>/dev/null)" "0:ok" "hostile: the driver exports the page"
  run "$CANVAS" check tests/export/svg_hostile.lua
  printf '%s\n' "$OUT" > "$tmp/hostile.check"
  run python3 "$check" "$page" "$page.notes" "$tmp/hostile.check"
  is "$RC:$OUT" "0:" "hostile: every text escaped, no element of a note's markup, every finding listed"
  like "$(cat "$page")" "<title>Tags &lt;b&gt; &amp; &quot;quotes&quot; &#39;too&#39;: customer segments" \
    "hostile: the page's title is escaped"
  browser --window-size=375,800 --screenshot="$tmp/hostile.png" "file://$page"
  is "$RC:$(console)" "0:" "hostile: the page loads with no console message"
fi

if case_selected tidepool; then
  # --segment: that segment's section alone, without the segments block
  page=$tmp/one.html
  run "$CANVAS" --trust --timeout 60 -I tests/unit "$driver" html examples/tidepool.lua "$page" Patients
  is "$(grep -c '<section class="segment"' "$page"):$(grep -c 'id="segments"' "$page")" "1:0" \
    "--segment: one segment's section, no segments block"
  # the command line writes what the module writes
  run "$CANVAS" export examples/tidepool.lua --format html
  is "$OUT" "$(cat "$tmp/tidepool.html")" "canvas export --format html writes the module's page"
fi

done_testing
