#!/bin/bash
# Every example runs cleanly: exit 0, nothing on standard error.
. "$(dirname "$0")/lib.sh"
for f in "$TOP"/examples/*.lua; do
  run "$CANVAS" "$f"
  is "$RC" 0 "$(basename "$f") runs"
  is "$ERR" "" "$(basename "$f") has no diagnostics"
done
done_testing
