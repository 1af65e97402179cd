-- --max-memory with K: 20480K is 20 MiB.
-- args: --max-memory=20480K --timeout 5
-- exit: 4
-- stderr: flag_memory_kilo.lua:6: error: the memory limit was reached: more than 20 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local all = {}
for i = 1, math.huge do all[i] = { i } end
