-- A pcall in a loop tries to swallow the stop and carry on: the stop is
-- sticky, so the run still ends with the time limit.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: loop_in_pcall_in_loop.lua:6: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
while true do pcall(function() while true do end end) end
