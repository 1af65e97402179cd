-- a reliever retargeted: the same how, another pain
canvas "Pedal City" { market = "niche" }
checks { ignore = { "CS023" } }

segment "Daily commuters" {
  id = "commuters",
  customer = "consumer",
  job "Get to work on time, every day" { id = "on-time", kind = "functional", importance = "crucial",
    confidence = "observed", evidence = { "12 interviews" } },
  job "Arrive at the office looking presentable" { kind = "social", importance = 4,
    confidence = "observed", evidence = { "survey" } },
  job "Keep the cost of travel below 80 euros a month" { kind = "functional", importance = 3 },
  pain "Buses 10 to 15 minutes late twice a week" { id = "late", type = "undesired-outcome",
    severity = "extreme", confidence = "validated", evidence = { "timetable data" } },
  pain "Arriving sweaty after a 5 km ride uphill" { kind = "social", severity = 4 },
  pain "Bike stolen from the rack at the station" { type = "risk", severity = 2 },
  gain "Door to desk in under 25 minutes" { level = "desired", relevance = "essential",
    confidence = "observed", evidence = { "interviews" } },
  gain "A shower at the office building" { level = "expected", relevance = 3 },
  gain "Ride with colleagues on the way" { level = "unexpected", relevance = 1 },
}

value "Pedal commuter pass" {
  segment = "Daily commuters",
  product "Monthly pass with 30-minute rides included",
  relieves "late" { how = "a bike trip takes 20 minutes, rush hour or not" },
  relieves "Bike stolen from the rack at the station" { how = "electric assistance on every bike" },
  creates "Door to desk in under 25 minutes" { how = "electric bikes and cycle lanes" },
  helps "on-time" { how = "a bike is always at the dock at 8" },
  helps "Arrive at the office looking presentable" { how = "a covered dock next to the office" },
}
