-- Mistakes in an included file are reported with its name and its own line
-- numbers, after those of the file that includes it (which comes first).
-- exit: 3
-- stderr: include_errors.lua:7: error: job "Keep sugar in range": importance = 0 is outside the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
-- stderr: include_errors.lua:9: error: segment "Patients" is already declared at include_errors.lua:7; give each segment its own name
-- stderr: inc/mistakes.lua:2: error: job "See patients": importance = 9 is outside the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
segment "Patients" { job "Keep sugar in range" { importance = 0 } }
include "inc/mistakes.lua"
segment "Patients" { }
