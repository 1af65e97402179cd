-- A __newindex metamethod that loops, reached by setting a new field.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: newindex_loops.lua:5: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local t = setmetatable({}, { __newindex = function() while true do end end })
t.field = 1
