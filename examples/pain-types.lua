-- Pain types: renters looking for a flat in a tight city market. There is one
-- pain of each type: an undesired outcome, a problem, a characteristic, an
-- obstacle (what keeps the job from starting or slows it) and a risk (what
-- could go wrong). Each pain also has a kind (functional, social, emotional,
-- ancillary) and a severity from moderate (1) to extreme (5), and each says
-- how much, how long or how often, so it can be tested with customers.
-- A profile only (steps 1 to 5): no value map yet.
-- Try: canvas rank examples/pain-types.lua   (pains in order of severity)
--      canvas show examples/pain-types.lua
--      canvas explain CS005                  (what makes a pain too vague)
-- (Keyhole is an invented flat-finding service; the figures are plausible.)
canvas "Keyhole" {
  about  = "Flat-search service for people moving to a city for a new job",
  market = "niche",
}

segment "People moving to the city for a job" {
  customer = "consumer",
  bases = {
    demographic = "employees aged 25 to 40 starting a new job, alone or as a couple",
    geographic = "moving into Munich from another city or country",
    behavioral = "search for a flat in the 6 weeks between signing and starting",
  },

  job "Find a flat within 30 minutes of the new office before the first day" {
    kind = "functional", importance = "crucial",
  },
  job "Feel settled in the new city within the first month" {
    kind = "emotional", importance = "very high",
  },
  job "Look organised to the new team from the first day" {
    kind = "social", importance = "high",
  },

  -- Undesired outcome: the result of the job is not what the customer wanted.
  pain "Ending up 70 minutes from the office after 6 weeks of searching" {
    kind = "functional", type = "undesired-outcome", severity = "very severe",
  },
  -- Problem: something that does not work as it should.
  pain "1 listing in 4 is already let when the agent answers" {
    kind = "functional", type = "problem", severity = "severe",
  },
  -- Characteristic: a trait of today's options that the customer dislikes.
  pain "Agents show flats only on weekdays between 9 and 5" {
    kind = "ancillary", type = "characteristic", severity = "considerable",
  },
  -- Obstacle: it keeps the job from starting, or slows it down.
  pain "Landlords want 3 months of local payslips, which a newcomer does not have" {
    kind = "functional", type = "obstacle", severity = "extreme",
  },
  -- Risk: what could go wrong.
  pain "A deposit of 3,000 euros sent to a fake listing is lost" {
    kind = "emotional", type = "risk", severity = "moderate",
    notes = "rare (2 of 40 people interviewed), but feared by most",
  },
  -- Social pain: how the customer is seen.
  pain "Asking the new employer for a 2-week delay in front of the team" {
    kind = "social", type = "undesired-outcome", severity = "moderate",
  },

  gain "A signed lease within 3 weeks of the job offer" {
    kind = "functional", level = "desired", relevance = "essential",
  },
  gain "Viewings by video on weekday evenings after 6 pm" {
    kind = "functional", level = "expected", relevance = "very important",
  },
  gain "Rent at most 35% of the new net salary" {
    kind = "cost-saving", level = "required", relevance = "important",
  },
}
