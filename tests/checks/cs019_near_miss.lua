-- args: check --only CS019
-- Ties below the top three are not reported: the pains tie at ranks 4 to
-- 5 and the gains at ranks 4 to 6; the top three of each are distinct.
-- stdout: no findings in 1 file
segment "Patients" {
  customer = "consumer",
  pain "Hypos at night twice a week" { severity = "extreme" },
  pain "Readings scattered across 3 device apps" { severity = 4 },
  pain "Pump site itches after 2 days" { severity = 3 },
  pain "Test strips run out before the prescription renews" { severity = 2 },
  pain "Clinic visit takes half a day off work" { severity = 2 },
  gain "All readings in one place, no guessing" { relevance = "essential" },
  gain "Alarm on the parent's phone within 1 minute of a low" { relevance = 4 },
  gain "Endocrinologist sees the data before the visit" { relevance = 3 },
  gain "Pump and meter share one charger" { relevance = 1 },
  gain "Stickers to decorate the pump" { relevance = 1 },
  gain "Reports as PDF for the school nurse" { relevance = 1 },
}
