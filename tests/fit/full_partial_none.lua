-- args: fit
-- Coverage of the top notes, by hand: Riders have 2 of 3 top pains
-- relieved, their 1 top job helped, no gain created; the second segment
-- has no value proposition. A reliever that names the other segment's pain
-- addresses nothing here (CS021, a warning while loading too).
-- exit: 0
-- stdout: segment "Riders": fit on paper (0 of 3 addressed top notes backed by evidence)
-- stdout:   jobs: 1/1 (100%) of the top jobs helped
-- stdout:     + 1. Get to work by 9 [by "Live times": departures at the stop]
-- stdout:   pains: 2/3 (67%) of the top pains relieved
-- stdout:     + 1. Buses 15 minutes late [by "Live times": real departures]
-- stdout:     + 2. No seat at rush hour [by "Live times": crowding per bus]
-- stdout:     - 3. Ticket machine takes no cards
-- stdout:   gains: 0/2 (0%) of the top gains created
-- stdout:     - 1. Know the real departure before leaving home
-- stdout:     - 2. A seat on the way home
-- stdout:   coverage: 3/6 (50%) of the top notes addressed
-- stdout:   next: relieve pain "Ticket machine takes no cards"; create gain "Know the real
-- stdout:         departure before leaving home"; create gain "A seat on the way home";
-- stdout:         back the addressed top notes with evidence (confidence "observed" or
-- stdout:         "validated", and evidence = { ... })
-- stdout:
-- stdout: segment "Drivers": fit on paper (no top note addressed)
-- stdout:   no value proposition is for this segment yet
-- stdout:   jobs: 0/0 of the top jobs helped
-- stdout:     (none)
-- stdout:   pains: 0/1 (0%) of the top pains relieved
-- stdout:     - 1. Parking costs 4 euros an hour
-- stdout:   gains: 0/0 of the top gains created
-- stdout:     (none)
-- stdout:   coverage: 0/1 (0%) of the top notes addressed
-- stdout:   next: relieve pain "Parking costs 4 euros an hour"
-- stderr: full_partial_none.lua:45: warning[CS021] unmatched-reliever: relieves "Parking costs 4 euros an hour" names a pain of segment "Drivers", but value "Live times" is for segment "Riders": it addresses nothing there. Move it to a value proposition for "Drivers", or name a pain of "Riders"
segment "Riders" {
  job "Get to work by 9" { importance = 5 },
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Ticket machine takes no cards" { severity = 3 },
  pain "Stops without shelter" { severity = 1 },
  gain "Know the real departure before leaving home" { relevance = 5 },
  gain "A seat on the way home" { relevance = 2 },
}
segment "Drivers" { pain "Parking costs 4 euros an hour" { severity = 4 } }
value "Live times" { segment = "Riders",
  relieves "Parking costs 4 euros an hour" { how = "?" },
  helps "Get to work by 9" { how = "departures at the stop" },
  relieves "Buses 15 minutes late" { how = "real departures" },
  relieves "No seat at rush hour" { how = "crowding per bus" },
  relieves "Stops without shelter" { how = "shelter map" },
}
