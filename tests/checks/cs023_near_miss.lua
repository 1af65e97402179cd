-- args: check --only CS023
-- Every top note is observed or validated and lists its evidence; the
-- fourth pain is outside the top 3 and may stay an assumption; a segment
-- with no value proposition is not reported.
-- stdout: no findings in 1 file
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5, confidence = "observed",
    evidence = { "GPS logs of line 12 for March" } },
  pain "No seat at rush hour" { severity = 4, confidence = "validated",
    evidence = { "passenger counts, line 12" } },
  pain "Stops without shelter" { severity = 3, confidence = "observed",
    evidence = { "20 rider interviews" } },
  pain "Timetables printed too small" { severity = 1 },
}
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departure times" },
}
segment "Drivers" { pain "Parking costs 4 euros an hour" { severity = 5 } }
