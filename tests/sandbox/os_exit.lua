-- os.exit is refused, so a script cannot hide its mistakes behind exit 0.
-- exit: 3
-- stderr: os_exit.lua:5: error: job "Buy shoes": importance = 9 is outside the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
-- stderr: os_exit.lua:6: error: os.exit is not available to canvas scripts; only os.date, os.time are (run with --trust to give a script you trust the whole Lua library)
segment "Buyers" { job "Buy shoes" { importance = 9 } }
os.exit(0)
