-- Job kinds and supporting roles: parents of young children who want them to
-- learn to ride a bike. The profile lists one job of each kind (functional,
-- social, emotional) and the three supporting roles a customer plays around
-- the product: buyer, co-creator and transferor. `context` says where and
-- with whom a job is done; it changes the job (learning on the pavement
-- outside the flat is not learning on a trail on holiday).
-- A profile only (steps 1 to 5): no value map yet.
-- Try: canvas show examples/job-kinds.lua
--      canvas rank examples/job-kinds.lua
--      canvas check examples/job-kinds.lua   (no findings; canvas explain CS003)
-- (Little Wheels is an invented bike-subscription shop; the figures are plausible.)
canvas "Little Wheels" {
  about  = "Subscription for children's bikes: swap for the next size as the child grows",
  market = "niche",
}

segment "Parents of children aged 3 to 7" {
  customer = "consumer",
  bases = {
    demographic = "parents of children aged 3 to 7; household income above the median",
    geographic = "flats in large cities, no garden",
    behavioral = "replace the child's bike every 12 to 18 months as it outgrows it",
  },

  -- Functional: a concrete task or result.
  job "Teach my child to ride without stabilisers before school starts" {
    kind = "functional", importance = "crucial",
    context = "on the pavement outside the flat, 20 minutes after work",
  },
  -- Emotional: how the parent wants to feel.
  job "Feel calm while my child rides beside the road" {
    kind = "emotional", importance = "very high",
    context = "the 800 m ride to kindergarten, with cars parked along it",
  },
  -- Social: how the parent wants to be seen by others.
  job "Be seen by other parents as a family that gets outdoors every weekend" {
    kind = "social", importance = "high",
    context = "Sunday rides with 2 other families from the kindergarten",
  },
  -- Supporting, buyer: compare, pay, receive.
  job "Compare bike sizes and pay for the right one" {
    kind = "supporting", role = "buyer", importance = "medium",
    context = "online, in the evening, without the child there to try it",
  },
  -- Supporting, co-creator: help design, test or review.
  job "Review the bike after the first month for other parents" {
    kind = "supporting", role = "co-creator", importance = "low",
  },
  -- Supporting, transferor: dispose of, resell or give away.
  job "Sell or give away the bike the child has outgrown" {
    kind = "supporting", role = "transferor", importance = "medium",
    context = "a flat with no cellar, where an old bike blocks the hallway",
  },

  pain "A new bike every 18 months costs 250 euros each time" {
    kind = "functional", type = "problem", severity = "very severe",
  },
  pain "Selling a used child's bike online takes 3 weekends of messages" {
    kind = "ancillary", type = "obstacle", severity = "severe",
  },
  pain "A bike 2 sizes too big, bought to last, makes the child fall twice a day" {
    kind = "functional", type = "undesired-outcome", severity = "considerable",
  },

  gain "Riding alone within 4 weeks of the first lesson" {
    kind = "emotional", level = "desired", relevance = "essential",
  },
  gain "The next size delivered within 3 days of asking" {
    kind = "functional", level = "expected", relevance = "very important",
  },
  gain "Spend under 10 euros a month on bikes until the child is 7" {
    kind = "cost-saving", level = "desired", relevance = "important",
  },
}
