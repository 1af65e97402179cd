-- Very long lines compile: a 5 MB string literal and a table constructor of
-- 300,000 items on one line, each loaded from text the script builds.
-- args: --timeout 5 --max-memory 256M
-- exit: 0
-- stdout: 5000000
-- stdout: 300000
local literal = assert(load("return '" .. ("x"):rep(5000000) .. "'"))()
print(#literal)
local list = assert(load("return {" .. ("1,"):rep(300000) .. "}"))()
print(#list)
