-- Endless recursion ends with Lua's "stack overflow", an ordinary error
-- (exit 3), not a crash.
-- args: --timeout 5 --max-memory 64M
-- exit: 3
-- stderr: stack_overflow.lua:6: error: stack overflow
local function deeper(n) return 1 + deeper(n + 1) end
deeper(1)
