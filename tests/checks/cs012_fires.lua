-- args: check --only CS012
-- Two segments, a value proposition for the first only: the second is
-- reported; the empty third is CS001's business, not this rule's.
-- stdout: cs012_fires.lua:9: warning[CS012] missing-value-proposition: segment "Drivers" has no value proposition of its own, while 1 value proposition serves the other segments; design one for it (value "..." { segment = "Drivers" }), or drop the segment
-- stdout: 0 errors, 1 warning, 0 info in 1 file
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
}
segment "Drivers" {
  pain "Parking costs 4 euros an hour" { severity = 4 },
}
segment "Cyclists" { }
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departures" },
}
