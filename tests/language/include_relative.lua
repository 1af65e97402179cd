-- include loads another canvas script relative to the file that includes it,
-- so inc/patients.lua includes "sub/night.lua" from its own folder. Their
-- declarations join the same model, with their own file and line.
-- exit: 0
-- stdout: loading inc/patients.lua
-- stdout: loading inc/sub/night.lua
-- stdout: segment "Patients"  (inc/patients.lua:3)
-- stdout:   jobs (1)
-- stdout:     - Keep sugar in range  [importance 5 (crucial)]
-- stdout:   pains (1)
-- stdout:     - Night lows  [severity 5 (extreme)]
-- stdout:   gains (0)
include "inc/patients.lua"
show(seg "Patients")
