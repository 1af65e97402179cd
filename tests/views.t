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
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  run env -u NO_COLOR TERM=xterm COLUMNS=100 script -qec "'$CANVAS' show '$TOP/examples/tidepool.lua'" /dev/null
  like "$OUT" $'\033[1;34mJOBS' "on a terminal, headings are coloured"
  run env NO_COLOR=1 TERM=xterm COLUMNS=100 script -qec "'$CANVAS' show '$TOP/examples/tidepool.lua'" /dev/null
  unlike "$OUT" $'\033[' "but not with NO_COLOR"
else
  skip 2 "script(1) is needed to give canvas a terminal"
fi

# Fitting to the width. For every example and fixture, and a script of words
# too long for any line, at every width from 24 (the narrowest show takes)
# to 100 and some wider: show exits 0, no line is wider than COLUMNS in
# display columns (wide characters count two, combining marks none), and no
# word is split across lines. Words are the runs of letters and digits (a
# hyphen, a space or punctuation ends one; a wide character is one of its
# own): each shown must be one that the same script shows at 1000 columns,
# where nothing needs wrapping, or, when an ellipsis follows it, the start
# of one (a word too long for a line is cut, never continued below).
tmp=$(mktemp -d)
cat > "$tmp/long-words.lua" <<'EOF'
field "an_extraordinarily_long_user_field_name" { on = "segment" }
field "tiny" { on = "segment" }
canvas "Pneumonoultramicroscopicsilicovolcanoconiosis-and-Supercalifragilisticexpialidocious Ltd" { market = "niche" }
segment "Antidisestablishmentarianism-enthusiasts" {
  about = "Hyphen-breaking state-of-the-art, well-known word-for-word; a https://example.com/a/very/long/path/that/never/ends/anywhere link; 東京都庁の近くにある非常に長い名前の喫茶店のための説明文です。",
  customer = "business",
  an_extraordinarily_long_user_field_name = "short",
  tiny = "Pneumonoultramicroscopicsilicovolcanoconiosis",
  willingness_to_pay = "medium: pays for self-service tiers but not for consulting",
  job "Deinstitutionalization-of-counterrevolutionaries-everywhere" { importance = 5 },
  job "e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}e\u{301}" { importance = 4 },
  job "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十" { importance = 3 },
  job "j4" {}, job "j5" {}, job "j6" {}, job "j7" {}, job "j8" {}, job "j9" {}, job "j10" {},
  pain "Honorificabilitudinitatibus" { severity = 2 },
}
EOF
cat > "$tmp/words.lua" <<'EOF'
-- words.lua REFERENCE FILE...: a line for each word of FILE that is not
-- a word of REFERENCE (or, before an ellipsis, the start of one).
local text = require "canvas.util.text"
local function words(line, each)
  local cur = {}
  local function flush(cut)
    if #cur > 0 then each(table.concat(cur), cut) end
    cur = {}
  end
  if not utf8.len(line) then return end
  for _, cp in utf8.codes(line) do
    local ch = utf8.char(cp)
    if cp == 0x2026 then flush(true)
    elseif cp < 128 then
      if ch:match("%w") then cur[#cur + 1] = ch else flush() end
    elseif (cp >= 0xA0 and cp <= 0xBF) or cp == 0xD7 or cp == 0xF7
        or (cp >= 0x2000 and cp <= 0x206F) then flush()      -- punctuation
    elseif text.width(ch) == 2 then flush(); each(ch)
    else cur[#cur + 1] = ch end
  end
  flush()
end
local known, starts = {}, {}
for line in io.lines(arg[1]) do
  words(line, function(word)
    known[word] = true
    for p in utf8.codes(word) do starts[word:sub(1, p - 1)] = true end
    starts[word] = true
  end)
end
for i = 2, #arg do
  local n = 0
  for line in io.lines(arg[i]) do
    n = n + 1
    words(line, function(word, cut)
      if not (known[word] or (cut and starts[word])) then
        print(("%s:%d: %s%s in: %s"):format(arg[i], n, word, cut and "…" or "", line))
      end
    end)
  end
end
EOF
# widest FILE...: "WIDTH FILE" for each, WIDTH its widest line in display
# columns: by wc -L when it counts them so here (a wide character two, a
# combining mark none), else by canvas.
if [ "$(printf '東京e\314\201\n' | LC_ALL=C.UTF-8 wc -L 2>/dev/null)" = 5 ]; then
  widest() { LC_ALL=C.UTF-8 wc -L "$@" | grep -v ' total$'; }
else
  cat > "$tmp/widest.lua" <<'EOF'
local text = require "canvas.util.text"
for _, f in ipairs(arg) do
  local most = 0
  for line in io.lines(f) do most = math.max(most, text.width(line)) end
  print(most .. " " .. f)
end
EOF
  widest() { "$CANVAS" --trust "$tmp/widest.lua" "$@"; }
fi
widths="$(seq 24 100) 120 150 200"
files=$(ls "$TOP"/examples/*.lua "$TOP"/tests/views/*.lua "$tmp/long-words.lua")
for f in $files; do
  name=$(basename "$f" .lua)
  mkdir "$tmp/$name"
  (
    for w in $widths 1000; do
      COLUMNS=$w "$CANVAS" show "$f" > "$tmp/$name/$w" 2>/dev/null </dev/null ||
        echo "$w: exit $?" >> "$tmp/$name/failed"
    done
  ) &
done
wait
for f in $files; do
  name=$(basename "$f" .lua)
  is "$(cat "$tmp/$name/failed" 2>/dev/null)" "" "show $name at 24..200 columns: exit status 0"
  # shellcheck disable=SC2086
  over=$(cd "$tmp/$name" && widest $widths | awk '$1 > $2 { printf " %s:%s", $2, $1 }')
  is "$over" "" "show $name at 24..200 columns: no line wider than COLUMNS"
  # shellcheck disable=SC2086
  ( cd "$tmp/$name" && "$CANVAS" --trust "$tmp/words.lua" 1000 $widths ) > "$tmp/$name.split"
  is "$(head -5 "$tmp/$name.split")" "" "show $name at 24..200 columns: no word split across lines"
done
like "$(cat "$tmp/long-words/24")" "  tiny:
    Pneumonoultramicros…" "a word too long for a line is cut with an ellipsis"
like "$(cat "$tmp/long-words/24")" "Hyphen-breaking state-
of-the-art," "a line may break after a hyphen"
like "$(cat "$tmp/long-words/30")" "  willingness to pay:
    medium: pays for self-
    service tiers" "a label that leaves too little room puts its value below it"
rm -rf "$tmp"
# A field that the script sets after the declaration to a value of another
# type than the field takes cannot be shown or exported: it is a load error
# at the declaration (checking and ranking read no such field). Not a case
# of tests/language: a saved script leaves such a value out, so it does not
# load back to the same model.
tmp_later=$(mktemp -d)
cat >"$tmp_later/later.lua" <<'EOF'
local s = segment "Commuters" {
  pain "Waiting in line" { severity = 4 },
  gain "A seat every morning" { relevance = 3 },
}
s.customer = { "consumer" }
s.gains[1].relevance = "lots"
EOF
for view in "show" "rank" "fit" "export --format html" "export --format md" "export --format svg" "export --format json"; do
  # shellcheck disable=SC2086
  run "$CANVAS" $view "$tmp_later/later.lua"
  is "$RC" 3 "$view of a field stored later of the wrong type: a load error"
  like "$ERR" 'later.lua:1: error: segment "Commuters": the script set customer to a table after declaring it; customer is one of "consumer" or "business"' \
    "$view: the message names the declaration, the field and what it takes"
done
like "$ERR" 'later.lua:3: error: gain "A seat every morning": the script set relevance to "lots" after declaring it' \
  "every such field is reported"
run "$CANVAS" check "$tmp_later/later.lua"
is "$RC" 0 "canvas check reads no such field: it passes over it"
rm -rf "$tmp_later"

done_testing
