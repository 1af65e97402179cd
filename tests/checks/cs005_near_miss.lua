-- args: check --only CS005
-- The same worries made specific: a number, a unit or a time frame, or a
-- vague word beside enough words that say what happens. Jobs are never
-- CS005's business.
-- stdout: no findings in 1 file
segment "Supermarket shoppers" {
  customer = "consumer",
  job "Get the shopping done quickly" { kind = "functional", importance = 4 },
  pain "Waiting more than 10 minutes in line is unbearable" { severity = 4 },
  pain "Checkout is slow on Saturday mornings" { severity = 3 },
  pain "Slow card reader drops contactless payments at the till" { severity = 3 },
  pain "Parking costs 3 euros an hour" { severity = 2 },
  gain "Served in under 5 minutes" { relevance = 4 },
  gain "Cheaper by twenty percent than the corner shop" { relevance = 3 },
}
