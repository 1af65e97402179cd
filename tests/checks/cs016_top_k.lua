-- args: check --only CS016
-- With checks { top_k = 1 } only the worst pain counts as a top pain, and
-- it is relieved.
-- stdout: no findings in 1 file
checks { top_k = 1 }
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Stops without shelter" { severity = 3 },
}
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departure times" },
}
