-- string.dump is refused with the same clear message whether it is reached
-- through the string table or as a method of a string.
-- exit: 3
-- stderr: string_method_dump.lua:5: error: string.dump is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
local f = ("").dump(print)
