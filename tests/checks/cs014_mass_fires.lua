-- args: check --only CS014
-- A mass market serves one segment; reported at the second.
-- stdout: cs014_mass_fires.lua:7: warning[CS014] market-mismatch: the canvas is a mass market, which serves one segment, but it has 3 segments; merge them, or declare the pattern they follow (segmented, diversified or multi-sided)
-- stdout: 0 errors, 1 warning, 0 info in 1 file
canvas "Fridge maker" { market = "mass market" }
segment "Households" { need = "keep food fresh for a week" }
segment "Students in shared flats" { need = "keep food fresh for a week" }
segment "Holiday homes" { need = "a fridge that survives the winter switched off" }
