-- A coroutine that loops, resumed again and again inside pcall: the stop
-- reaches into the coroutine and stays, so the run ends with the time limit.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: coroutine_loop_resumed_in_pcall.lua:6: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local spin = coroutine.wrap(function() while true do end end)
for _ = 1, 1000 do pcall(spin) end
