-- An include cycle is reported at the include that closes it, naming the
-- file that is already being loaded.
-- exit: 3
-- stderr: inc/cycle_b.lua:3: error: include cycle: "cycle_a.lua" is already being loaded (it includes, directly or not, the file that includes it)
include "inc/cycle_a.lua"
