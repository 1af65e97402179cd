-- The script fails with an error object whose __tostring loops: canvas
-- converts it to text under the limits, so the loop is stopped there.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: tostring_loops_in_error_object.lua:6: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local Problem = { __tostring = function() while true do end end }
error(setmetatable({}, Problem))
