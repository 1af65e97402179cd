-- args: check --only CS007
-- The same note twice, once with other capitals, spacing and a final
-- full stop; reported at the second, naming the first.
-- stdout: cs007_fires.lua:10: warning[CS007] duplicate-note: job "ride 12 km  to work in any weather." is written twice in segment "Cyclists who commute" (first at cs007_fires.lua:9); keep one
-- stdout: cs007_fires.lua:13: warning[CS007] duplicate-note: pain "  Bike stolen from the station rack!" is written twice in segment "Cyclists who commute" (first at cs007_fires.lua:11); keep one
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Cyclists who commute" {
  customer = "consumer",
  job "Ride 12 km to work in any weather" { kind = "functional", importance = 5 },
  job "ride 12 km  to work in any weather." { kind = "functional", importance = 4 },
  pain "Bike stolen from the station rack" { severity = 5 },
  pain "Arrive at work soaked in sweat" { severity = 3 },
  pain "  Bike stolen from the station rack!" { severity = 4 },
}
