-- Common mistakes, fixed: the Forkcast canvas of examples/common-mistakes.lua
-- with each mistake put right the way the framework teaches. The comments
-- say what changed; `canvas check` finds nothing here:
--
--   canvas check examples/common-mistakes-fixed.lua    no findings in 1 file
--
-- Forkcast (an invented company) delivers meal kits: boxes of measured
-- ingredients and recipe cards. It also lets recipe creators publish their
-- own kits and earn on every box sold, so the buyers and the creators need
-- each other: a multi-sided platform.

-- CS014: four segments that depend on one another are no mass market. The
-- buyers need the creators' recipes and the creators need buyers, so the
-- pattern is "multi-sided", and each side names the sides it needs
-- (depends_on) so that none stands alone (CS015).
canvas "Forkcast" {
  about  = "Meal kits delivered weekly, with recipes from independent creators",
  market = "multi-sided",
}

-- CS010: the parents' notes moved to "Busy parents"; this profile speaks for
-- couples only.
segment "Home cooks" {
  about = "Couples who cook dinner at home at least 4 nights a week",
  customer = "consumer",
  bases = {
    demographic = "couples without children, aged 28 to 50, both partners working",
    geographic = "the 5 largest cities of the country",
  },
  need = "fresh dinners at home without planning menus or shopping",
  channel = "subscription through the website and the app",
  relationship = "self-service, with a skip-a-week button",
  profitability = "medium",
  depends_on = { "Recipe creators" },

  job "Cook a healthy dinner on weeknights after work" { kind = "functional", importance = "crucial" },
  job "Feel proud of a dinner that looks like a restaurant's" { kind = "emotional", importance = 4 },
  job "Impress friends at a Saturday dinner party" { kind = "social", importance = 3 },
  job "Try a cuisine we have never cooked once a month" { kind = "functional", importance = 2 },

  -- CS024: the old "Late delivery" note is gone, and the id is a short name
  -- that is no other note's text.
  pain "Boxes delivered after 8 pm on 1 delivery day in 4" {
    id = "late-boxes", kind = "functional", type = "undesired-outcome", severity = "extreme",
  },
  pain "Chopping vegetables takes 25 minutes every night" {
    kind = "functional", type = "characteristic", severity = "very severe",
  },
  -- CS005: the hassle, said concretely: how long and how often.
  pain "A supermarket run takes 90 minutes every Saturday" {
    kind = "ancillary", type = "obstacle", severity = 3,
  },
  pain "Half a bunch of coriander thrown away every week" {
    kind = "functional", type = "undesired-outcome", severity = 1,
  },

  gain "Dinner on the table within 30 minutes of getting home" {
    kind = "functional", level = "expected", relevance = "essential",
  },
  -- CS008: what the customer wants, without naming the product.
  gain "Ingredients for 3 dinners on the doorstep every Monday by 6 pm" {
    kind = "functional", level = "required", relevance = "very important",
  },
  -- CS020: not the pain turned round, but the level that would count.
  gain "Vegetables ready for the pan in under 5 minutes" {
    kind = "functional", level = "desired", relevance = 3,
  },
  gain "Dinner for 2 under 9 euros a portion" { kind = "cost-saving", level = "expected", relevance = 2 },
}

-- CS011: the parents' own need and channel set them apart from "Home cooks".
-- CS002 and CS009: the profile now lists 4 jobs, 3 pains and 3 gains,
-- including the notes that came from "Home cooks" and the ones the offer
-- does not touch.
segment "Busy parents" {
  about = "Parents who cook for 2 children on school nights",
  customer = "consumer",
  bases = { demographic = "parents of children aged 4 to 12" },
  need = "one dinner that 2 adults and 2 children all eat, cooked in 20 minutes",
  channel = "school newsletters and parents' groups, then the app",
  relationship = "self-service, with a family account",
  profitability = "high",
  willingness_to_pay = "a box for 4 people at 35 to 45 euros for 3 dinners",
  depends_on = { "Recipe creators" },

  job "Cook one dinner the whole family eats on school nights" { kind = "functional", importance = 5 },
  job "Feel like a good parent even after a long workday" { kind = "emotional", importance = 4 },
  job "Get the children to eat vegetables twice a day" { kind = "functional", importance = 3 },
  job "Be seen by other parents as a family that eats together" { kind = "social", importance = 2 },

  pain "Dinner starts after 7 pm on the 2 days with football practice" {
    kind = "functional", type = "undesired-outcome", severity = 5,
  },
  pain "The children refuse 1 dinner in 3 because of the vegetables" {
    kind = "emotional", type = "problem", severity = 4,
  },
  pain "Takeaway on 2 nights a week costs 60 euros" { kind = "functional", type = "problem", severity = 3 },

  gain "Dinner for 4 ready in 20 minutes" { kind = "functional", level = "desired", relevance = 5 },
  gain "Both children finish their plate 5 nights out of 7" {
    kind = "emotional", level = "desired", relevance = 4,
  },
  gain "Enough left over for 1 school lunchbox the next day" {
    kind = "cost-saving", level = "unexpected", relevance = 2,
  },
}

-- CS013: "Office teams" hid two segments. The office managers order and
-- pay (buyers); the staff eat the lunch (users). Each has a profile now.
-- CS015: both say which side they need.
segment "Office managers" {
  about = "Office managers of companies of 50 to 300 people who cater a weekly lunch meeting",
  customer = "business",
  need = "lunch for the Friday meeting ordered in 5 minutes and paid on one invoice",
  channel = "an account manager and a monthly invoice",
  relationship = "a named account manager",
  profitability = "high",
  depends_on = { "Recipe creators" },

  job "Order lunch for 25 colleagues before Wednesday noon" { kind = "functional", importance = 5 },
  job "Compare 3 caterers before the purchase order" {
    kind = "supporting", role = "buyer", importance = 4,
  },
  -- CS003: how the office managers want to be seen and to feel.
  job "Be seen as the manager whose meetings run to plan" { kind = "social", importance = 3 },
  job "Feel sure that nobody with an allergy goes without lunch" { kind = "emotional", importance = 2 },
  -- CS004: ranked now.
  job "Collect dietary needs from 25 people before ordering" { kind = "functional", importance = 1 },

  -- CS007: the copy of the first pain is gone.
  pain "Lunch arrives after the 12:30 meeting has started" {
    kind = "functional", type = "undesired-outcome", severity = 5,
  },
  pain "Allergens missing from the label of 1 dish in 10" {
    kind = "functional", type = "risk", severity = 4,
  },
  pain "Invoices arrive without the purchase order number" {
    kind = "ancillary", type = "problem", severity = 3,
  },

  -- CS019: the two top gains have different relevances now.
  gain "One invoice a month for every lunch" { kind = "cost-saving", level = "expected", relevance = 5 },
  gain "Every dish labelled with its 14 allergens" { kind = "functional", level = "required", relevance = 4 },
  gain "Lunch for 25 delivered by 12:15" { kind = "functional", level = "required", relevance = 3 },
  -- CS006: "Lower catering costs" was a result, so it is a gain, with a number.
  gain "Catering for under 12 euros a head" { kind = "cost-saving", level = "expected", relevance = 2 },
}

segment "Office staff" {
  about = "People who eat the catered lunch at the weekly meeting",
  customer = "business",
  need = "a warm lunch at the meeting table, with a choice of 3 dishes",
  channel = "the weekly menu, shared in the office chat",
  relationship = "a rating after every lunch",
  profitability = "low",
  depends_on = { "Recipe creators" },

  job "Eat a proper lunch without leaving the Friday meeting" { kind = "functional", importance = 5 },
  job "Take part in the lunch talk with the whole team" { kind = "social", importance = 4 },
  job "Feel that the company looks after its people" { kind = "emotional", importance = 3 },

  pain "The only vegetarian dish runs out by 12:45" {
    kind = "functional", type = "undesired-outcome", severity = 5,
  },
  pain "Food goes cold during a 90-minute meeting" {
    kind = "functional", type = "characteristic", severity = 4,
  },
  pain "The same 4 dishes every week for 6 months" {
    kind = "emotional", type = "characteristic", severity = 3,
  },

  gain "A choice of 3 dishes, 1 of them vegetarian" {
    kind = "functional", level = "expected", relevance = 5,
  },
  gain "A recipe never served before every week" { kind = "emotional", level = "desired", relevance = 4 },
  gain "Lunch still warm at 12:45" { kind = "functional", level = "expected", relevance = 3 },
}

-- CS001: the platform's other side is profiled too.
segment "Recipe creators" {
  about = "Chefs and food bloggers who publish their recipes as Forkcast kits",
  customer = "consumer",
  need = "an income from their recipes without running a kitchen",
  channel = "a creator sign-up page and food-blogger networks",
  relationship = "a creator manager and a sales report every month",
  profitability = "low",
  willingness_to_pay = "15% of each kit's price as the platform's commission",
  depends_on = { "Home cooks", "Busy parents", "Office managers" },

  job "Turn 20 tested recipes into a second income" { kind = "functional", importance = 5 },
  job "Be known as the chef behind a bestselling kit" { kind = "social", importance = 4 },
  job "Feel that readers cook my recipes the way I meant them" { kind = "emotional", importance = 3 },

  pain "Blog ads pay under 50 euros a month" {
    kind = "functional", type = "undesired-outcome", severity = 5,
  },
  pain "Testing 1 recipe for a kit takes 2 weekends" { kind = "ancillary", type = "obstacle", severity = 4 },
  pain "No figures on how many readers cook a recipe" {
    kind = "emotional", type = "characteristic", severity = 3,
  },

  gain "Earn 1 euro on every kit sold" { kind = "functional", level = "required", relevance = 5 },
  gain "A sales report for each recipe every month" {
    kind = "functional", level = "expected", relevance = 4,
  },
  gain "Name and photo on 10,000 recipe cards a week" {
    kind = "social", level = "unexpected", relevance = 3,
  },
}

-- A value proposition for each segment. Each addresses what matters most to
-- its segment (the top-ranked notes), not every note.
value "Forkcast Weeknight" {
  segment = "Home cooks",
  product "Weeknight box" { kind = "physical" },
  product "Recipe cards with 6 steps or fewer" { kind = "physical" },
  relieves "late-boxes" { how = "delivery slots of 2 hours, chosen in the app" },
  -- CS018: the reliever names the pain by its exact text.
  relieves "Half a bunch of coriander thrown away every week" {
    how = "herbs measured to the gram for each recipe",
  },
  creates "Dinner on the table within 30 minutes of getting home" {
    how = "recipes tested to take 25 minutes from box to plate",
  },
}

value "Forkcast Family" {
  segment = "Busy parents",
  product "Family box" { kind = "physical" },
  relieves "Dinner starts after 7 pm on the 2 days with football practice" {
    how = "ingredients prepared, so cooking starts the moment you are home",
  },
  creates "Dinner for 4 ready in 20 minutes" { how = "one-pan recipes for 4 portions" },
}

value "Forkcast for Offices" {
  segment = "Office managers",
  product "Office account with monthly billing" { kind = "intangible" },
  relieves "Lunch arrives after the 12:30 meeting has started" {
    how = "delivery by 12:15, or lunch is free",
  },
  creates "One invoice a month for every lunch" { how = "one account for every order of the month" },
}

value "Meeting lunch menu" {
  segment = "Office staff",
  product "Weekly menu of 3 creators' dishes" { kind = "digital" },
  relieves "The only vegetarian dish runs out by 12:45" { how = "one portion in 3 is vegetarian" },
  creates "A choice of 3 dishes, 1 of them vegetarian" { how = "each person picks a dish in the menu" },
}

value "Forkcast Creators" {
  segment = "Recipe creators",
  product "Kit publishing and test kitchen" { kind = "intangible" },
  relieves "Blog ads pay under 50 euros a month" { how = "1 euro on every kit sold, paid monthly" },
  relieves "Testing 1 recipe for a kit takes 2 weekends" {
    how = "our test kitchen cooks each recipe 3 times",
  },
  creates "Earn 1 euro on every kit sold" { how = "a share of each box, paid monthly" },
}
