-- os.getenv is refused: the environment may hold secrets.
-- exit: 3
-- stderr: os_getenv.lua:4: error: os.getenv is not available to canvas scripts; only os.date, os.time are (run with --trust to give a script you trust the whole Lua library)
print(os.getenv("HOME"))
