-- args: check --only U001
-- A custom check over pains, with when and test: it reports at each
-- failing note's line, with ID U001 and its name as a slug. Scale words
-- read as their numbers ("extreme" is 5).
-- stdout: custom_each_pain.lua:14: warning[U001] extreme-pains-rest-on-evidence: an extreme pain needs evidence: interviews, data or observations
-- stdout: custom_each_pain.lua:16: warning[U001] extreme-pains-rest-on-evidence: an extreme pain needs evidence: interviews, data or observations
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Supermarket shoppers" {
  customer = "consumer",
  job "Buy the week's groceries on Saturday" { kind = "functional", importance = 4 },
  job "Feel the family eats well for under 120 euros a week" { kind = "emotional", importance = 5 },
  pain "Car park full after 10 am" { severity = 5, evidence = { "12 interviews in March" } },
  pain "Self-checkout rejects loose fruit 1 time in 3" { severity = 2 },
  pain "Waiting more than 10 minutes at the till" { severity = 5 },
  gain "Groceries packed and in the car in 15 minutes" { relevance = 4 },
  pain "Organic milk sold out by noon" { severity = "extreme" },
}
check "Extreme pains rest on evidence" {
  each = "pain",
  when = function(p) return p.severity == 5 end,
  test = function(p) return p.evidence ~= nil end,
  message = "an extreme pain needs evidence: interviews, data or observations",
}
