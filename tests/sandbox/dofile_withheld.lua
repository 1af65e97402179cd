-- dofile is refused.
-- exit: 3
-- stderr: dofile_withheld.lua:4: error: 'dofile' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
dofile("victim.txt")
