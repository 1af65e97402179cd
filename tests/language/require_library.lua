-- require of a Lua library the script already has returns it; a library
-- that untrusted scripts do not get stays refused.
-- exit: 3
-- stdout: OK 2
-- stderr: require_library.lua:8: error: 'io' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
local s, m = require "string", require "math"
print(s.upper("ok") .. " " .. m.max(1, 2))
local io = require "io"
