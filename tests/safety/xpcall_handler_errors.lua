-- An xpcall message handler that fails in its turn: xpcall returns false
-- and the handler's error, and the script goes on.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 0
-- stdout: false	xpcall_handler_errors.lua:7: the handler failed too
-- stdout: still running
print(xpcall(error, function() error("the handler failed too") end, "boom"))
print("still running")
