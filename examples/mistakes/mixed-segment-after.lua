-- Common mistake 1, after: each group that the `who` fields showed is a
-- segment of its own, with its own jobs, pains and gains, and the notes that
-- were missing for each group are filled in.
-- Try: canvas check examples/mistakes/mixed-segment-after.lua   (no findings)
--      canvas show examples/mistakes/mixed-segment-after.lua
-- (Northside Gym is invented; the figures are plausible.)
canvas "Northside Gym" { about = "A 24-hour gym with a running track and a free-weights hall" }

segment "Runners" {
  customer = "consumer",
  job "Train for a marathon in 16 weeks" { kind = "functional", importance = "crucial" },
  job "Feel the thrill of crossing the finish line under 4 hours" {
    kind = "emotional", importance = "very high",
  },
  job "Run with a club that friends know by name" { kind = "social", importance = "medium" },
  pain "The indoor track is closed 2 evenings a week for classes" {
    kind = "functional", type = "obstacle", severity = "very severe",
  },
  pain "A knee injury 4 weeks before the race" {
    kind = "functional", type = "risk", severity = "severe",
  },
  pain "Running the long run alone for 3 hours every Sunday" {
    kind = "emotional", type = "characteristic", severity = "considerable",
  },
  gain "A training plan that adds 5 km a week to the long run" {
    kind = "functional", level = "desired", relevance = "essential",
  },
  gain "A pace group at 5:40 per km on Sunday mornings" {
    kind = "social", level = "desired", relevance = "very important",
  },
  gain "A physiotherapist on site 3 evenings a week" {
    kind = "functional", level = "unexpected", relevance = "important",
  },
}

segment "Weightlifters" {
  customer = "consumer",
  job "Lift 100 kg in the bench press by December" { kind = "functional", importance = "crucial" },
  job "Feel stronger every month" { kind = "emotional", importance = "very high" },
  job "Be asked by newcomers for advice on technique" { kind = "social", importance = "medium" },
  pain "Waiting 15 minutes for a free squat rack at 6 pm" {
    kind = "functional", type = "problem", severity = "very severe",
  },
  pain "Nobody to spot a lift over 80 kg after 9 pm" {
    kind = "functional", type = "risk", severity = "severe",
  },
  pain "Plates left on the bars by 1 member in 3" {
    kind = "ancillary", type = "characteristic", severity = "considerable",
  },
  gain "A spotter within 1 minute when lifting over 80 kg" {
    kind = "functional", level = "expected", relevance = "essential",
  },
  gain "A new personal record every 6 weeks" {
    kind = "emotional", level = "desired", relevance = "very important",
  },
  gain "A rack booked in the app for a 45-minute slot" {
    kind = "functional", level = "desired", relevance = "important",
  },
}
