-- Common mistake 3, before: social and emotional jobs left out. The profile
-- of people learning to cook lists only what they do (functional jobs) and
-- how they buy (a supporting job), not how they want to be seen or to feel,
-- which often matters more to them than the task itself.
-- Try: canvas check examples/mistakes/no-social-emotional-jobs-before.lua   (CS003)
--      canvas explain CS003
-- (Stovetop is an invented online cooking school; the figures are plausible.)
canvas "Stovetop" { about = "Online cooking classes for beginners, live on weekday evenings" }

segment "Adults who are learning to cook" {
  customer = "consumer",
  job "Cook a dinner from fresh ingredients in 30 minutes" {
    kind = "functional", importance = "crucial",
  },
  job "Plan 5 dinners a week around one shopping trip" {
    kind = "functional", importance = "very high",
  },
  job "Pick and pay for a course that fits 2 free evenings a week" {
    kind = "supporting", role = "buyer", importance = "medium",
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
