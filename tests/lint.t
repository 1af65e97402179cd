#!/bin/bash
# The stdlib is clean under luacheck (config: .luacheckrc).
. "$(dirname "$0")/lib.sh"
if ! command -v luacheck >/dev/null; then
  echo "1..0 # SKIP luacheck is not installed (Debian package lua-check)"
  exit 0
fi
run sh -c "cd '$TOP' && luacheck --formatter plain stdlib examples"
is "$RC" 0 "luacheck finds nothing in stdlib/ and examples/"
[ "$RC" -eq 0 ] || printf '%s\n' "$OUT" | sed 's/^/# /'
done_testing
