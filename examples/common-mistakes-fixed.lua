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

-- CS023: the top notes are tested now. Each top job, pain and gain of every
-- segment says how far it was tested (confidence "observed" after interviews,
-- "validated" when diaries, logs or a pilot confirmed it) and what backs it
-- (evidence, one of the lists below).
local couples = { "interviews with 20 couples, March" }
local couples_diaries = { "cooking diaries kept by 12 couples for 2 weeks" }
local delivery_logs = { "delivery logs of 6,000 boxes, January to March" }
local parents = { "interviews with 12 parents, May" }
local family_diaries = { "dinner diaries kept by 30 families for 2 weeks" }
local managers = { "calls with 15 office managers, April" }
local office_logs = { "delivery and complaint logs of 60 office lunches, February to April" }
local staff = { "interviews with 18 office staff at 3 client companies" }
local lunch_ratings = { "ratings of 40 Friday lunches by 300 office staff" }
local creators = { "interviews with 10 food bloggers, June" }
local pilot = { "a 6-month pilot with 15 creators and 2,000 kits sold" }

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

  job "Cook a healthy dinner on weeknights after work" {
    kind = "functional", importance = "crucial", confidence = "observed", evidence = couples,
  },
  job "Feel proud of a dinner that looks like a restaurant's" {
    kind = "emotional", importance = 4, confidence = "observed", evidence = couples,
  },
  job "Impress friends at a Saturday dinner party" {
    kind = "social", importance = 3, confidence = "observed", evidence = couples,
  },
  job "Try a cuisine we have never cooked once a month" { kind = "functional", importance = 2 },

  -- CS024: the old "Late delivery" note is gone, and the id is a short name
  -- that is no other note's text.
  pain "Boxes delivered after 8 pm on 1 delivery day in 4" {
    id = "late-boxes", kind = "functional", type = "undesired-outcome", severity = "extreme",
    confidence = "validated", evidence = delivery_logs,
  },
  pain "Chopping vegetables takes 25 minutes every night" {
    kind = "functional", type = "characteristic", severity = "very severe",
    confidence = "validated", evidence = couples_diaries,
  },
  -- CS005: the hassle, said concretely: how long and how often.
  pain "A supermarket run takes 90 minutes every Saturday" {
    kind = "ancillary", type = "obstacle", severity = 3,
    confidence = "observed", evidence = couples,
  },
  pain "Half a bunch of coriander thrown away every week" {
    kind = "functional", type = "undesired-outcome", severity = 1,
  },

  gain "Dinner on the table within 30 minutes of getting home" {
    kind = "functional", level = "expected", relevance = "essential",
    confidence = "validated", evidence = couples_diaries,
  },
  -- CS008: what the customer wants, without naming the product.
  gain "Ingredients for 3 dinners on the doorstep every Monday by 6 pm" {
    kind = "functional", level = "required", relevance = "very important",
    confidence = "observed", evidence = couples,
  },
  -- CS020: not the pain turned round, but the level that would count.
  gain "Vegetables ready for the pan in under 5 minutes" {
    kind = "functional", level = "desired", relevance = 3,
    confidence = "observed", evidence = couples,
  },
  gain "Dinner for 2 under 9 euros a portion" {
    kind = "cost-saving", level = "expected", relevance = 2,
  },
}

-- CS011: the parents' own need and channel set them apart from "Home cooks".
-- CS002 and CS009: the profile now lists 4 jobs, 4 pains and 3 gains,
-- including the notes that came from "Home cooks" and ones the offer does
-- not touch (the last job and the last pain).
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

  job "Cook one dinner the whole family eats on school nights" {
    kind = "functional", importance = 5, confidence = "observed", evidence = parents,
  },
  job "Feel like a good parent even after a long workday" {
    kind = "emotional", importance = 4, confidence = "observed", evidence = parents,
  },
  job "Get the children to eat vegetables twice a day" {
    kind = "functional", importance = 3, confidence = "observed", evidence = parents,
  },
  job "Be seen by other parents as a family that eats together" {
    kind = "social", importance = 2,
  },

  pain "Dinner starts after 7 pm on the 2 days with football practice" {
    kind = "functional", type = "undesired-outcome", severity = 5,
    confidence = "validated", evidence = family_diaries,
  },
  pain "The children refuse 1 dinner in 3 because of the vegetables" {
    kind = "emotional", type = "problem", severity = 4,
    confidence = "validated", evidence = family_diaries,
  },
  pain "Takeaway on 2 nights a week costs 60 euros" {
    kind = "functional", type = "problem", severity = 3,
    confidence = "observed", evidence = parents,
  },
  pain "The children argue about screens at the table 3 dinners a week" {
    kind = "emotional", type = "problem", severity = 2,
  },

  gain "Dinner for 4 ready in 20 minutes" {
    kind = "functional", level = "desired", relevance = 5,
    confidence = "validated", evidence = family_diaries,
  },
  gain "Both children finish their plate 5 nights out of 7" {
    kind = "emotional", level = "desired", relevance = 4,
    confidence = "validated", evidence = family_diaries,
  },
  gain "Enough left over for 1 school lunchbox the next day" {
    kind = "cost-saving", level = "unexpected", relevance = 2,
    confidence = "observed", evidence = parents,
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

  job "Order lunch for 25 colleagues before Wednesday noon" {
    kind = "functional", importance = 5, confidence = "observed", evidence = managers,
  },
  job "Compare 3 caterers before the purchase order" {
    kind = "supporting", role = "buyer", importance = 4,
    confidence = "observed", evidence = managers,
  },
  -- CS003: how the office managers want to be seen and to feel.
  job "Be seen as the manager whose meetings run to plan" {
    kind = "social", importance = 3, confidence = "observed", evidence = managers,
  },
  job "Feel sure that nobody with an allergy goes without lunch" {
    kind = "emotional", importance = 2,
  },
  -- CS004: ranked now.
  job "Collect dietary needs from 25 people before ordering" {
    kind = "functional", importance = 1,
  },

  -- CS007: the copy of the first pain is gone.
  pain "Lunch arrives after the 12:30 meeting has started" {
    kind = "functional", type = "undesired-outcome", severity = 5,
    confidence = "validated", evidence = office_logs,
  },
  pain "Allergens missing from the label of 1 dish in 10" {
    kind = "functional", type = "risk", severity = 4,
    confidence = "validated", evidence = office_logs,
  },
  pain "Invoices arrive without the purchase order number" {
    kind = "ancillary", type = "problem", severity = 3,
    confidence = "observed", evidence = managers,
  },

  -- CS019: the two top gains have different relevances now.
  gain "One invoice a month for every lunch" {
    kind = "cost-saving", level = "expected", relevance = 5,
    confidence = "observed", evidence = managers,
  },
  gain "Every dish labelled with its 14 allergens" {
    kind = "functional", level = "required", relevance = 4,
    confidence = "observed", evidence = managers,
  },
  gain "Lunch for 25 delivered by 12:15" {
    kind = "functional", level = "required", relevance = 3,
    confidence = "validated", evidence = office_logs,
  },
  -- CS006: "Lower catering costs" was a result, so it is a gain, with a number.
  gain "Catering for under 12 euros a head" {
    kind = "cost-saving", level = "expected", relevance = 2,
  },
}

segment "Office staff" {
  about = "People who eat the catered lunch at the weekly meeting",
  customer = "business",
  need = "a warm lunch at the meeting table, with a choice of 3 dishes",
  channel = "the weekly menu, shared in the office chat",
  relationship = "a rating after every lunch",
  profitability = "low",
  depends_on = { "Recipe creators" },

  job "Eat a proper lunch without leaving the Friday meeting" {
    kind = "functional", importance = 5, confidence = "observed", evidence = staff,
  },
  job "Take part in the lunch talk with the whole team" {
    kind = "social", importance = 4, confidence = "observed", evidence = staff,
  },
  job "Feel that the company looks after its people" {
    kind = "emotional", importance = 3, confidence = "observed", evidence = staff,
  },

  pain "The only vegetarian dish runs out by 12:45" {
    kind = "functional", type = "undesired-outcome", severity = 5,
    confidence = "validated", evidence = lunch_ratings,
  },
  pain "Food goes cold during a 90-minute meeting" {
    kind = "functional", type = "characteristic", severity = 4,
    confidence = "validated", evidence = lunch_ratings,
  },
  pain "The same 4 dishes every week for 6 months" {
    kind = "emotional", type = "characteristic", severity = 3,
    confidence = "observed", evidence = staff,
  },
  -- CS009: a pain the offer does not touch; the profile is the customer's.
  pain "Leftovers thrown away because the office has no fridge" {
    kind = "ancillary", type = "undesired-outcome", severity = 2,
  },

  gain "A choice of 3 dishes, 1 of them vegetarian" {
    kind = "functional", level = "expected", relevance = 5,
    confidence = "validated", evidence = lunch_ratings,
  },
  gain "A recipe never served before every week" {
    kind = "emotional", level = "desired", relevance = 4,
    confidence = "observed", evidence = staff,
  },
  gain "Lunch still warm at 12:45" {
    kind = "functional", level = "expected", relevance = 3,
    confidence = "validated", evidence = lunch_ratings,
  },
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

  job "Turn 20 tested recipes into a second income" {
    kind = "functional", importance = 5, confidence = "observed", evidence = creators,
  },
  job "Be known as the chef behind a bestselling kit" {
    kind = "social", importance = 4, confidence = "observed", evidence = creators,
  },
  job "Feel that readers cook my recipes the way I meant them" {
    kind = "emotional", importance = 3, confidence = "observed", evidence = creators,
  },

  pain "Blog ads pay under 50 euros a month" {
    kind = "functional", type = "undesired-outcome", severity = 5,
    confidence = "observed", evidence = creators,
  },
  pain "Testing 1 recipe for a kit takes 2 weekends" {
    kind = "ancillary", type = "obstacle", severity = 4,
    confidence = "validated", evidence = pilot,
  },
  pain "No figures on how many readers cook a recipe" {
    kind = "emotional", type = "characteristic", severity = 3,
    confidence = "observed", evidence = creators,
  },
  -- CS009: a pain the offer does not touch; the profile is the customer's.
  pain "Declaring a second income takes 2 days of paperwork a year" {
    kind = "ancillary", type = "obstacle", severity = 2,
  },

  gain "Earn 1 euro on every kit sold" {
    kind = "functional", level = "required", relevance = 5,
    confidence = "validated", evidence = pilot,
  },
  gain "A sales report for each recipe every month" {
    kind = "functional", level = "expected", relevance = 4,
    confidence = "observed", evidence = creators,
  },
  gain "Name and photo on 10,000 recipe cards a week" {
    kind = "social", level = "unexpected", relevance = 3,
    confidence = "observed", evidence = creators,
  },
}

-- A value proposition for each segment. Each addresses what matters most to
-- its segment, the top-ranked notes: it relieves the 3 worst pains, creates
-- the 3 most relevant gains and every required one, and helps with the 3 most
-- important jobs. The lower-ranked notes come after them, if at all.
value "Forkcast Weeknight" {
  segment = "Home cooks",
  product "Weeknight box" { kind = "physical" },
  product "Recipe cards with 6 steps or fewer" { kind = "physical" },
  product "Saturday box for 6 guests" { kind = "physical" },
  helps "Cook a healthy dinner on weeknights after work" {
    how = "3 balanced recipes a week, each under 700 kcal a portion",
  },
  helps "Feel proud of a dinner that looks like a restaurant's" {
    how = "a photo of the plated dish and a plating tip on every card",
  },
  helps "Impress friends at a Saturday dinner party" {
    how = "a starter, a main and a dessert for 6, ordered by Thursday",
  },
  relieves "late-boxes" { how = "delivery slots of 2 hours, chosen in the app" },
  relieves "Chopping vegetables takes 25 minutes every night" {
    how = "vegetables washed and cut before they are packed",
  },
  relieves "A supermarket run takes 90 minutes every Saturday" {
    how = "every ingredient of the week's recipes in one box, oil and spices included",
  },
  -- CS018: the reliever names the pain by its exact text.
  relieves "Half a bunch of coriander thrown away every week" {
    how = "herbs measured to the gram for each recipe",
  },
  creates "Dinner on the table within 30 minutes of getting home" {
    how = "recipes tested to take 25 minutes from box to plate",
  },
  creates "Ingredients for 3 dinners on the doorstep every Monday by 6 pm" {
    how = "Monday rounds that end at 6 pm, in cool boxes that keep for 12 hours",
  },
  creates "Vegetables ready for the pan in under 5 minutes" {
    how = "vegetables cut to each recipe's size and packed in the order of its steps",
  },
}

value "Forkcast Family" {
  segment = "Busy parents",
  product "Family box" { kind = "physical" },
  helps "Cook one dinner the whole family eats on school nights" {
    how = "recipes tested with children aged 4 to 12, with the spice added at the table",
  },
  helps "Feel like a good parent even after a long workday" {
    how = "a dinner cooked from fresh ingredients on school nights, with no takeaway",
  },
  helps "Get the children to eat vegetables twice a day" {
    how = "2 portions of vegetables in every dinner, some blended into the sauce",
  },
  relieves "Dinner starts after 7 pm on the 2 days with football practice" {
    how = "ingredients prepared, so cooking starts the moment you are home",
  },
  relieves "The children refuse 1 dinner in 3 because of the vegetables" {
    how = "only recipes that the children of our 30 test families rated 4 stars of 5",
  },
  relieves "Takeaway on 2 nights a week costs 60 euros" {
    how = "a dinner for 4 at 12 to 15 euros that is quicker than waiting for takeaway",
  },
  creates "Dinner for 4 ready in 20 minutes" { how = "one-pan recipes for 4 portions" },
  creates "Both children finish their plate 5 nights out of 7" {
    how = "child-sized portions, and the family's ratings choose next week's recipes",
  },
  creates "Enough left over for 1 school lunchbox the next day" {
    how = "one extra child's portion in each box, with a lunchbox idea on the card",
  },
}

value "Forkcast for Offices" {
  segment = "Office managers",
  product "Office account with monthly billing" { kind = "intangible" },
  helps "Order lunch for 25 colleagues before Wednesday noon" {
    how = "a standing weekly order for 25, changed in the app until Wednesday noon",
  },
  helps "Compare 3 caterers before the purchase order" {
    how = "a one-page quote with the price a head, the allergens and the delivery time",
  },
  helps "Be seen as the manager whose meetings run to plan" {
    how = "lunch set out on the meeting table by the driver before 12:15",
  },
  relieves "Lunch arrives after the 12:30 meeting has started" {
    how = "delivery by 12:15, or lunch is free",
  },
  relieves "Allergens missing from the label of 1 dish in 10" {
    how = "labels printed from each recipe's ingredient list and checked by a second cook",
  },
  relieves "Invoices arrive without the purchase order number" {
    how = "the purchase order number asked at each order and printed on the invoice",
  },
  creates "One invoice a month for every lunch" {
    how = "one account for every order of the month",
  },
  creates "Every dish labelled with its 14 allergens" {
    how = "a label that lists each of the 14 allergens as present or absent",
  },
  creates "Lunch for 25 delivered by 12:15" {
    how = "office rounds that leave the kitchen at 11:15, tracked in the app",
  },
}

value "Meeting lunch menu" {
  segment = "Office staff",
  product "Weekly menu of 3 creators' dishes" { kind = "digital" },
  product "Insulated lunch boxes" { kind = "physical" },
  helps "Eat a proper lunch without leaving the Friday meeting" {
    how = "a warm main and a side served at the meeting table",
  },
  helps "Take part in the lunch talk with the whole team" {
    how = "dishes eaten with a fork only, so nobody looks down to cut",
  },
  helps "Feel that the company looks after its people" {
    how = "a menu card that says the lunch is on the company, with the creator's note",
  },
  relieves "The only vegetarian dish runs out by 12:45" { how = "one portion in 3 is vegetarian" },
  relieves "Food goes cold during a 90-minute meeting" {
    how = "insulated boxes that keep dishes above 60 degrees for 2 hours",
  },
  relieves "The same 4 dishes every week for 6 months" {
    how = "a new menu every week, picked from the kits of 40 creators",
  },
  creates "A choice of 3 dishes, 1 of them vegetarian" {
    how = "each person picks a dish in the menu",
  },
  creates "A recipe never served before every week" {
    how = "one dish each week that the office has never had, from a creator's new kit",
  },
  creates "Lunch still warm at 12:45" {
    how = "boxes opened at the table only when a plate is served",
  },
}

value "Forkcast Creators" {
  segment = "Recipe creators",
  product "Kit publishing and test kitchen" { kind = "intangible" },
  product "Creator dashboard" { kind = "digital" },
  helps "Turn 20 tested recipes into a second income" {
    how = "up to 20 recipes published as kits, each one earning on every box",
  },
  helps "Be known as the chef behind a bestselling kit" {
    how = "a weekly bestseller list in the app, with the creator's name on each kit",
  },
  helps "Feel that readers cook my recipes the way I meant them" {
    how = "ingredients measured to the creator's recipe, and the creator's words on the card",
  },
  relieves "Blog ads pay under 50 euros a month" {
    how = "1 euro on every kit sold, paid monthly",
  },
  relieves "Testing 1 recipe for a kit takes 2 weekends" {
    how = "our test kitchen cooks each recipe 3 times",
  },
  relieves "No figures on how many readers cook a recipe" {
    how = "kits sold and buyers' ratings for each recipe, in the creator dashboard",
  },
  creates "Earn 1 euro on every kit sold" { how = "a share of each box, paid monthly" },
  creates "A sales report for each recipe every month" {
    how = "a report on the 1st of each month: kits sold, ratings and earnings a recipe",
  },
  creates "Name and photo on 10,000 recipe cards a week" {
    how = "the creator's name and photo printed on every card of their kits",
  },
}
