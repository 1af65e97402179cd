-- The string metatable is hidden, and changing the script's own string table
-- does not change string methods.
-- exit: 3
-- stdout: false
-- stdout: abab
-- stderr: string_metatable_hidden.lua:10: error: attempt to index a boolean value
print(getmetatable(""))
string.rep = nil
print(("ab"):rep(2))
getmetatable("").__index = {}
