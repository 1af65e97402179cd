#!/bin/sh
# Prints the seed corpus of the fuzz target, one path a line relative to the
# top of the tree: every example and every language, sandbox, safety,
# ranking and view case. Left out are the cases that only the command line's
# watchdog can end (their expected message says the Lua library function
# "cannot be interrupted"): through the API they run until the process is
# killed, as include/canvas.h says, so each would stop every fuzzing run.
# `make fuzz` starts from these; tests/fuzz.t replays them.
cd "$(dirname "$0")/../.." || exit 1
for f in examples/*.lua tests/language/*.lua tests/sandbox/*.lua \
         tests/safety/*.lua tests/ranking/*.lua tests/views/*.lua; do
  [ -f "$f" ] || continue
  grep -q '^-- stderr.*cannot be interrupted' "$f" && continue
  printf '%s\n' "$f"
done
exit 0
