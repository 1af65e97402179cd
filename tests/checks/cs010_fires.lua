-- args: check --only CS010
-- One hospital profile holding notes from three groups (the nurses twice,
-- written differently); reported at the first note of the second group.
-- stdout: cs010_fires.lua:10: warning[CS010] mixed-segment: segment "Hospital ward" mixes notes from 3 groups ("nurses", "ward manager" and "consultants"); profile each group as a segment of its own
-- stdout: cs010_fires.lua:17: warning[CS010] mixed-segment: segment "Pharmacy" mixes notes from 5 groups ("pharmacists", "buyers", "porters", "auditors" and others); profile each group as a segment of its own
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Hospital ward" {
  customer = "business",
  job "Hand over 30 patients at the 7 am shift change" { who = "nurses", importance = 5 },
  job "Keep the ward within its drug budget" { who = "ward manager", importance = 4 },
  pain "Paper charts lost between shifts" { who = "Nurses ", severity = 4 },
  pain "Beds blocked 2 days waiting for discharge letters" { who = "consultants", severity = 3 },
}
segment "Pharmacy" {
  customer = "business",
  job "Check 400 prescriptions a day" { who = "pharmacists", importance = 5 },
  job "Order stock before Friday noon" { who = "buyers", importance = 4 },
  job "Deliver to 12 wards by 10 am" { who = "porters", importance = 3 },
  job "Audit controlled drugs every month" { who = "auditors", importance = 3 },
  job "Train 2 new technicians a quarter" { who = "senior technicians", importance = 2 },
}
