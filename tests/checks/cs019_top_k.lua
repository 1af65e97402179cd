-- args: check --only CS019
-- With top_k = 5 the tie at ranks 4 to 5 is inside the top.
-- stdout: cs019_top_k.lua:12: info[CS019] ranking-tie: 2 pains of segment "Patients" share the score 2 at ranks 4 to 5 (from "Test strips run out before the prescr..."); their order is only the order they were written in: give them different scores
-- stdout: 0 errors, 0 warnings, 1 info in 1 file
checks { top_k = 5 }
segment "Patients" {
  customer = "consumer",
  pain "Hypos at night twice a week" { severity = "extreme" },
  pain "Readings scattered across 3 device apps" { severity = 4 },
  pain "Pump site itches after 2 days" { severity = 3 },
  pain "Test strips run out before the prescription renews" { severity = 2 },
  pain "Clinic visit takes half a day off work" { severity = 2 },
}
