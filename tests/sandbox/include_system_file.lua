-- Including a file outside the allowed folders is refused before it is read:
-- the message names the path, never the content.
-- exit: 3
-- stderr: include_system_file.lua:5: error: cannot include "/etc/passwd": /etc/passwd is outside the folders scripts may read (the script's folder, the working directory and -I folders)
include "/etc/passwd"
