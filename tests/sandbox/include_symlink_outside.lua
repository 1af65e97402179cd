-- A symbolic link inside the script's folder that points outside it is
-- refused: the rule applies after links are resolved. (sandbox.t makes
-- links/escape.lua point at the secret.lua above the case folder, and
-- links/passwd.lua at /etc/passwd.)
-- exit: 3
-- stderr: include_symlink_outside.lua:8: error: cannot include "links/escape.lua": links/escape.lua is outside the folders scripts may read (the script's folder, the working directory and -I folders)
-- stderr: include_symlink_outside.lua:9: error: cannot include "links/passwd.lua": links/passwd.lua is outside the folders scripts may read (the script's folder, the working directory and -I folders)
include "links/escape.lua"
include "links/passwd.lua"
