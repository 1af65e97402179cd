-- A script that includes itself is a cycle too.
-- exit: 3
-- stderr: include_self.lua:5: error: include cycle: "include_self.lua" is already being loaded (it includes, directly or not, the file that includes it)
segment "Patients" { }
include "include_self.lua"
