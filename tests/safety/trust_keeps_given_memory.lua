-- --trust with --max-memory: memory that grows without end is still
-- stopped by the limit.
-- args: --trust --max-memory 16M --timeout 5
-- exit: 4
-- stderr: trust_keeps_given_memory.lua:7: error: the memory limit was reached: more than 16 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local all = {}
for i = 1, math.huge do all[i] = { i } end
