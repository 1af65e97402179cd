-- Common mistake 6, before: vague notes that say too little to act on.
-- "Deliveries are unreliable" and "Better quality" could mean anything: how
-- late, how often, better in what way? Nobody can test them with a customer
-- or tell when an offer relieves them. One gain only turns a pain around.
-- Try: canvas check examples/mistakes/vague-notes-before.lua   (CS005 ×4, CS020 ×1)
--      canvas explain CS005
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
  pain "Deliveries are unreliable" {
    kind = "functional", type = "problem", severity = "very severe",
  },
  pain "Vegetables are expensive" {
    kind = "functional", type = "characteristic", severity = "severe",
  },
  pain "Supermarket lettuce wilts within 2 days" {
    kind = "functional", type = "undesired-outcome", severity = "considerable",
  },
  gain "Better quality" { kind = "functional", level = "expected", relevance = "essential" },
  gain "Deliveries are reliable" {
    kind = "functional", level = "required", relevance = "very important",
  },
  gain "A recipe card for every vegetable in the box" {
    kind = "functional", level = "desired", relevance = "important",
  },
}
