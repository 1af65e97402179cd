-- Gain levels: commuters who think of swapping the car for an e-bike. There
-- is a gain at each level: required (without it the offer does not work),
-- expected (basic, but the bike would work without it), desired (beyond
-- expectations, on the wish list) and unexpected (beyond what customers
-- imagine or ask for). Gains also have a kind (functional, social,
-- emotional, cost-saving) and a relevance from nice to have (1) to
-- essential (5). A level says what kind of gain it is; relevance says how
-- much this segment cares, so a required gain need not rank first.
-- A profile only (steps 1 to 5): no value map yet.
-- Try: canvas rank examples/gain-levels.lua   (gains in order of relevance)
--      canvas show examples/gain-levels.lua
--      canvas explain CS017                  (a required gain counts as essential)
-- (Voltway is an invented e-bike maker; the figures are plausible.)
canvas "Voltway" {
  about  = "Maker of commuter e-bikes sold through a web shop and 12 test centres",
  market = "niche",
}

segment "Car commuters with a 10 to 20 km trip" {
  customer = "consumer",
  bases = {
    demographic = "office workers aged 30 to 55 who drive to work alone",
    geographic = "suburbs 10 to 20 km from a city centre with cycle lanes",
    behavioral = "drive to work 4 or 5 days a week and pay for parking",
  },

  job "Get to the office by 8:30 without a car" {
    kind = "functional", importance = "crucial",
  },
  job "Feel fit without finding time for the gym" {
    kind = "emotional", importance = "very high",
  },
  job "Be seen by colleagues as someone who cares about the climate" {
    kind = "social", importance = "medium",
  },

  pain "Parking at the office costs 140 euros a month" {
    kind = "functional", type = "problem", severity = "very severe",
  },
  pain "Arriving sweaty after 15 km on a normal bike" {
    kind = "social", type = "undesired-outcome", severity = "severe",
  },
  pain "A bike worth 3,000 euros stolen from the station rack" {
    kind = "emotional", type = "risk", severity = "considerable",
  },

  -- Required: a commuter e-bike that cannot do the trip there and back is no offer.
  gain "A battery range of at least 50 km, a full day there and back" {
    kind = "functional", level = "required", relevance = "essential",
  },
  -- Expected: customers take it for granted, though the bike rides without it.
  gain "Lights and a lock fitted when the bike is delivered" {
    kind = "functional", level = "expected", relevance = "important",
  },
  -- Desired: beyond expectations, what commuters would ask for.
  gain "Spend 100 euros a month less than on fuel and parking" {
    kind = "cost-saving", level = "desired", relevance = "very important",
  },
  gain "Colleagues asking where the bike came from in the first week" {
    kind = "social", level = "desired", relevance = "useful",
  },
  -- Unexpected: nobody asks for it, but it delights.
  gain "A message with the bike's position within 1 minute of it being moved" {
    kind = "emotional", level = "unexpected", relevance = "nice to have",
  },
}
