-- Common mistake 5, after: the same dog owners, with the notes that a dozen
-- interviews bring up: how they want to be seen by the neighbours, what a
-- dog sitter costs, the walker who cancels, the photo of every walk. At
-- least 3 jobs, 3 pains and 3 gains, the fewest `canvas check` asks for
-- (`checks { min_notes = N }` changes that).
-- Try: canvas check examples/mistakes/thin-profile-after.lua   (no findings)
--      canvas rank examples/mistakes/thin-profile-after.lua
-- (Pawtrail is an invented dog-walking service; the figures are plausible.)
canvas "Pawtrail" { about = "Booked dog walks for people who work long days" }

segment "Dog owners who work full time" {
  customer = "consumer",
  job "Walk the dog twice a day" { kind = "functional", importance = "crucial" },
  job "Feel the dog is not lonely while I am at work" { kind = "emotional", importance = 4 },
  job "Be the neighbour whose dog is always calm" { kind = "social", importance = 3 },
  job "Find a sitter for the 2 weeks of summer holiday" {
    kind = "supporting", role = "buyer", importance = 2,
  },
  pain "Nobody to walk the dog on 10-hour workdays" {
    kind = "functional", type = "obstacle", severity = "very severe",
  },
  pain "Walkers cancel 1 walk in 5 at short notice" {
    kind = "functional", type = "problem", severity = "severe",
  },
  pain "A dog sitter costs 25 euros a day" {
    kind = "functional", type = "characteristic", severity = "considerable",
  },
  pain "Coming home to a chewed sofa after 9 hours alone" {
    kind = "emotional", type = "undesired-outcome", severity = "moderate",
  },
  gain "A walker who comes at noon, 5 days a week" {
    kind = "functional", level = "desired", relevance = "very important",
  },
  gain "A photo of every walk on my phone" {
    kind = "emotional", level = "unexpected", relevance = "important",
  },
  gain "The same walker for at least 6 months" {
    kind = "functional", level = "expected", relevance = "useful",
  },
}
