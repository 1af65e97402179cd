-- --max-memory takes decimals with a unit: 1.5M is 1.5 MiB, and the
-- message says so.
-- args: --max-memory 1.5M --timeout 5
-- exit: 4
-- stderr: flag_memory_decimal_mega.lua:7: error: the memory limit was reached: more than 1.5 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local all = {}
for i = 1, math.huge do all[i] = { i } end
