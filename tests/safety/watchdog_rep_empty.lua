-- string.rep of the empty string 2^62 times loops inside C without end
-- (Lua 5.4.4 copies zero bytes 2^62 times). Only the watchdog can stop it:
-- exit 4 and its message after 1.4 s.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stdout:
-- stderr: watchdog_rep_empty.lua: error: the time limit was reached (0.2 s) inside a Lua library function that cannot be interrupted; the run was stopped (raise it with --timeout SECONDS, or 0 for no limit)
print(#(""):rep(2^62))
