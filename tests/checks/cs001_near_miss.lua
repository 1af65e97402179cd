-- args: check --only CS001
-- One note in each part is thin (CS002's business), not empty; notes
-- written after the segment's table belong to it too.
-- stdout: no findings in 1 file
segment "Online bookseller customers" {
  customer = "consumer",
  job "Find a birthday present for a 10-year-old" { kind = "functional", importance = 4 },
}
pain "Delivery takes 5 days outside the capital" { severity = 3 }
gain "Gift-wrapped and sent straight to the child" { relevance = 3 }
