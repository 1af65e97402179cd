-- include reads only inside the script's folder, the working directory and
-- -I folders, after links are resolved: system files, the parent folder,
-- links that point out and special files are refused, and no content is
-- ever shown. (safety.t makes links/, pipe.lua, folder.lua and big.lua.)
-- exit: 3
-- stderr: include_outside_folders.lua:16: error: cannot include "/etc/passwd": /etc/passwd does not end in .lua; include and require read only .lua files
-- stderr: include_outside_folders.lua:17: error: cannot include "../../../../../../etc/passwd": ../../../../../../etc/passwd does not end in .lua; include and require read only .lua files
-- stderr: include_outside_folders.lua:18: error: cannot include "../secret.lua": ../secret.lua is outside the folders scripts may read (the script's folder, the working directory and -I folders)
-- stderr: include_outside_folders.lua:19: error: cannot include "links/passwd.lua": links/passwd.lua is outside the folders scripts may read (the script's folder, the working directory and -I folders)
-- stderr: include_outside_folders.lua:20: error: cannot include "links/secret.lua": links/secret.lua is outside the folders scripts may read (the script's folder, the working directory and -I folders)
-- stderr: include_outside_folders.lua:21: error: cannot include "/proc/self/environ": /proc/self/environ does not end in .lua; include and require read only .lua files
-- stderr: include_outside_folders.lua:22: error: cannot include "links/pipe.lua": links/pipe.lua is not a regular file
-- stderr: include_outside_folders.lua:23: error: cannot include "folder.lua": folder.lua is a directory, not a script file
-- stderr: include_outside_folders.lua:24: error: cannot include "big.lua": big.lua is too large (314572800 bytes; scripts may have at most 268435456)
-- stderr: include_outside_folders.lua:25: error: cannot include "input/precompiled.luac": input/precompiled.luac does not end in .lua; include and require read only .lua files
include "/etc/passwd"
include "../../../../../../etc/passwd"
include "../secret.lua"
include "links/passwd.lua"
include "links/secret.lua"
include "/proc/self/environ"
include "links/pipe.lua"
include "folder.lua"
include "big.lua"
include "input/precompiled.luac"
