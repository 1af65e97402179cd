-- include reads only files whose names end in .lua, before and after
-- symbolic links: anything else is refused unread, so a syntax error can
-- never quote a line of it (links/victim.lua points at victim.txt).
-- exit: 3
-- stderr: include_not_lua.lua:8: error: cannot include "victim.txt": victim.txt does not end in .lua; include and require read only .lua files
-- stderr: include_not_lua.lua:9: error: cannot include "links/victim.lua": links/victim.lua leads to victim.txt, which does not end in .lua; include and require read only .lua files
-- stderr: include_not_lua.lua:10: error: cannot include "victim": victim does not end in .lua; include and require read only .lua files
include "victim.txt"
include "links/victim.lua"
include "victim"
