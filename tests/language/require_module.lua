-- require loads a script-local Lua module (dots are folders) once, in the
-- script's language, so a module can declare notes.
-- exit: 0
-- stdout: loading module lib.notes
-- stdout: true
-- stdout: segment "Patients"  (require_module.lua:14)
-- stdout:   jobs (0)
-- stdout:   pains (2)
-- stdout:     - Night lows  [severity 3 (severe)]
-- stdout:     - Finger pricks  [severity 3 (severe)]
-- stdout:   gains (0)
local notes = require "lib.notes"
print(require "lib.notes" == notes)
segment "Patients" { }
notes.pains({ "Night lows", "Finger pricks" }, "severe")
show(seg "Patients")
