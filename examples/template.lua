-- A canvas script, annotated: copy this file and replace the example with your
-- own business. It profiles one customer segment in the five steps of the
-- Value Proposition Canvas, then sketches a value proposition for it.
--
--   canvas template.lua          load it; silence means no mistakes
--   canvas template.lua show     load it and print the profile
--   canvas rank template.lua     the jobs, pains and gains in rank order
--   canvas show template.lua     the profile as a text canvas
--   canvas fit template.lua      how well the value map covers the top notes
--
-- A canvas script is plain Lua 5.4. Each declaration is written
--   word "name or text" { field = value, ... }
-- and remembers the file and line where it was written, so every message
-- points there. docs/language.md lists every word, field and value.
-- The example: a city bike-share that wants to win over daily commuters.

-- The canvas: one per script. `market` is the market pattern, one of
-- "mass", "niche", "segmented", "diversified" or "multi-sided".
canvas "Pedal City" {
  about  = "Electric bike-share with 300 stations in one city",
  market = "niche",
}

-- Your own fields. Besides the built-in fields you may declare others, before
-- you use them. This one is a scale, so it takes 1..5 or one of its words.
field "frequency" {
  on = "pain",
  type = "scale",
  words = { "yearly", "monthly", "weekly", "daily", "hourly" },
  doc = "how often the customer meets the pain",
}

-- Step 1: pick one segment. One profile describes one group of customers;
-- if two groups need different things, give each its own segment.
-- need, channel, relationship, profitability and willingness_to_pay are the
-- five signs that set a segment apart from others.
segment "Daily commuters" {
  about = "People who travel 3 to 10 km to work in the city centre, 5 days a week",
  customer = "consumer",                      -- or "business"
  bases = {                                   -- how you tell its members apart
    demographic = "employees aged 20 to 50",
    geographic = "the city and its inner suburbs",
    behavioral = "commute at 7 to 9 and 17 to 19; today by bus, car or tram",
  },
  need = "a fast, predictable trip to work that costs less than a car",
  channel = "the mobile app and employers' mobility budgets",
  relationship = "self-service through the app",
  profitability = "medium",                   -- "low", "medium" or "high"
  willingness_to_pay = "a monthly pass of 20 to 30 dollars",

  -- Step 2: the jobs the commuters try to get done, whether or not your
  -- offer helps with them. `kind` is functional, social, emotional or
  -- supporting; list social and emotional jobs too, they often matter most.
  job "Get to work on time, every day" {
    kind = "functional", importance = "crucial",
    context = "a 25-minute trip with one change",
  },
  job "Arrive at the office looking presentable, not sweaty" { kind = "social", importance = 4 },
  job "Feel in control of the trip instead of waiting on delays" {
    kind = "emotional", importance = "high",
  },
  job "Fit some exercise into a busy week" { kind = "functional", importance = 2 },
  -- Supporting jobs are about buying and owning: role is "buyer",
  -- "co-creator" or "transferor".
  job "Get the pass paid from the employer's mobility budget" {
    kind = "supporting", role = "buyer", importance = 2,
  },

  -- Step 3: the pains: what annoys them before, during or after a job, or
  -- stops it. Be specific: say how much, how long, how often.
  -- `type` is undesired-outcome, problem, characteristic, obstacle or risk.
  pain "Buses 10 to 15 minutes late twice a week, and a reprimand at work" {
    id = "late",                              -- a short name for references
    kind = "functional", type = "undesired-outcome", severity = "extreme",
    frequency = "weekly",                     -- our own field, declared above
    evidence = "12 commuter interviews",      -- what backs this note
    confidence = "observed",                  -- assumed, observed or validated
  },
  pain "45 minutes a day standing in a crowded tram" {
    kind = "functional", type = "characteristic", severity = "very severe", frequency = "daily",
  },
  pain "Arriving soaked on the 1 day in 4 when it rains" {
    kind = "social", type = "risk", severity = "severe", frequency = "weekly",
  },
  pain "Parking in the centre costs 12 dollars a day" {
    kind = "functional", type = "problem", severity = "considerable", frequency = "daily",
    who = "car drivers",                      -- the sub-group that said it
  },

  -- Step 4: the gains: the outcomes and benefits they want, also with
  -- numbers. `level` is required, expected, desired or unexpected.
  gain "Door to desk in under 25 minutes, whatever the traffic" {
    kind = "functional", level = "desired", relevance = "essential",
  },
  gain "A bike within 300 m of home at 8 o'clock on 19 mornings out of 20" {
    kind = "functional", level = "required", relevance = "very important",
  },
  gain "Commuting for under 1 dollar a day" { kind = "cost-saving", level = "expected", relevance = 3 },
  gain "20 minutes of exercise a day without going to a gym" {
    kind = "emotional", level = "unexpected", relevance = "useful",
    notes = "came up unprompted in 5 of 12 interviews",
  },
}

-- Step 5: rank. Each job has an importance, each pain a severity, each gain a
-- relevance: a whole number from 1 to 5, or a word for it.
--   importance:  "low" (1)  "medium" (2)  "high" (3)  "very high" (4)  "crucial" (5)
--   severity:    "moderate" (1)  "considerable" (2)  "severe" (3)  "very severe" (4)  "extreme" (5)
--   relevance:   "nice to have" (1)  "useful" (2)  "important" (3)  "very important" (4)  "essential" (5)
-- Notes can also be written after the segment instead of inside its table;
-- they belong to the segment declared most recently:
job "Drop a child at school on the way, twice a week" {
  kind = "functional", importance = "medium",
}

-- The scales give the default order: jobs by importance, pains by severity,
-- gains by relevance, highest first; equal notes keep the order they are
-- written in. A `rank` rule changes the order of one list. A pain met every
-- day wears commuters down even when it is not the worst, so here a pain's
-- score is twice its severity plus its frequency (a missing field adds 0):
rank "pains" { by = { severity = 2, frequency = 1 } }
-- Other forms: by = "severity" (one field), by = { "severity", "frequency" }
-- (in order: the second breaks ties of the first), by = function(p) return
-- <a number> end; order = "ascending" puts the lowest first; segment = "name"
-- limits a rule to one segment.

-- The value map: what you offer this segment. Helpers, relievers and creators
-- name the job, pain or gain they address by its id or its exact text; they
-- are matched once the whole script has loaded, so order does not matter.
-- Aim them at the top-ranked notes first: `canvas check` warns about a top
-- pain or gain that nothing addresses. `canvas fit` says whether the fit is
-- still "on paper" (as here: most top notes are untested assumptions) or
-- "in the market" (every addressed top note is observed or validated and
-- lists its evidence).
value "Pedal commuter pass" {
  segment = "Daily commuters",
  product "Monthly pass, 30-minute rides included" { kind = "intangible" },
  product "Electric bikes at 300 stations" { kind = "physical" },
  product "App that reserves a bike 15 minutes ahead" { kind = "digital" },

  helps "Get to work on time, every day" {
    how = "a bike reserved 15 minutes ahead, and a trip that takes 20 minutes at any hour",
  },
  helps "Arrive at the office looking presentable, not sweaty" {
    how = "electric assistance up to 25 km/h: no hard pedalling, even uphill",
  },
  helps "Feel in control of the trip instead of waiting on delays" {
    how = "the app shows free bikes and docks at every station, updated every 30 seconds",
  },

  relieves "late" { how = "a bike trip takes the same 20 minutes at rush hour as at noon" },
  relieves "45 minutes a day standing in a crowded tram" { how = "a seat of your own, door to door" },
  relieves "Arriving soaked on the 1 day in 4 when it rains" {
    how = "full mudguards on every bike, a rain cape with the pass and a rain alert at 7 o'clock",
  },
  creates "Door to desk in under 25 minutes, whatever the traffic" {
    how = "electric assistance and cycle lanes on the main routes",
  },
  creates "A bike within 300 m of home at 8 o'clock on 19 mornings out of 20" {
    how = "bikes moved back to residential stations every night",
  },
  creates "Commuting for under 1 dollar a day" {
    how = "a 20-dollar monthly pass: 91 cents a working day, less with the employer's budget",
  },
}

-- Checks: `canvas check` reports common mistakes (a thin profile, vague
-- pains, jobs worded as results...), each with a rule ID; `canvas explain
-- CS005` says why one matters. A script can tune them, for instance:
--   checks { min_notes = 4, ignore = { "CS019" } }
-- docs/checks.md lists the rules; examples/common-mistakes.lua shows each.

-- Queries: a script may read the model it declares, as plain Lua.
-- `canvas template.lua show` gives this script the argument "show".
if arg[1] == "show" then
  show(seg "Daily commuters")               -- the whole profile
  print()
  print("Pains met every day or more often:")
  for _, p in ipairs(pains("Daily commuters", function(p) return (p.frequency or 0) >= 4 end)) do
    print("  " .. p.text)
  end
  print("Extreme pains: " .. #pains("Daily commuters", { severity = "extreme" }))
  print("Pains in rank order, with their scores (2 x severity + frequency):")
  for _, p in ipairs(ranked("Daily commuters").pains) do   -- each note has .rank and .score
    print("  " .. p.rank .. ". " .. p.text .. " (" .. p.score .. ")")
  end
end
