-- The memory limit is reported at the line that needed the memory.
-- args: --timeout 5 --max-memory 64M
-- exit: 4
-- stderr: memory_limit_wrong_line.lua:8: error: the memory limit was reached: more than 64 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local t = {}
for i = 1, 1e5 do t[i] = ("x"):rep(10) end
local sep = ("y"):rep(1000)
local s = table.concat(t, sep)
