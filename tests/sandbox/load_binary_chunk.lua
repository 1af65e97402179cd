-- load takes text only: a binary chunk (it starts with ESC "Lua") is
-- refused, whatever mode the script asks for.
-- exit: 3
-- stdout: attempt to load a binary chunk (mode is 't')
-- stdout: load: binary chunks are not allowed in canvas scripts (mode must allow "t")
-- stderr: load_binary_chunk.lua:9: error: attempt to load a binary chunk (mode is 't')
print(select(2, load("\27LuaT\0\25\147\r\n\26\n")))
print(select(2, load("\27LuaT\0\25\147\r\n\26\n", "chunk", "b")))
assert(load("\27LuaT\0\25\147\r\n\26\n", "chunk", "bt"))
