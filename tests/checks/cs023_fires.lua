-- args: check --only CS023
-- One finding per segment, at its highest-ranked untested top note, that
-- names the notes. A confidence without evidence, or evidence with
-- confidence "assumed", is not enough. A note ignored on purpose is left
-- out; the tested note is not named.
-- stdout: cs023_fires.lua:10: info[CS023] untested-top-note: segment "Riders": 3 of its 5 top notes rest on assumption only (job "Get to work by 8:30", pain "Buses 15 minutes late" and gain "Know the bus is coming before leaving..."), 2 of them with a confidence or evidence but not both; test them with customers, then record confidence = "observed" or "validated" and evidence = { ... }
-- stdout: cs023_fires.lua:22: info[CS023] untested-top-note: segment "Drivers": its one top note rests on assumption only (pain "Parking costs 4 euros an hour"); test it with customers, then record confidence = "observed" or "validated" and evidence = { ... }
-- stdout: 0 errors, 0 warnings, 2 info in 1 file
segment "Riders" {
  job "Get to work by 8:30" { importance = 4, confidence = "observed" },
  pain "Buses 15 minutes late" { severity = 5, confidence = "assumed",
    evidence = { "3 complaints" } },
  pain "No seat at rush hour" { severity = 4, confidence = "validated",
    evidence = { "passenger counts, line 12" } },
  pain "Stops without shelter" { severity = 3, ignore = "CS023" },
  gain "Know the bus is coming before leaving home" { relevance = 5 },
}
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departure times" },
}
segment "Drivers" {
  pain "Parking costs 4 euros an hour" { severity = 5 },
}
value "Park and ride" { segment = "Drivers",
  relieves "Parking costs 4 euros an hour" { how = "free parking at the terminus" },
}
