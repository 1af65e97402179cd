-- args: check --only CS003
-- Functional and supporting jobs only; in the second profile two jobs have
-- no kind, which the message counts.
-- stdout: cs003_fires.lua:7: warning[CS003] no-social-emotional-jobs: segment "Fleet managers" has no social or emotional job; add how the customers want to be seen and to feel
-- stdout: cs003_fires.lua:13: warning[CS003] no-social-emotional-jobs: segment "Van drivers" has no social or emotional job (2 jobs without a kind); add how the customers want to be seen and to feel
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Fleet managers" {
  customer = "business",
  job "Plan routes for 40 vans every morning" { kind = "functional", importance = 5 },
  job "Compare fuel card offers each quarter" { kind = "supporting", importance = 3 },
  job "Resell vans after 5 years" { kind = "supporting", importance = 2 },
}
segment "Van drivers" {
  customer = "consumer",
  job "Deliver 120 parcels before 6 pm" { kind = "functional", importance = 5 },
  job "Find parking near each drop" { importance = 4 },
  job "Log breaks for the tachograph" { importance = 3 },
}
