-- An endless loop is stopped by the time limit: exit 4 and a message that
-- names the line, the limit and the flag that raises it.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: loop_forever.lua:7: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local n = 0
while true do n = n + 1 end
