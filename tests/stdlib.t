#!/bin/bash
# Every .lua file under stdlib/, however deep, is built into the binary as
# the module its path names (stdlib/a/b.lua is canvas.a.b; a folder's
# init.lua is the folder's module), and each one loads (the vocabulary is
# run by the field registry instead: it is data written with `field`).
. "$(dirname "$0")/lib.sh"
want=$(cd "$TOP/stdlib" && find . -name '*.lua' | sed 's|^\./||; s|\.lua$||; s|/init$||; s|/|.|g; s|^|canvas.|' | LC_ALL=C sort)
run "$CANVAS" --trust -e '
  local names = {}
  for name in pairs(package.preload) do
    if name:match("^canvas%.") and name ~= "canvas.c" and name ~= "canvas.cjson" then
      names[#names + 1] = name
    end
  end
  table.sort(names)
  print(table.concat(names, "\n"))'
is "$RC" 0 "the binary lists its modules"
is "$OUT" "$want" "the binary holds exactly the modules under stdlib/"
for m in $want; do
  # the vocabulary is data, run by lang/declare.lua with `field` bound
  [ "$m" = canvas.lang.vocabulary ] && continue
  run "$CANVAS" --trust -e "assert(require('$m') ~= nil)"
  is "$RC:$ERR" "0:" "$m loads"
done
# In an untrusted run, methods on strings are the scripts' guarded copies
# (script/sandbox.lua): pattern matching there measures each pattern and
# runs under pcall. The stdlib's own code calls the string library itself.
calls=$(cd "$TOP" && grep -rnE ':(find|match|gmatch|gsub|rep)[[:space:]]*[(\'"'"'"{]' stdlib |
  grep -vE '^[^:]+:[0-9]+:[[:space:]]*--')
is "$calls" "" "the stdlib matches patterns with the string library's functions, not string methods"
done_testing
