-- The folder above the script is outside the allowed folders (sandbox.t
-- puts a secret.lua there that would print if it ran).
-- exit: 3
-- stderr: include_parent_folder.lua:5: error: cannot include "../secret.lua": ../secret.lua is outside the folders scripts may read (the script's folder, the working directory and -I folders)
include "../secret.lua"
