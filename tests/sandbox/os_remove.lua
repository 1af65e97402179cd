-- os.remove is refused: the file is still there afterwards.
-- exit: 3
-- stderr: os_remove.lua:4: error: os.remove is not available to canvas scripts; only os.date, os.time are (run with --trust to give a script you trust the whole Lua library)
os.remove("victim.txt")
