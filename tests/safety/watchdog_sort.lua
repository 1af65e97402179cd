-- table.sort of eight million numbers runs inside C for some seconds, where
-- no hook can stop it (making the table takes about a fifth of a second,
-- well inside the limit). The command line's watchdog ends the run at twice
-- the time limit plus one second (2 s) with exit 4 and a message.
-- args: --timeout 0.5 --max-memory 512M
-- exit: 4
-- stdout:
-- stderr: watchdog_sort.lua: error: the time limit was reached (0.5 s) inside a Lua library function that cannot be interrupted; the run was stopped (raise it with --timeout SECONDS, or 0 for no limit)
local byte, move, sort = string.byte, table.move, table.sort
local s = ("\1\200\37\99\3\250\17\128\64\5\211\77\160\33\90\141\7"):rep(30000)
local n = #s
local t = { byte(s, 1, -1) }
sort(move(t, 1, 8 * n, 8 * n + 1,
  move(t, 1, 4 * n, 4 * n + 1, move(t, 1, 2 * n, 2 * n + 1, move(t, 1, n, n + 1)))))
print("sorted")
