-- string.rep asked for 10 GB refuses at once (Lua's own cap on a string's
-- size), with an ordinary error.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr: string_rep_huge.lua:6: error: resulting string too large
local s = string.rep("x", 1e10)
