-- Strings kept in a list that grows without end are stopped by the memory
-- limit.
-- args: --timeout 5 --max-memory 16M
-- exit: 4
-- stderr: memory_strings.lua:7: error: the memory limit was reached: more than 16 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local words = {}
for i = 1, math.huge do words[#words + 1] = ("word"):rep(10) .. i end
