-- Common mistake 3, after: the profile also says how these beginners want to
-- feel (confident at the stove, proud of a meal) and how they want to be seen
-- (the friend who hosts dinner). Both rank above the shopping plan: they are
-- why most of them signed up.
-- Try: canvas check examples/mistakes/no-social-emotional-jobs-after.lua   (no findings)
--      canvas rank examples/mistakes/no-social-emotional-jobs-after.lua
-- (Stovetop is an invented online cooking school; the figures are plausible.)
canvas "Stovetop" { about = "Online cooking classes for beginners, live on weekday evenings" }

segment "Adults who are learning to cook" {
  customer = "consumer",
  job "Cook a dinner from fresh ingredients in 30 minutes" {
    kind = "functional", importance = "crucial",
  },
  job "Feel confident at the stove instead of anxious" {
    kind = "emotional", importance = "very high",
  },
  job "Host friends for dinner without ordering in" {
    kind = "social", importance = "high",
  },
  job "Plan 5 dinners a week around one shopping trip" {
    kind = "functional", importance = "medium",
  },
  job "Pick and pay for a course that fits 2 free evenings a week" {
    kind = "supporting", role = "buyer", importance = "low",
  },
  pain "1 recipe in 3 fails on the first try" {
    kind = "functional", type = "undesired-outcome", severity = "very severe",
  },
  pain "Recipes assume tools that a first kitchen lacks, such as a 20 cm pan" {
    kind = "functional", type = "obstacle", severity = "severe",
  },
  pain "Takeaway costs 60 euros a week" {
    kind = "functional", type = "problem", severity = "considerable",
  },
  gain "A dinner good enough to serve guests after 6 weeks" {
    kind = "social", level = "desired", relevance = "essential",
  },
  gain "Spend 30 euros a week less on takeaway" {
    kind = "cost-saving", level = "desired", relevance = "very important",
  },
  gain "A recipe that uses up the leftovers of the day before" {
    kind = "functional", level = "expected", relevance = "important",
  },
}
