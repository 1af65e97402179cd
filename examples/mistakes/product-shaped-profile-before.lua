-- Common mistake 4, before: a profile that lists only what the product
-- addresses. The team behind a parcel-locker network wrote the profile from
-- its own offer: every pain has a reliever, every gain a creator, and one
-- gain even names the product. What customers need beyond it stays unseen.
-- Try: canvas check examples/mistakes/product-shaped-profile-before.lua   (CS008, CS009)
--      canvas fit examples/mistakes/product-shaped-profile-before.lua
-- (Boxpoint is an invented parcel-locker network; the figures are plausible.)
canvas "Boxpoint" { about = "Parcel lockers at train stations and supermarkets" }

segment "Online shoppers who work office hours" {
  customer = "consumer",
  job "Receive parcels while out at work 10 hours a day" {
    kind = "functional", importance = "crucial",
    evidence = "32 interviews at 4 stations", confidence = "observed",
  },
  job "Feel sure a parcel worth 200 euros is not stolen from the doorstep" {
    kind = "emotional", importance = "very high",
    evidence = "32 interviews at 4 stations", confidence = "observed",
  },
  job "Avoid asking neighbours to take in parcels every week" {
    kind = "social", importance = "high",
    evidence = "32 interviews at 4 stations", confidence = "observed",
  },
  pain "A missed delivery means a 40-minute trip to the depot" {
    id = "depot", kind = "functional", type = "undesired-outcome", severity = "extreme",
    evidence = "survey of 400 shoppers", confidence = "validated",
  },
  pain "1 parcel in 20 left on the doorstep goes missing" {
    id = "theft", kind = "emotional", type = "risk", severity = "very severe",
    evidence = "survey of 400 shoppers", confidence = "validated",
  },
  pain "Staying home for a 4-hour delivery window costs half a day off" {
    id = "window", kind = "functional", type = "obstacle", severity = "severe",
    evidence = "survey of 400 shoppers", confidence = "validated",
  },
  gain "A Boxpoint locker on the way home from the station" {
    id = "on-the-way", kind = "functional", level = "desired", relevance = "essential",
    evidence = "survey of 400 shoppers", confidence = "validated",
  },
  gain "Pick up a parcel at 11 pm after a late shift" {
    id = "late", kind = "functional", level = "desired", relevance = "very important",
    evidence = "survey of 400 shoppers", confidence = "validated",
  },
  gain "The pickup code on the phone within 5 minutes of delivery" {
    id = "code", kind = "functional", level = "expected", relevance = "important",
    evidence = "survey of 400 shoppers", confidence = "validated",
  },
}

value "Boxpoint lockers" {
  segment = "Online shoppers who work office hours",
  product "Boxpoint locker" { kind = "physical" },
  relieves "depot" { how = "parcels go to a locker instead of back to the depot" },
  relieves "theft" { how = "each compartment opens only with a one-time code" },
  creates "on-the-way" { how = "lockers at 60 stations and supermarkets" },
  relieves "window" { how = "couriers deliver to the locker at any hour, nobody waits at home" },
  creates "late" { how = "lockers open 24 hours a day" },
  creates "code" { how = "the locker texts the code as soon as the courier shuts the door" },
}
