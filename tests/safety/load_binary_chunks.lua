-- load takes text only, whatever the mode asked for: a whole precompiled
-- chunk, a truncated one and one fed by a reader function are all refused
-- with a message, and nothing crashes.
-- exit: 0
-- stdout: nil	attempt to load a binary chunk (mode is 't')
-- stdout: nil	load: binary chunks are not allowed in canvas scripts (mode must allow "t")
-- stdout: nil	attempt to load a binary chunk (mode is 't')
-- stdout: nil	attempt to load a binary chunk (mode is 't')
-- stdout: nil	attempt to load a binary chunk (mode is 't')
-- stdout: nil	load: binary chunks are not allowed in canvas scripts (mode must allow "t")
local chunk = "\27LuaT\0\25\147\r\n\26\n\4\8\8xV\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0(w@\1\128\128\128"
print(load(chunk))
print(load(chunk, "chunk", "b"))
print(load(chunk, "chunk", "bt"))
print(load(chunk:sub(1, 7), "truncated"))
local pieces = { "\27Lua", "T\0\25\147", "\255\255\255\255" }
local i = 0
print(load(function() i = i + 1; return pieces[i] end))
print(load("return 1", "text", 1))
