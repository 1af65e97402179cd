-- args: check --only CS022
-- "Nicer stops" aims both its relievers and its creator at notes outside
-- the top 2, while the worst pain goes unrelieved. "Live times" aims at the
-- top and is not reported, although the segment's coverage is the same.
-- stdout: cs022_fires.lua:17: warning[CS022] unfocused-value-map: value "Nicer stops" aims 3 of its 4 relievers and creators at notes outside the top 2 of segment "Riders" (such as "Stops without shelter", ranked 3), while only 2 of the segment's 4 top pains and gains are addressed; aim it at the top notes first
-- stdout: 0 errors, 1 warning, 0 info in 1 file
checks { top_k = 2 }
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Stops without shelter" { severity = 2 },
  pain "Timetables printed too small" { severity = 1 },
  gain "Know the bus is coming before leaving home" { relevance = 5 },
  gain "Wi-Fi on board" { relevance = 3 },
  gain "A bench at every stop" { relevance = 1 },
}
value "Nicer stops" { segment = "Riders",
  relieves "Stops without shelter" { how = "a roof at every stop" },
  relieves "Timetables printed too small" { how = "large print" },
  creates "A bench at every stop" { how = "benches" },
  relieves "No seat at rush hour" { how = "more benches at the stop" },
}
value "Live times" { segment = "Riders",
  creates "Know the bus is coming before leaving home" { how = "departures in the app" },
}
