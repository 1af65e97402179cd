-- args: check --only CS016
-- The riders' two worst pains have no reliever; the third and the fourth
-- share a score, so both count as top pains: the unrelieved one is
-- reported as tied. The drivers have no value proposition: CS012's
-- business, not CS016's.
-- stdout: cs016_fires.lua:11: warning[CS016] top-pain-unrelieved: pain "Buses 15 minutes late" is ranked 1 of 5 of segment "Riders", and no reliever eases it; add relieves "Buses 15 minutes late" { how = "..." } to value "Shelters", or rank it lower if it matters less
-- stdout: cs016_fires.lua:12: warning[CS016] top-pain-unrelieved: pain "No seat at rush hour" is ranked 2 of 5 of segment "Riders", and no reliever eases it; add relieves "No seat at rush hour" { how = "..." } to value "Shelters", or rank it lower if it matters less
-- stdout: cs016_fires.lua:14: warning[CS016] top-pain-unrelieved: pain "Ticket machine takes no cards" is ranked 4 of 5 of segment "Riders" (tied with the last of the top 3), and no reliever eases it; add relieves "Ticket machine takes no cards" { how = "..." } to value "Shelters", or rank it lower if it matters less
-- stdout: 0 errors, 3 warnings, 0 info in 1 file
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Stops without shelter" { severity = 3 },
  pain "Ticket machine takes no cards" { severity = 3 },
  pain "Timetables printed too small" { severity = 1 },
}
segment "Drivers" {
  pain "Parking costs 4 euros an hour" { severity = 5 },
}
value "Shelters" { segment = "Riders",
  relieves "Stops without shelter" { how = "a roof at every stop" },
  relieves "Timetables printed too small" { how = "large print" },
}
