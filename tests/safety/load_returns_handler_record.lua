-- load of text that nests too deeply returns nil and a message string to
-- the script, as plain Lua does.
-- exit: 0
-- stdout: string
local f, e = load("return " .. ("{"):rep(250) .. ("}"):rep(250))
print(type(e))
