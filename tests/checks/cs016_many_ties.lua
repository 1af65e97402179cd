-- args: check --only CS016
-- Six pains tie at the edge of the top 1 and none has a reliever: the
-- first one is reported on its own (it is the top pain), and the five that
-- count in only by the tie are one finding, not five.
-- stdout: cs016_many_ties.lua:10: warning[CS016] top-pain-unrelieved: pain "Buses 15 minutes late" is ranked 1 of 7 of segment "Riders", and no reliever eases it; add relieves "Buses 15 minutes late" { how = "..." } to value "Cleaner buses", or rank it lower if it matters less
-- stdout: cs016_many_ties.lua:11: warning[CS016] top-pain-unrelieved: 5 pains of segment "Riders" tie with the last of its top 1 and have no reliever: "No seat at rush hour", "Stops without shelter", "Ticket machine takes no cards" and 2 more; give them different severities (CS019) so that the top ones stand out, then relieve those
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
checks { top_k = 1 }
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 4 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Stops without shelter" { severity = 4 },
  pain "Ticket machine takes no cards" { severity = 4 },
  pain "Timetables printed too small" { severity = 4 },
  pain "Drivers who do not wait" { severity = 4 },
  pain "Dirty seats" { severity = 1 },
}
value "Cleaner buses" { segment = "Riders",
  relieves "Dirty seats" { how = "seats cleaned every night" },
}
