-- os.execute is refused: no processes.
-- exit: 3
-- stderr: os_execute.lua:4: error: os.execute is not available to canvas scripts; only os.date, os.time are (run with --trust to give a script you trust the whole Lua library)
os.execute("touch made-by-script")
