-- io.read is refused too: the script cannot read input behind the user's back.
-- exit: 3
-- stderr: io_read_stdin.lua:4: error: 'io' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
print(io.read("a"))
