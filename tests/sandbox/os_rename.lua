-- os.rename is refused.
-- exit: 3
-- stderr: os_rename.lua:4: error: os.rename is not available to canvas scripts; only os.date, os.time are (run with --trust to give a script you trust the whole Lua library)
os.rename("victim.txt", "moved.txt")
