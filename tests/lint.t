#!/bin/bash
# The stdlib, the examples and the unit tests are clean under luacheck
# (config: .luacheckrc).
. "$(dirname "$0")/lib.sh"
command -v luacheck >/dev/null ||
  skip_all "luacheck is not installed (Debian package lua-check)"
run sh -c "cd '$TOP' && luacheck --formatter plain stdlib examples tests/unit"
is "$RC" 0 "luacheck finds nothing in stdlib/, examples/ and tests/unit/"
[ "$RC" -eq 0 ] || printf '%s\n' "$OUT" | sed 's/^/# /'
done_testing
