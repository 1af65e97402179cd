-- string.dump is refused however it is reached (the string table, a string
-- method, a raw read), and the string metatable is hidden.
-- exit: 3
-- stdout: string.dump is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
-- stdout: nil
-- stdout: false
-- stderr: string_dump_and_metatable.lua:12: error: string.dump is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
local f = function() return 1 end
print(select(2, pcall(function() local d = string["du" .. "mp"] end)):match(": (.*)$"))
print(rawget(string, "dump"))
print(getmetatable(""))
local bytes = ("").dump(f)
