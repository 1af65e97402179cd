-- A __concat metamethod that loops, reached by joining a table to text.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: concat_loops.lua:5: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local v = setmetatable({}, { __concat = function() while true do end end })
print("total: " .. v)
