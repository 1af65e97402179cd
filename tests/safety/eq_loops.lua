-- An __eq metamethod that loops, reached by comparing two tables.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: eq_loops.lua:5: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local mt = { __eq = function() while true do end end }
print(setmetatable({}, mt) == setmetatable({}, mt))
