-- table.concat that would build a string of about 1 GB is stopped by the
-- memory limit while it runs inside C: exit 4.
-- args: --timeout 5 --max-memory 64M
-- exit: 4
-- stderr-has: table_concat_over_limit.lua
-- stderr-has: error: the memory limit was reached: more than 64 MiB was needed (raise it with --max-memory SIZE, or 0 for no limit)
local digits = { ("0123456789"):rep(90000):byte(1, -1) }
local s = table.concat(digits, ("-"):rep(1000))
