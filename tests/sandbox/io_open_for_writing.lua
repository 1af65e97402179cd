-- An untrusted script has no io: opening a file to write it is an error
-- that mentions --trust, and the file is left alone.
-- exit: 3
-- stderr: io_open_for_writing.lua:5: error: 'io' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
local f = io.open("victim.txt", "w")
f:write("overwritten")
