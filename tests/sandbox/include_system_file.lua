-- Including a file outside the allowed folders is refused before it is read:
-- the message names the path, never the content.
-- exit: 3
-- stderr: include_system_file.lua:7: error: cannot include "/etc/passwd": /etc/passwd does not end in .lua; include and require read only .lua files
-- stderr: include_system_file.lua:8: error: cannot include "/etc/passwd.lua": /etc/passwd.lua is outside the folders scripts may read (the script's folder, the working directory and -I folders)
-- stderr: include_system_file.lua:9: error: cannot include "links/passwd.lua": links/passwd.lua is outside the folders scripts may read (the script's folder, the working directory and -I folders)
include "/etc/passwd"
include "/etc/passwd.lua"
include "links/passwd.lua"
