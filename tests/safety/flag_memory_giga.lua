-- --max-memory with G and a decimal, written with iB: 0.015625GiB is 16 MiB.
-- args: --max-memory 0.015625GiB --timeout 5
-- exit: 4
-- stderr: flag_memory_giga.lua:6: error: the memory limit was reached: more than 16 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local all = {}
for i = 1, math.huge do all[i] = { i } end
