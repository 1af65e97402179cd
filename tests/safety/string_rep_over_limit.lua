-- string.rep of 1 GiB is allowed by Lua but not by the memory limit: exit 4.
-- The allocation happens inside C, so the line is given only when known.
-- args: --timeout 5 --max-memory 64M
-- exit: 4
-- stderr-has: string_rep_over_limit.lua
-- stderr-has: error: the memory limit was reached: more than 64 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local s = ("x"):rep(2^30)
