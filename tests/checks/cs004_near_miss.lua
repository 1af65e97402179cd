-- args: check --only CS004
-- Every note ranked, by number or by a scale word; a type or level is not
-- a rank, but here each note has its rank too.
-- stdout: no findings in 1 file
segment "Airbnb hosts" {
  customer = "consumer",
  job "Turn the flat around between guests in 3 hours" { kind = "functional", importance = "crucial" },
  job "Be rated a Superhost" { kind = "social", importance = 4 },
  pain "Cleaner cancels the morning of a check-in" { type = "risk", severity = "very severe" },
  pain "Guests leave 2 hours late" { severity = 2 },
  gain "Booked 25 nights a month in summer" { level = "desired", relevance = "nice to have" },
}
