-- args: check
-- min_coverage is a percentage: 150 is refused as a load error.
-- exit: 3
-- stdout: cs022_bad_threshold.lua:6: error: checks min_coverage = 150 is not a whole number from 0 to 100
-- stdout: 1 error, 0 warnings, 0 info in 1 file
checks { min_coverage = 150 }
segment "Riders" { pain "Buses 15 minutes late" { severity = 5 } }
