-- os.tmpname is refused: it would create a file in /tmp.
-- exit: 3
-- stderr: os_tmpname.lua:4: error: os.tmpname is not available to canvas scripts; only os.date, os.time are (run with --trust to give a script you trust the whole Lua library)
print(os.tmpname())
