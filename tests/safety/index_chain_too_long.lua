-- A chain of 100,000 tables linked by __index: Lua gives up on the lookup
-- with a clear error instead of walking it.
-- args: --timeout 5 --max-memory 64M
-- exit: 3
-- stderr: index_chain_too_long.lua:9: error: '__index' chain too long; possible loop
local t = {}
for _ = 1, 100000 do t = setmetatable({}, { __index = t }) end
print("chain built")
print(t.missing)
