-- An __index metamethod that loops, reached by reading a missing field.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: index_loops.lua:5: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local t = setmetatable({}, { __index = function() while true do end end })
print(t.missing)
