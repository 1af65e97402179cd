-- Common mistakes: a canvas with one of each mistake that `canvas check`
-- knows, for teaching. Forkcast (an invented company) delivers meal kits:
-- boxes of measured ingredients and recipe cards. It also lets recipe
-- creators publish their own kits and earn on every box sold.
--
--   canvas check examples/common-mistakes.lua    every finding, one a line
--   canvas explain CS011                         why a rule matters, with examples
--
-- Each mistake has a comment above it naming the rule that reports it and
-- what the framework says about it. examples/common-mistakes-fixed.lua is
-- the same canvas with every mistake fixed; compare the two files side by
-- side. docs/checks.md describes every rule.
--
-- Two of the mistakes are broken references (CS018 and CS024). Loading the
-- script reports those two even without `canvas check`, as warnings, so
-- `canvas examples/common-mistakes.lua` prints them on standard error.

-- CS014 market-mismatch: a mass market serves one broad population with one
-- shared need, and no differentiation. This canvas serves four segments,
-- from home cooks to offices and recipe creators, so "mass" is the wrong
-- pattern. The finding is reported at the second segment.
canvas "Forkcast" {
  about  = "Meal kits delivered weekly, with recipes from independent creators",
  market = "mass",
}

segment "Home cooks" {
  about = "Adults who cook dinner at home at least 4 nights a week",
  customer = "consumer",
  bases = {
    demographic = "couples and families, aged 28 to 50, both partners working",
    geographic = "the 5 largest cities of the country",
  },
  need = "fresh dinners at home without planning menus or shopping",
  channel = "subscription through the website and the app",
  relationship = "self-service, with a skip-a-week button",
  profitability = "medium",

  -- CS010 mixed-segment: one profile should describe one group. The `who`
  -- fields show that these notes come from two groups, couples and parents,
  -- whose jobs, pains and gains differ: the parents' notes belong to a
  -- segment of their own ("Busy parents" below).
  -- CS023 untested-top-note: not one of the home cooks' top notes says what
  -- backs it (confidence and evidence), so the value map fits them only on
  -- paper. The finding is one reminder for the segment, at its top job.
  job "Cook a healthy dinner on weeknights after work" {
    kind = "functional", importance = "crucial", who = "couples",
  },
  job "Get the children to eat vegetables twice a day" {
    kind = "functional", importance = 2, who = "parents",
  },
  job "Feel proud of a dinner that looks like a restaurant's" { kind = "emotional", importance = 4 },
  job "Impress friends at a Saturday dinner party" { kind = "social", importance = 3 },

  -- CS024 ambiguous-reference: an old sticky note, "Late delivery", was left
  -- beside the note that replaced it, and the new note took the old text as
  -- its id. The reliever "Late delivery" below could mean either note (the
-- id wins, and nothing says which one the writer meant).
  pain "Late delivery" { kind = "functional", type = "undesired-outcome", severity = 2 },
  pain "Boxes delivered after 8 pm on 1 delivery day in 4" {
    id = "Late delivery", kind = "functional", type = "undesired-outcome", severity = "extreme",
  },
  -- CS005 vague-note: "a hassle" says neither what goes wrong nor how often.
  -- The framework asks for concrete pains: how much, how long, how often.
  pain "Supermarket shopping is a hassle" { kind = "ancillary", type = "problem", severity = 3 },
  -- CS020 mirrored-pain-gain: the gain "Chopping vegetables for dinner is
  -- quick" below is only this pain turned round; it adds nothing and states
  -- no level the customer would count as a gain.
  -- CS016 top-pain-unrelieved: this is the home cooks' second-worst pain,
  -- and no reliever of "Forkcast Weeknight" eases it (vegetables washed and
  -- cut before they are packed would).
  pain "Chopping vegetables for dinner takes ages" {
    kind = "functional", type = "characteristic", severity = "very severe",
  },
  pain "Half a bunch of coriander thrown away every week" {
    kind = "functional", type = "undesired-outcome", severity = 1,
  },

  gain "Dinner on the table within 30 minutes of getting home" {
    kind = "functional", level = "expected", relevance = "essential",
  },
  -- CS008 product-in-profile: profile the customer, not the product. This
  -- gain names Forkcast's own "Weeknight box", so it describes the offer and
  -- hides what the customer really wants.
  gain "A Weeknight box on the doorstep every Monday" {
    kind = "functional", level = "expected", relevance = 2,
  },
  -- (CS020 is reported here, on the gain that mirrors the pain.)
  gain "Chopping vegetables for dinner is quick" { kind = "functional", level = "desired", relevance = 1 },
  gain "Dinner for 2 under 9 euros a portion" { kind = "cost-saving", level = "expected", relevance = 4 },
  -- CS017 essential-gain-uncreated: without allergen labels the offer does
  -- not work for anyone with an allergy (level "required"), and nothing in
  -- the value map creates the gain.
  gain "Every allergen of a recipe printed on its card" {
    kind = "functional", level = "required", relevance = 3,
  },
  gain "Leftover herbs used up in the next week's recipes" {
    kind = "cost-saving", level = "desired", relevance = 1,
  },
}

-- CS011 indistinct-segments: a group deserves its own segment only when it
-- differs in one of the five signs (need, channel, relationship,
-- profitability, willingness to pay). This segment copies the need and the
-- channel of "Home cooks", so nothing says why it is a segment of its own.
-- CS002 thin-profile: a real segment has many jobs, pains and gains; this
-- one lists 2 jobs, 1 pain and 1 gain.
-- CS009 product-shaped-profile: its one pain and its one gain are exactly
-- what the "Forkcast Family" offer below addresses. The profile was written
-- from the product backwards; list what the offer does not touch as well.
segment "Busy parents" {
  about = "Parents who cook for 2 children on school nights",
  customer = "consumer",
  need = "fresh dinners at home without planning menus or shopping",
  channel = "subscription through the website and the app",

  -- (Its notes are backed by interviews, so CS023 has nothing to say here.)
  job "Cook one dinner the whole family eats on school nights" {
    kind = "functional", importance = 5,
    confidence = "observed", evidence = { "interviews with 12 parents, May" },
  },
  job "Feel like a good parent even after a long workday" {
    kind = "emotional", importance = 4,
    confidence = "observed", evidence = { "interviews with 12 parents, May" },
  },
  pain "Dinner starts after 7 pm on days with football practice" {
    kind = "functional", type = "undesired-outcome", severity = 4,
    confidence = "validated", evidence = { "dinner diaries kept by 30 families" },
  },
  gain "Dinner for 4 ready in 20 minutes" {
    kind = "functional", level = "desired", relevance = 5,
    confidence = "validated", evidence = { "dinner diaries kept by 30 families" },
  },
}

-- CS003 no-social-emotional-jobs: every job here is functional or
-- supporting. Business customers also want to be seen and to feel a certain
-- way, and those jobs are often the more urgent ones.
-- CS013 business-roles: the notes speak for the team that eats the lunch
-- (users) and for the office manager who orders and pays for it (buyers).
-- One organisation often hides several segments: profile each one.
-- CS015 unlinked-side: the depends_on of "Recipe creators" makes this canvas
-- a platform, so every segment is a side; this one names no side and no
-- side names it.
-- CS012 missing-value-proposition: the home cooks and the parents each have
-- a value proposition, the office teams none: design one for them too.
segment "Office teams" {
  about = "Companies of 50 to 300 people that cater a weekly lunch meeting",
  customer = "business",
  need = "a catered lunch for the Friday meeting, on time, with allergens labelled",
  channel = "an account manager and a monthly invoice",
  relationship = "a named account manager",
  profitability = "high",

  job "Feed a team of 25 at the Friday lunch meeting" { kind = "functional", importance = 5 },
  -- CS006 job-as-outcome: jobs are tasks; results belong with the gains.
  -- "Lower catering costs" names the result the customer wants, not what
  -- the customer does.
  job "Lower catering costs per head" { kind = "functional", importance = 4 },
  job "Compare 3 caterers before the purchase order" {
    kind = "supporting", role = "buyer", importance = 3,
  },
  -- CS004 unranked-note: step 5 ranks every job by importance; this one has
  -- none, so it ranks last and cannot be told from a trivial job.
  job "Collect dietary needs from 25 people before ordering" { kind = "functional" },

  pain "Lunch arrives after the 12:30 meeting has started" {
    kind = "functional", type = "undesired-outcome", severity = 5,
  },
  pain "Allergens missing from the label of 1 dish in 10" {
    kind = "functional", type = "risk", severity = 4,
  },
  pain "Invoices arrive without the purchase order number" {
    kind = "ancillary", type = "problem", severity = 3,
  },
  -- CS007 duplicate-note: the same pain again, copied from a second
  -- workshop (case and the final full stop aside, the text is the same).
  -- The ranking counts it twice.
  pain "lunch arrives after the 12:30 meeting has started." {
    kind = "functional", type = "undesired-outcome", severity = 2,
  },

  -- CS019 ranking-tie: the two top gains share relevance 5, so which one
  -- ranks first is only the order they were written in.
  gain "One invoice a month for every lunch" { kind = "cost-saving", level = "expected", relevance = 5 },
  gain "Every dish labelled with its 14 allergens" { kind = "functional", level = "required", relevance = 5 },
  gain "Lunch for 25 delivered by 12:15" { kind = "functional", level = "required", relevance = 4 },
}

-- CS001 empty-profile: the platform's other side was named but never
-- profiled: no jobs, no pains, no gains (steps 2 to 4 of the framework).
segment "Recipe creators" {
  about = "Chefs and food bloggers who publish their recipes as Forkcast kits",
  customer = "consumer",
  depends_on = { "Home cooks", "Busy parents" },
}

value "Forkcast Weeknight" {
  segment = "Home cooks",
  product "Weeknight box" { kind = "physical" },
  product "Recipe cards with 6 steps or fewer" { kind = "physical" },
  -- (CS024 is reported here, on the reliever; the mistake is in the pains
  -- of "Home cooks" above.)
  relieves "Late delivery" { how = "delivery slots of 2 hours, chosen in the app" },
  -- CS018 unknown-reference: the pain is "... thrown away every week", not
  -- "each week", so this reliever addresses nothing in the profile.
  relieves "Half a bunch of coriander thrown away each week" {
    how = "herbs measured to the gram for each recipe",
  },
  relieves "Supermarket shopping is a hassle" {
    how = "every ingredient of the week's recipes in one box",
  },
  creates "Dinner on the table within 30 minutes of getting home" {
    how = "recipes tested to take 25 minutes from box to plate",
  },
  creates "Dinner for 2 under 9 euros a portion" { how = "kits for 2 at 8.50 euros a portion" },
}

-- CS022 unfocused-value-map: both items of this offer address notes far
-- down the home cooks' ranking (the fifth pain, the last gain), while a top
-- pain and an essential gain go unaddressed. Aim a value map at what
-- matters most first.
value "Forkcast Pantry" {
  segment = "Home cooks",
  product "Herb pots that keep for a month" { kind = "physical" },
  relieves "Half a bunch of coriander thrown away every week" { how = "herbs that keep growing" },
  creates "Leftover herbs used up in the next week's recipes" {
    how = "next week's recipes chosen to use the same herbs",
  },
}

value "Forkcast Family" {
  segment = "Busy parents",
  product "Family box" { kind = "physical" },
  relieves "Dinner starts after 7 pm on days with football practice" {
    how = "ingredients prepared, so cooking starts the moment you are home",
  },
  creates "Dinner for 4 ready in 20 minutes" { how = "one-pan recipes for 4 portions" },
  -- CS021 unmatched-reliever: the coriander is a pain of "Home cooks", not
  -- of the parents this box is for: it addresses nothing in their profile.
  relieves "Half a bunch of coriander thrown away every week" {
    how = "herbs measured to the gram for each recipe",
  },
}
