-- The starting file of the course (docs/course.md). Copy it and make it
-- yours:
--
--   cp examples/course/start.lua mine.lua
--
-- It loads without a message, but `canvas check mine.lua` still has plenty
-- to say: each lesson fixes part of it.
--
-- The business: Spin Cycle picks up a bag of laundry, washes, dries and folds
-- it, and brings it back within 48 hours, in one university town.

canvas "Spin Cycle" {
  about  = "Laundry pick-up and delivery in a university town",
  market = "niche",
}

-- Lesson 1: are these really two segments? As written they share one need and
-- one channel, and a niche market serves one segment.
segment "Students in halls" {
  customer = "consumer",
  need = "clean clothes without losing an evening to the laundry room",
  channel = "posters and the student union app",
}

segment "Students in flats" {
  customer = "consumer",
  need = "clean clothes without losing an evening to the laundry room",
  channel = "posters and the student union app",
}

-- Lessons 2 to 4: the jobs, pains and gains of the segment you keep, and
-- their ranking. One job to start from:
job "Have clean clothes for the week" { kind = "functional" }
