-- require finds only the script's own Lua files and the libraries it
-- already has: withheld libraries, a path to a shared library and a C
-- module (lfs) are refused; the last message names where it looked.
-- exit: 3
-- stdout: true
-- stdout: 'io' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
-- stdout: 'debug' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
-- stdout: require needs a module name such as "helpers" or "lib.util"; got "/usr/lib/x86_64-linux-gnu/liblua5.4.so"
-- stderr-has: require_c_modules.lua:14: error: module 'lfs' not found (looked for lfs.lua)
print(require "string" == string)
print(select(2, pcall(require, "io")))
print(select(2, pcall(require, "debug")))
print(select(2, pcall(require, "/usr/lib/x86_64-linux-gnu/liblua5.4.so")))
local lfs = require "lfs"
