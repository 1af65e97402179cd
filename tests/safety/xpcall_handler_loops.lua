-- An xpcall message handler that loops. Lua runs real handlers with hooks
-- off; canvas runs this one as ordinary code, so the time limit stops it.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: xpcall_handler_loops.lua:6: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
print(xpcall(error, function() while true do end end, "boom"))
