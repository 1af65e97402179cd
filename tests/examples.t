#!/bin/bash
# Every example runs cleanly: exit 0, nothing on standard error. The one
# that shows the common mistakes on purpose may print only the warnings
# that loading itself reports (CS018, CS021, CS024); tests/checks_docs.t checks
# what canvas check finds in it. Examples in subfolders (examples/mistakes/)
# count too.
. "$(dirname "$0")/lib.sh"
while IFS= read -r f; do
  name=${f#"$TOP"/examples/}
  run "$CANVAS" "$f"
  is "$RC" 0 "$name runs"
  if [ "$name" = common-mistakes.lua ]; then
    others=$(printf '%s\n' "$ERR" | grep -v '^[^:]*:[0-9]*: warning\[CS0\(18\|21\|24\)\] ' | grep -c .)
    is "$others" 0 "$name prints no diagnostics but the reference warnings"
  else
    is "$ERR" "" "$name has no diagnostics"
  fi
done < <(find "$TOP/examples" -name '*.lua' -type f | LC_ALL=C sort)
done_testing
