-- An __lt metamethod that loops, reached through table.sort, which calls it
-- from C.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: lt_loops.lua:6: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local mt = { __lt = function() while true do end end }
table.sort({ setmetatable({}, mt), setmetatable({}, mt) })
