-- args: check --only CS006
-- Jobs that open with a verb, even one that looks like a result word
-- ("Lower the ...", "Free up ..."), and a gain that states the result of
-- a job in other words.
-- stdout: no findings in 1 file
segment "Business travellers" {
  customer = "consumer",
  job "Lower the monthly travel bill for the team" { kind = "functional", importance = 4 },
  job "Free up an hour before the client meeting" { kind = "functional", importance = 3 },
  job "Better understand my company's travel policy" { kind = "supporting", importance = 2 },
  job "Feel calm on the night before a pitch" { kind = "emotional", importance = 5 },
  job "Arrive at the client's office by 9" { kind = "functional", importance = 5 },
  gain "At the client's desk by 9 without running" { relevance = 4 },
  pain "Faster trains sold out a week ahead" { severity = 3 },
}
