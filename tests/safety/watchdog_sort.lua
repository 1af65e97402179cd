-- table.sort of strings of 4 MB each compares them in C, for minutes, where
-- no hook can stop it (making the strings takes a few milliseconds, well
-- inside the limit). The command line's watchdog ends the run at twice the
-- time limit plus one second (1.4 s) with exit 4 and a message.
-- args: --timeout 0.2 --max-memory 512M
-- exit: 4
-- stdout:
-- stderr: watchdog_sort.lua: error: the time limit was reached (0.2 s) inside a Lua library function that cannot be interrupted; the run was stopped (raise it with --timeout SECONDS, or 0 for no limit)
local long = ("x"):rep(4 * 1024 * 1024)
local longer = long .. "y"
local t = {}
for i = 1, 2000 do t[i] = i % 2 == 0 and long or longer end
table.sort(t)
print("sorted")
