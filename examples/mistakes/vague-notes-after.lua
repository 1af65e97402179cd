-- Common mistake 6, after: each pain and gain says how much, how long or
-- how often, so it can be checked with customers and an offer can be
-- measured against it: a box 1 day late in 4, 30% more than the market,
-- vegetables that keep a week. The mirrored gain now states a target.
-- Try: canvas check examples/mistakes/vague-notes-after.lua   (no findings)
--      canvas diff examples/mistakes/vague-notes-before.lua \
--                  examples/mistakes/vague-notes-after.lua
-- (Greenbasket is an invented organic-vegetable box; the figures are plausible.)
canvas "Greenbasket" { about = "Weekly boxes of organic vegetables from farms near the city" }

segment "Families who cook most evenings" {
  customer = "consumer",
  job "Cook dinner from fresh vegetables 5 evenings a week" {
    kind = "functional", importance = "crucial",
  },
  job "Feel good about what the children eat" { kind = "emotional", importance = "very high" },
  job "Be known among friends for cooking with local produce" {
    kind = "social", importance = "medium",
  },
  pain "The box arrives a day late 1 week in 4, after the shopping is done" {
    kind = "functional", type = "problem", severity = "very severe",
  },
  pain "Organic vegetables cost 30% more than at the Saturday market" {
    kind = "functional", type = "characteristic", severity = "severe",
  },
  pain "Supermarket lettuce wilts within 2 days" {
    kind = "functional", type = "undesired-outcome", severity = "considerable",
  },
  gain "Vegetables picked at most 2 days before they arrive, and that keep a week" {
    kind = "functional", level = "expected", relevance = "essential",
  },
  gain "The box on the doorstep every Tuesday by 6 pm" {
    kind = "functional", level = "required", relevance = "very important",
  },
  gain "A recipe card for every vegetable in the box" {
    kind = "functional", level = "desired", relevance = "important",
  },
}
