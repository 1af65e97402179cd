#!/bin/bash
# The canonical script (canvas.render.script) round trip: every example and
# every case script of tests/language, tests/ranking, tests/checks,
# tests/fit and tests/views that loads without errors is loaded, written
# back as its canonical script, and that script is loaded in a fresh
# canvas process (tests/unit/roundtrip_driver.lua does each half). The two
# models must dump the same (canvas.render.script.dump: no files, no
# lines); when the script holds what a canonical script cannot (a ranking
# rule or a check that is a Lua function), that is reported and the rest
# of the model must dump the same. Writing the canonical script of the
# canonical script gives the same text (idempotent), but for the header
# line that names the source and the comments that stand for what it
# could not hold. The scripts of tests/safety and
# tests/sandbox are left out: many never end without the options their
# cases give them. With CASE set, only the scripts it selects run.
. "$(dirname "$0")/lib.sh"
driver=$TOP/tests/unit/roundtrip_driver.lua
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

scripts=$(cd "$TOP" && { ls examples/*.lua; find tests/language tests/ranking tests/checks \
  tests/fit tests/views -name '*.lua' | LC_ALL=C sort; })

# same GOT WANT DESCRIPTION: the files hold the same text, else the first
# lines of their differences.
same() {
  if cmp -s "$1" "$2"; then
    ok 0 "$3"
  else
    ok 1 "$3"
    diff -u "$2" "$1" | head -40 | sed 's/^/#   /'
  fi
}

# half SCRIPT OUT: one half of the trip, from the top of the tree.
half() {
  run sh -c "cd '$TOP' && exec '$CANVAS' --trust --timeout 60 '$driver' '$1' '$2'"
}

total=0 tripped=0 reported=0 skipped=0 i=0
for f in $scripts; do
  name=$(basename "$f" .lua)
  case_selected "$name" || continue
  i=$((i + 1))
  a=$tmp/$i-a b=$tmp/$i-b
  half "$f" "$a"
  status=$(head -1 "$a.status" 2>/dev/null)
  if [ "$status" = errors ]; then
    skipped=$((skipped + 1))
    continue
  fi
  total=$((total + 1))
  is "$RC:$status" "0:ok" "$f: loads and writes its canonical script"
  [ "$status" = ok ] || { printf '# %s\n' "$OUT" "$ERR" "$(cat "$a.status" 2>/dev/null)"; continue; }
  half "$a.lua" "$b"
  is "$RC:$(cat "$b.status" 2>/dev/null)" "0:ok" "$f: its canonical script loads without errors"
  if [ "$(head -1 "$b.status" 2>/dev/null)" != ok ]; then
    sed 's/^/#   /' "$b.status" 2>/dev/null
    continue
  fi
  if [ -s "$a.problems" ]; then
    reported=$((reported + 1))
    same "$b.partial" "$a.partial" \
      "$f: the same model but for what it reports it cannot hold ($(wc -l <"$a.problems") problems)"
    sed 's/^/#   reported: /' "$a.problems"
  else
    tripped=$((tripped + 1))
    same "$b.dump" "$a.dump" "$f: loads to the same model"
  fi
  # what the first script keeps as comments the second does not have
  tail -n +2 "$a.lua" | { if [ -s "$a.problems" ]; then grep -v '^ *--' | cat -s; else cat; fi; } >"$a.body"
  tail -n +2 "$b.lua" >"$b.body"
  same "$b.body" "$a.body" "$f: the canonical script of it is itself"
  if [ -s "$b.problems" ]; then
    ok 1 "$f: its canonical script holds everything it writes"
    sed 's/^/#   /' "$b.problems"
  fi
done
echo "# $total scripts written back: $tripped round-tripped to the same model, $reported reported" \
  "what they cannot hold; $skipped left out (load errors)"
if [ -z "${CASE:-}" ]; then
  [ "$tripped" -ge 100 ]
  ok $? "at least 100 scripts round-trip (got $tripped)"
fi
done_testing
