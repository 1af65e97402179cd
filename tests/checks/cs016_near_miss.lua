-- args: check --only CS016
-- Every top pain has a reliever (one by id, one from a second value
-- proposition for the same segment); the fourth pain is outside the top 3.
-- A segment without a value proposition, and a profile-only canvas, are
-- not CS016's business; a pain ignored on purpose is left alone.
-- stdout: no findings in 1 file
segment "Riders" {
  pain "Buses 15 minutes late" { id = "late", severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Stops without shelter" { severity = 3, ignore = "CS016" },
  pain "Timetables printed too small" { severity = 1 },
}
segment "Drivers" {
  pain "Parking costs 4 euros an hour" { severity = 5 },
}
value "Live times" { segment = "Riders",
  relieves "late" { how = "real departure times" },
}
value "More buses" { segment = "Riders",
  relieves "No seat at rush hour" { how = "twice the buses from 7 to 9" },
}
