-- args: check --only CS014
-- A segmented market with a single segment: at the canvas.
-- stdout: cs014_segmented_one.lua:5: warning[CS014] market-mismatch: the canvas is a segmented market but has 1 segment; it needs at least two segments
-- stdout: 0 errors, 1 warning, 0 info in 1 file
canvas "Retail bank" { market = "segmented" }
segment "Clients with 100,000" { customer = "consumer", channel = "branch" }
