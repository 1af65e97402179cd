-- reordered only: the same model written in another order and layout,
-- with comments, numbers for scale words, references by text for ids
-- and the reverse. No change.

checks { ignore = { "CS023" } }

-- the value first: references are resolved when the whole script is loaded
value "Pedal commuter pass" {
  segment = "commuters",
  helps "Arrive at the office looking presentable" { how = "a covered dock next to the office" },
  helps "Get to work on time, every day" { how = "a bike is always at the dock at 8" },
  creates "Door to desk in under 25 minutes" { how = "electric bikes and cycle lanes" },
  relieves "Arriving sweaty after a 5 km ride uphill" { how = "electric assistance on every bike" },
  relieves "Buses 10 to 15 minutes late twice a week" {
    how = "a bike trip takes 20 minutes, rush hour or not",
  },
  product "Monthly pass with 30-minute rides included",
}

canvas "Pedal City" {
  market = "Niche Market",    -- an alias of niche
}

segment "Daily commuters" { customer = "b2c", id = "commuters" }

-- the notes as statements after their segment, gains first
gain "Ride with colleagues on the way" { relevance = "nice to have", level = "unexpected" }
gain "A shower at the office building" { relevance = "important", level = "expected" }
gain "Door to desk in under 25 minutes" {
  evidence = "interviews", confidence = "observed", relevance = 5, level = "desired",
}
pain "Bike stolen from the rack at the station" { severity = "considerable", type = "risk" }
pain "Arriving sweaty after a 5 km ride uphill" { severity = "very severe", kind = "social" }
pain "Buses 10 to 15 minutes late twice a week" {
  evidence = { "timetable data" }, confidence = "validated",
  severity = 5, type = "outcome", id = "late",
}
job "Keep the cost of travel below 80 euros a month" { importance = "high", kind = "functional" }
job "Arrive at the office looking presentable" {
  evidence = "survey", confidence = "observed", importance = "very high", kind = "social",
}
job "Get to work on time, every day" {
  evidence = { "12 interviews" }, confidence = "observed", importance = 5, kind = "functional",
  id = "on-time",
}
