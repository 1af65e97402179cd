#!/bin/sh
# make bench: canvas against plain Lua 5.4 doing the same work, side by side
# in one run, as ratios (SPEC section 8): start-up, then load + rank and
# load + rank + every check of generated canvases. Times are the best of three runs;
# memory is the peak resident set size.
set -eu
canvas=${CANVAS:-build/canvas}
dir=build/bench
mkdir -p "$dir"
best() {   # best CMD...: prints "seconds kilobytes" of the fastest of 3 runs
  b=""
  for _ in 1 2 3; do
    r=$(/usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -1)
    if [ -z "$b" ] || [ "$(echo "$r $b" | awk '{print ($1 < $3)}')" = 1 ]; then b=$r; fi
  done
  echo "$b"
}
ratio() { echo "$1 $2" | awk '{ printf "%.2f", ($2 > 0 ? $1 / $2 : 0) }'; }

: > "$dir/empty.lua"
many() {   # many CMD...: seconds for 100 runs, the best of three rounds
  b=""
  for _ in 1 2 3; do
    s=$(date +%s.%N)
    i=0
    while [ $i -lt 100 ]; do "$@" >/dev/null; i=$((i + 1)); done
    t=$(echo "$s $(date +%s.%N)" | awk '{ printf "%.3f", $2 - $1 }')
    if [ -z "$b" ] || [ "$(echo "$t $b" | awk '{print ($1 < $2)}')" = 1 ]; then b=$t; fi
  done
  echo "$b"
}
c=$(many "$canvas" run "$dir/empty.lua"); l=$(many lua5.4 "$dir/empty.lua")
echo "start-up:       100 runs: canvas $c s, lua5.4 $l s, ratio $(ratio "$c" "$l") (bar 1.5)"

for n in 100000 1000000; do
  [ -f "$dir/notes-$n.lua" ] || lua5.4 tools/bench/gen.lua "$n" > "$dir/notes-$n.lua"
  l=$(best lua5.4 tools/bench/plain.lua "$dir/notes-$n.lua")
  c=$(best "$canvas" rank "$dir/notes-$n.lua" --segment "Segment 1")
  echo "$n notes, rank:  canvas ${c%% *} s ${c##* } KB, plain Lua ${l%% *} s ${l##* } KB," \
       "time ratio $(ratio "${c%% *}" "${l%% *}") (bar 2), memory ratio $(ratio "${c##* }" "${l##* }") (bar 2)"
  eval "t$n=${c%% *}"
  c=$(best "$canvas" check "$dir/notes-$n.lua")
  echo "$n notes, check: canvas ${c%% *} s ${c##* } KB, plain Lua ${l%% *} s ${l##* } KB," \
       "time ratio $(ratio "${c%% *}" "${l%% *}") (bar 2), memory ratio $(ratio "${c##* }" "${l##* }") (bar 2)"
  eval "k$n=${c%% *}"
done
echo "growth, rank:   10x the notes took $(ratio "$t1000000" "$t100000")x the time (bar 11)"
echo "growth, check:  10x the notes took $(ratio "$k1000000" "$k100000")x the time (bar 11)"

# Tab completion in the REPL (stdlib/repl/complete.lua) on the 10^6-note
# canvas: the median and the worst of many calls of each kind (bar 50 ms).
"$canvas" --trust tools/bench/complete.lua "$(pwd)/$dir/notes-1000000.lua" 1000000
