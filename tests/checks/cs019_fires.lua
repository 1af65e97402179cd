-- args: check --only CS019
-- Ties among the top three (jobs at ranks 1 to 2, a word and a number with
-- the same score) and across the edge of the top three (pains at ranks 3
-- to 4); reported at the second note of each tie.
-- stdout: cs019_fires.lua:11: info[CS019] ranking-tie: 2 jobs of segment "Patients" share the score 5 at ranks 1 to 2 (from "Keep blood sugar within the target range"); their order is only the order they were written in: give them different scores
-- stdout: cs019_fires.lua:16: info[CS019] ranking-tie: 2 pains of segment "Patients" share the score 2 at ranks 3 to 4 (from "Pump site itches after 2 days"); their order is only the order they were written in: give them different scores
-- stdout: 0 errors, 0 warnings, 2 info in 1 file
segment "Patients" {
  customer = "consumer",
  job "Keep blood sugar within the target range" { kind = "functional", importance = "crucial" },
  job "Feel sure my child is safe at night" { kind = "emotional", importance = 5 },
  job "Adjust the basal rate after a week of highs" { kind = "functional", importance = 3 },
  pain "Hypos at night twice a week" { severity = "extreme" },
  pain "Readings scattered across 3 device apps" { severity = 4 },
  pain "Pump site itches after 2 days" { severity = 2 },
  pain "Test strips run out before the prescription renews" { severity = 2 },
  pain "Clinic visit takes half a day off work" { severity = 1 },
}
