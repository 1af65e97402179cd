-- args: check --only CS014
-- A niche segment needs a narrowing basis; an empty bases table is none.
-- stdout: cs014_niche_fires.lua:7: warning[CS014] market-mismatch: segment "Car makers" is in a niche market but declares no narrowing bases; say what sets it apart (bases = { demographic = ..., geographic = ... })
-- stdout: cs014_niche_fires.lua:8: warning[CS014] market-mismatch: segment "Rally teams" is in a niche market but declares no narrowing bases; say what sets it apart (bases = { demographic = ..., geographic = ... })
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
canvas "Brake parts" { market = "niche" }
segment "Car makers" { customer = "business" }
segment "Rally teams" { customer = "business", bases = { } }
