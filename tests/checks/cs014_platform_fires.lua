-- args: check --only CS014
-- A multi-sided platform with one side only: at the canvas.
-- stdout: cs014_platform_fires.lua:5: warning[CS014] market-mismatch: the canvas is a multi-sided platform but has 1 segment; it needs at least two sides
-- stdout: 0 errors, 1 warning, 0 info in 1 file
canvas "Card network" { market = "multi-sided platform" }
segment "Cardholders" { customer = "consumer" }
