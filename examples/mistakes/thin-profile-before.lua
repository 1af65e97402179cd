-- Common mistake 5, before: too few jobs, pains and gains. A profile of dog
-- owners with 2 jobs, 1 pain and 1 gain was written in a hurry, or from the
-- product's side: a real segment has many more sticky notes.
-- Try: canvas check examples/mistakes/thin-profile-before.lua   (CS002)
--      canvas explain CS002
-- (Pawtrail is an invented dog-walking service; the figures are plausible.)
canvas "Pawtrail" { about = "Booked dog walks for people who work long days" }

segment "Dog owners who work full time" {
  customer = "consumer",
  job "Walk the dog twice a day" { kind = "functional", importance = "crucial" },
  job "Feel the dog is not lonely while I am at work" { kind = "emotional", importance = 4 },
  pain "Nobody to walk the dog on 10-hour workdays" {
    kind = "functional", type = "obstacle", severity = "very severe",
  },
  gain "A walker who comes at noon, 5 days a week" {
    kind = "functional", level = "desired", relevance = "very important",
  },
}
