-- An __index function that indexes a fresh proxy recurses through C: Lua
-- stops it with "C stack overflow", an ordinary error, not a crash.
-- args: --timeout 5 --max-memory 64M
-- exit: 3
-- stderr: c_stack_overflow_index.lua:7: error: C stack overflow
local mt = {}
mt.__index = function(_, k) return setmetatable({}, mt)[k] end
print(setmetatable({}, mt).anything)
