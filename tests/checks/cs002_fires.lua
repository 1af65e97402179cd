-- args: check --only CS002
-- A retail bank's high-net-worth clients with two jobs, three pains and one
-- gain: the parts below three are named.
-- stdout: cs002_fires.lua:6: warning[CS002] thin-profile: segment "Clients with 500,000 of net worth" lists only 2 jobs and 1 gain; a real segment has more: aim for at least 3 of each (min_notes)
-- stdout: 0 errors, 1 warning, 0 info in 1 file
segment "Clients with 500,000 of net worth" {
  customer = "consumer",
  job "Move savings between 4 accounts without calling the branch" { kind = "functional", importance = 4 },
  job "Be treated as a valued client by the adviser" { kind = "social", importance = 5 },
  pain "Adviser changes every 6 months" { severity = 3 },
  pain "Transfers over 10,000 need a signed form" { severity = 4 },
  pain "Statements arrive 2 weeks after the month ends" { severity = 2 },
  gain "One adviser who answers within a day" { relevance = 5 },
}
