-- Tidepool: an open data platform for diabetes care, serving two sides that
-- need each other: people living with diabetes, and the makers of the
-- devices they use. Facts from the public Tidepool case.
canvas "Tidepool" {
  about  = "Open data and software platform for diabetes care",
  market = "multi-sided",
}

-- How often a pain strikes: a field of our own, declared before use.
field "frequency" {
  on = "pain",
  type = "scale",
  words = { "yearly", "monthly", "weekly", "daily", "hourly" },
  doc = "how often the customer meets the pain",
}

-- Each side of the platform is a segment with its own profile. `depends_on`
-- names the other side, by name here and by id ("patients") further down.
segment "Patients" {
  id = "patients",
  about = "People with type 1 diabetes and parents of children who have it",
  customer = "consumer",
  bases = {
    demographic = "people with type 1 diabetes; parents of diabetic children",
    behavioral = "read a pump, a meter and a CGM several times a day",
  },
  need = "one view of all their diabetes data",
  channel = "app stores, diabetes clinics",
  relationship = "self-service, with a community",
  profitability = "low",
  willingness_to_pay = "low: expects the app to be free",
  depends_on = { "Device manufacturers" },

  -- Jobs, ranked by importance (1..5 or low, medium, high, very high, crucial).
  job "Keep blood sugar within the target range" { kind = "functional", importance = "crucial" },
  job "Adjust therapy when readings leave the range" { kind = "functional", importance = 4 },
  job "Feel sure my child is safe at night" {
    kind = "emotional", importance = "crucial", who = "parents",
  },
  job "Compare and buy a new pump" { kind = "supporting", role = "buyer", importance = 2 },

  -- Pains, ranked by severity, then frequency (see the rule below); `id`
  -- gives a long text a short name.
  pain "Hypo- and hyperglycaemia episodes every day" {
    id = "swings", kind = "functional", type = "undesired-outcome", severity = "extreme",
    frequency = "daily", evidence = "patient interviews", confidence = "observed",
  },
  pain "Readings scattered across 3 device apps" {
    kind = "ancillary", type = "obstacle", severity = 3, frequency = "daily",
  },
  pain "Fear of losing a child to diabetes" {
    kind = "emotional", type = "risk", severity = "extreme", who = "parents",
  },

  -- Gains, ranked by relevance.
  gain "All readings in one place, no guessing" {
    kind = "functional", level = "desired", relevance = "essential",
  },
  gain "Sleep through the night without checking the meter" {
    kind = "emotional", level = "unexpected", relevance = 4, who = "parents",
  },
}

segment "Device manufacturers" {
  about = "Companies that design, build and sell pumps, meters and CGMs",
  customer = "business",
  need = "software that care providers value, without building it themselves",
  channel = "partnerships and direct sales",
  relationship = "dedicated partner management",
  profitability = "high",
  willingness_to_pay = "pays for integration and data services",
  depends_on = "patients",

  job "Design, build and sell diabetes devices" { kind = "functional", importance = 5 },
  job "Be recommended by care providers" { kind = "social", importance = 4 },

  pain "Device software must convince care providers before they recommend it" {
    kind = "social", type = "obstacle", severity = 4,
  },
  pain "Building data-management software is costly and off our core skills" {
    kind = "functional", type = "problem", severity = 3,
  },
  pain "The FDA approval process for every software change" {
    kind = "ancillary", type = "obstacle", severity = "very severe",
  },

  gain "Innovative features that attract both providers and patients" {
    kind = "functional", level = "desired", relevance = "essential",
  },
}

-- Ranking. Jobs rank by importance, pains by severity and gains by relevance,
-- highest first, and equal notes keep the order they are written in. Two
-- extreme pains of the Patients would then be ordered by where they happen to
-- sit in this file; instead, pains of equal severity are ordered by how often
-- they strike, so the daily swings come first. A pain with no frequency counts
-- lowest on it.
rank "pains" { by = { "severity", "frequency" } }

-- One value proposition per side. Relievers and creators name a pain or gain
-- of that side's profile by its exact text or by its id.
value "Tidepool Mobile" {
  segment = "Patients",
  product "Tidepool Mobile app",
  product "Tidepool web uploader" { kind = "digital" },
  relieves "Readings scattered across 3 device apps" { how = "one timeline for pump, meter and CGM" },
  relieves "swings" { how = "patterns across days show when to adjust therapy" },
  creates "All readings in one place, no guessing" { how = "every device uploads to one account" },
  helps "Keep blood sugar within the target range" {
    how = "time in range shown for every day, from all devices together",
  },
  helps "Adjust therapy when readings leave the range" {
    how = "the care team sees the same data before the visit",
  },
}

value "Tidepool for device makers" {
  segment = "Device manufacturers",
  product "Open data platform and APIs" { kind = "digital" },
  relieves "Building data-management software is costly and off our core skills" {
    how = "devices plug into an existing, open platform",
  },
  relieves "Device software must convince care providers before they recommend it" {
    how = "care providers already read their patients' data in Tidepool, so a connected device "
      .. "comes with software they know",
  },
  helps "Design, build and sell diabetes devices" {
    how = "open APIs, so the device team builds the device and not a data back end",
  },
  helps "Be recommended by care providers" {
    how = "a device's readings appear in the clinic view providers already use",
  },
  creates "Innovative features that attract both providers and patients" {
    how = "features built on the shared platform reach every patient on it",
  },
}
