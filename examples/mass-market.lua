-- Mass market: a refrigerator maker. One broad population, households, with
-- one shared need: keep food cold and fresh. The maker offers one range of
-- fridges to everyone, with no separate offer per group.
-- (Frostline is an invented company; the figures and the evidence are plausible,
-- not measured.)
canvas "Frostline" {
  about  = "Maker of household fridge-freezers sold through appliance retailers",
  market = "mass",
}

segment "Households" {
  about = "Any household that keeps food at home and replaces its fridge every 10 to 15 years",
  customer = "consumer",
  bases = {
    demographic = "every age and income; homeowners and renters alike",
    behavioral = "buy a fridge once a decade, mostly when the old one breaks down",
  },
  need = "keep a week of food cold, fresh and safe",
  channel = "appliance retailers, in store and online",
  relationship = "transactional, with a warranty hotline",
  profitability = "medium",
  willingness_to_pay = "400 to 900 dollars for a fridge-freezer that lasts 10 years",

  -- Jobs: what households try to get done, with or without our fridge.
  job "Keep a week of groceries fresh between shopping trips" {
    kind = "functional", importance = "crucial",
    context = "a family of four that shops once a week",
    evidence = { "40 home interviews", "food-waste diaries kept by 25 households" },
    confidence = "validated",
  },
  job "Feel sure the food I give my children is safe to eat" {
    kind = "emotional", importance = 4,
    evidence = "40 home interviews", confidence = "observed",
  },
  job "Plan the week's meals around what is already in the fridge" {
    kind = "functional", importance = 3,
    evidence = "food-waste diaries kept by 25 households", confidence = "observed",
  },
  job "Have a kitchen that guests find clean and modern" { kind = "social", importance = 2 },
  job "Choose, pay for and get a new fridge installed" {
    kind = "supporting", role = "buyer", importance = 2,
  },
  job "Get rid of the old fridge without breaking the law" {
    kind = "supporting", role = "transferor", importance = 2,
  },

  -- Pains: quantified, so that everyone reads them the same way.
  pain "Fear that food kept above 5 °C will make a child ill" {
    id = "food-safety", kind = "emotional", type = "risk", severity = "extreme",
    evidence = "40 home interviews", confidence = "observed",
  },
  pain "Vegetables go limp within 3 days: about 30 dollars of food thrown away a month" {
    id = "spoilage", kind = "functional", type = "undesired-outcome", severity = 4,
    evidence = "food-waste diaries kept by 25 households", confidence = "validated",
  },
  pain "An old fridge adds about 120 dollars a year to the electricity bill" {
    kind = "functional", type = "problem", severity = 3,
    evidence = "plug-in meter readings of 30 fridges over 10 years old", confidence = "observed",
  },
  pain "A delivery slot 2 weeks out, and half a day off work to wait for it" {
    kind = "ancillary", type = "obstacle", severity = 2,
  },
  pain "A compressor hum above 40 dB that is heard from the bedroom" {
    kind = "functional", type = "characteristic", severity = 1,
  },

  -- Gains: what would count as a success, again with numbers.
  gain "Food kept at 4 °C or below, even on a 35 °C day" {
    kind = "functional", level = "required", relevance = "essential",
    evidence = "temperature loggers in 40 fridges through one summer", confidence = "validated",
  },
  gain "Salad still crisp after 7 days" {
    kind = "functional", level = "desired", relevance = "very important",
    evidence = "food-waste diaries kept by 25 households", confidence = "observed",
  },
  gain "Runs for 10 years without a repair" {
    kind = "functional", level = "expected", relevance = 3,
    evidence = "retailers' survey of 1,500 fridge buyers", confidence = "observed",
  },
  gain "A 300-litre model for under 700 dollars, delivery included" {
    kind = "cost-saving", level = "expected", relevance = "useful",
  },
  gain "A fridge front that matches the other kitchen appliances" {
    kind = "social", level = "expected", relevance = "nice to have",
  },
}

-- The value map: one offer for the whole market. The helpers, relievers and
-- creators name the jobs, pains and gains they address, by id or by their
-- exact text. They cover the top three of each kind.
value "Frostline fridge range" {
  segment = "Households",
  product "Frostline 300-litre fridge-freezer" { kind = "physical" },
  product "Delivery within 48 hours, with take-back of the old fridge" { kind = "intangible" },
  product "5-year parts and labour warranty" { kind = "financial" },

  helps "Keep a week of groceries fresh between shopping trips" {
    how = "300 litres, enough for a family of four's weekly shop, at 4 °C in every shelf zone",
  },
  helps "Feel sure the food I give my children is safe to eat" {
    how = "the door display shows the temperature without opening the door",
  },
  helps "Plan the week's meals around what is already in the fridge" {
    how = "full-width glass shelves and LED lights, so every item is seen when the door opens",
  },

  relieves "food-safety" { how = "a door display shows the inside temperature and beeps above 5 °C" },
  relieves "spoilage" { how = "a humidity-controlled crisper drawer kept at 0 to 2 °C" },
  relieves "An old fridge adds about 120 dollars a year to the electricity bill" {
    how = "an A-rated compressor that uses 150 kWh a year",
  },
  relieves "A delivery slot 2 weeks out, and half a day off work to wait for it" {
    how = "a 2-hour delivery window booked online, evenings and Saturdays included",
  },

  creates "Food kept at 4 °C or below, even on a 35 °C day" {
    how = "an inverter compressor rated for rooms up to 43 °C",
  },
  creates "Salad still crisp after 7 days" { how = "the crisper drawer keeps humidity at 90%" },
  creates "Runs for 10 years without a repair" { how = "the compressor is tested for 15 years of cycles" },
}
