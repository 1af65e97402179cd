-- args: check --only CS022
-- Half, not more than half, of "Nicer stops" is aimed low; "Benches" has
-- only one item (one is not many: CS016 names the top pain it misses);
-- and "Wide net" aims low while every top pain and gain of its segment is
-- addressed, so nothing that matters goes without.
-- stdout: no findings in 1 file
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "Stops without shelter" { severity = 2 },
  gain "Know the bus is coming before leaving home" { relevance = 5 },
}
value "Nicer stops" { segment = "Riders",
  relieves "Stops without shelter" { how = "a roof at every stop" },
  creates "Know the bus is coming before leaving home" { how = "a screen at every stop" },
}
value "Benches" { segment = "Riders",
  relieves "Stops without shelter" { how = "a bench under a roof" },
}
segment "Drivers" {
  pain "Parking costs 4 euros an hour" { severity = 5 },
  pain "Queues at the car park exit" { severity = 4 },
  pain "Tickets lost in the car" { severity = 3 },
  pain "Car park closes at 11 pm" { severity = 2 },
  pain "No car wash nearby" { severity = 1 },
}
value "Wide net" { segment = "Drivers",
  relieves "Parking costs 4 euros an hour" { how = "free parking at the terminus" },
  relieves "Queues at the car park exit" { how = "number-plate reading" },
  relieves "Tickets lost in the car" { how = "no tickets" },
  relieves "Car park closes at 11 pm" { how = "open all night" },
  relieves "No car wash nearby" { how = "a car wash" },
}
