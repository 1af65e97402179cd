-- Nesting that real scripts might reach (150 levels of parentheses and of
-- tables, 60 of functions) compiles and runs.
-- args: --timeout 5 --max-memory 64M
-- exit: 0
-- stdout: 1	table	function
local parens = assert(load("return " .. ("("):rep(150) .. "1" .. (")"):rep(150)))()
local tables = assert(load("return " .. ("{"):rep(150) .. ("}"):rep(150)))()
local funcs = assert(load(("return function() "):rep(60) .. "return 1 " .. ("end "):rep(60)))()
print(parens, type(tables), type(funcs))
