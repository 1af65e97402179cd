-- The .lua rule holds with --trust too: it keeps include to scripts.
-- args: --trust
-- exit: 3
-- stderr: include_not_lua_trusted.lua:5: error: cannot include "victim.txt": victim.txt does not end in .lua; include and require read only .lua files
include "victim.txt"
