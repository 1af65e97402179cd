-- package is refused: no C modules through package.loadlib.
-- exit: 3
-- stderr: package_withheld.lua:4: error: 'package' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
local open = package.loadlib("libc.so.6", "system")
