-- Tables that grow without end are stopped by the memory limit: exit 4 and
-- a message that names the line, the limit and the flag that raises it.
-- args: --timeout 5 --max-memory 16M
-- exit: 4
-- stderr: memory_tables.lua:7: error: the memory limit was reached: more than 16 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local all = {}
for i = 1, math.huge do all[i] = { i, tostring(i) } end
