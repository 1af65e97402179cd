-- print converts a value through its __tostring, which loops.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: tostring_loops_in_print.lua:5: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local v = setmetatable({}, { __tostring = function() while true do end end })
print(v)
