-- string.dump is refused: binary chunks can crash the Lua VM.
-- exit: 3
-- stderr: string_dump.lua:4: error: string.dump is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
local bytes = string.dump(function() return 1 end)
