-- changed fields: the canvas, the segment, notes, a creator and the product
-- (importance = "high" is 3, as before: no change)
canvas "Pedal City" { market = "niche", about = "Bikes for commuters" }
checks { ignore = { "CS023" } }

segment "Daily commuters" {
  id = "commuters",
  customer = "consumer",
  channel = "posters at bus stops",
  job "Get to work on time, every day" { id = "on-time", kind = "functional", importance = "crucial",
    confidence = "observed", evidence = { "12 interviews" } },
  job "Arrive at the office looking presentable" { kind = "social", importance = 4,
    confidence = "observed", evidence = { "survey", "photos" } },
  job "Keep the cost of travel below 80 euros a month" { kind = "functional", importance = "high" },
  pain "Buses 10 to 15 minutes late twice a week" { id = "late", type = "undesired-outcome",
    severity = "extreme", confidence = "validated", evidence = { "timetable data" } },
  pain "Arriving sweaty after a 5 km ride uphill" { kind = "social", severity = 4 },
  pain "Bike stolen from the rack at the station" { type = "obstacle", severity = 2 },
  gain "Door to desk in under 25 minutes" { level = "desired", relevance = "essential",
    confidence = "observed", evidence = { "interviews" } },
  gain "A shower at the office building" { level = "required", relevance = 3 },
  gain "Ride with colleagues on the way" { level = "unexpected", relevance = 1 },
}

value "Pedal commuter pass" {
  segment = "Daily commuters",
  product "Monthly pass with 30-minute rides included" { kind = "service" },
  relieves "late" { how = "a bike trip takes 20 minutes, rush hour or not" },
  relieves "Arriving sweaty after a 5 km ride uphill" { how = "electric assistance on every bike" },
  creates "Door to desk in under 25 minutes" { how = "electric bikes and protected cycle lanes" },
  helps "on-time" { how = "a bike is always at the dock at 8" },
  helps "Arrive at the office looking presentable" { how = "a covered dock next to the office" },
}
