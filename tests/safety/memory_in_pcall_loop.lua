-- Each memory error is caught by a pcall and the script tries again: the
-- stop is sticky, so the run ends with the memory limit.
-- args: --timeout 5 --max-memory 16M
-- exit: 4
-- stderr: memory_in_pcall_loop.lua:6: error: the memory limit was reached: more than 16 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
while true do pcall(function() local t = {} for i = 1, math.huge do t[i] = i end end) end
