#!/bin/bash
# The fuzz target (tests/fuzz/fuzz_load.c) on its seed corpus (every example
# and every language, sandbox, safety, ranking and view case:
# tests/fuzz/seeds.sh) and on
# each input that ever made it fail (tests/fuzz/regressions/), through the
# replay driver, so no clang is needed. Every input must come back without a
# crash, a hang, a sanitizer report or, under valgrind, a memory error.
. "$(dirname "$0")/lib.sh"
replay=${FUZZ_REPLAY:-build/fuzz-replay}
case $replay in /*) ;; *) replay="$TOP/$replay" ;; esac
if [ ! -x "$replay" ]; then
  echo "1..1"
  echo "not ok 1 - $replay is built (run make check)"
  exit 1
fi
cd "$TOP" || exit 1
mapfile -t inputs < <(sh tests/fuzz/seeds.sh
                      find tests/fuzz/regressions -type f 2>/dev/null | LC_ALL=C sort)

# One process replays every input, as libFuzzer runs them; when it stops
# early, the input it stopped on fails and the rest go on in a new process.
rest=("${inputs[@]}")
while [ ${#rest[@]} -gt 0 ]; do
  run "$replay" "${rest[@]}"
  i=0
  for f in "${rest[@]}"; do
    i=$((i + 1))
    if ! grep -qxF "ok $i - $f" <<<"$OUT"; then
      ok 1 "$f: the replay stopped on it (exit status $RC)"
      printf '%s\n' "$ERR" | head -60 | sed 's/^/# /'
      rest=("${rest[@]:i}")
      continue 2
    fi
    ok 0 "$f"
  done
  is "$RC" 0 "the replay of ${#rest[@]} inputs exits cleanly"
  [ "$RC" -eq 0 ] || printf '%s\n' "$ERR" | head -60 | sed 's/^/# /'
  rest=()
done
done_testing
