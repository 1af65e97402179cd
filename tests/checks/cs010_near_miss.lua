-- args: check --only CS010
-- One who group, written with other capitals and spacing, beside notes
-- that carry no who: one segment. Another segment's group does not count.
-- stdout: no findings in 1 file
segment "Ward nurses" {
  customer = "business",
  job "Hand over 30 patients at the 7 am shift change" { who = "night nurses", importance = 5 },
  pain "Paper charts lost between shifts" { who = "Night  Nurses", severity = 4 },
  pain "Drug trolley restocked only on Mondays" { severity = 3 },
  gain "Handover done in 15 minutes" { relevance = 4 },
}
segment "Ward managers" {
  customer = "business",
  job "Keep the ward within its drug budget" { who = "ward manager", importance = 4 },
}
