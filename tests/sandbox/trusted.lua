-- With --trust the script gets the whole Lua library: io, os, debug, and
-- include may read any folder.
-- args: --trust
-- exit: 0
-- stdout: This file must survive every sandbox case unchanged.
-- stdout: function, function, string, function
-- stdout: SECRET: a file outside the allowed folders was run
local f = assert(io.open("victim.txt"))
io.write(f:read("l"), "\n")
f:close()
print(type(os.getenv) .. ", " .. type(debug.traceback) .. ", " .. type(package.path) .. ", "
  .. type(string.dump))
include "../secret.lua"
