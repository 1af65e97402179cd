-- debug is refused: it could reach into the host's own tables.
-- exit: 3
-- stderr: debug_withheld.lua:4: error: 'debug' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
debug.sethook()
