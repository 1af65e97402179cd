-- Common mistake 1, before: one profile that mixes several segments. A gym
-- writes one profile for all its members, but the notes come from two groups
-- (`who`) with different jobs, pains and gains: runners training for a race
-- and weightlifters building strength.
-- Try: canvas check examples/mistakes/mixed-segment-before.lua   (CS010)
--      canvas diff examples/mistakes/mixed-segment-before.lua \
--                  examples/mistakes/mixed-segment-after.lua
-- (Northside Gym is invented; the figures are plausible.)
canvas "Northside Gym" { about = "A 24-hour gym with a running track and a free-weights hall" }

segment "Gym members" {
  customer = "consumer",
  job "Train for a marathon in 16 weeks" {
    who = "runners", kind = "functional", importance = "crucial",
  },
  job "Lift 100 kg in the bench press by December" {
    who = "weightlifters", kind = "functional", importance = "very high",
  },
  job "Feel the thrill of crossing the finish line under 4 hours" {
    who = "runners", kind = "emotional", importance = "high",
  },
  pain "The indoor track is closed 2 evenings a week for classes" {
    who = "runners", kind = "functional", type = "obstacle", severity = "very severe",
  },
  pain "Waiting 15 minutes for a free squat rack at 6 pm" {
    who = "weightlifters", kind = "functional", type = "problem", severity = "severe",
  },
  pain "A knee injury 4 weeks before the race" {
    who = "runners", kind = "functional", type = "risk", severity = "considerable",
  },
  gain "A training plan that adds 5 km a week to the long run" {
    who = "runners", kind = "functional", level = "desired", relevance = "essential",
  },
  gain "A spotter within 1 minute when lifting over 80 kg" {
    who = "weightlifters", kind = "functional", level = "expected", relevance = "very important",
  },
  gain "A new personal record every 6 weeks" {
    who = "weightlifters", kind = "emotional", level = "desired", relevance = "important",
  },
}
