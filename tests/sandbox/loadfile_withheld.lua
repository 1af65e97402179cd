-- loadfile is refused.
-- exit: 3
-- stderr: loadfile_withheld.lua:4: error: 'loadfile' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
local f = loadfile("victim.txt")
