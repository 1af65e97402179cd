-- args: check --only CS024
-- Ids that are no other note's text, and the same text in two profiles (a
-- reference looks only in its value's segment): nothing is ambiguous.
-- stdout: no findings in 1 file
segment "Diners" {
  customer = "consumer",
  job "Eat out with colleagues at lunch" { kind = "social", importance = 4 },
  pain "Waiting 25 minutes for the bill" { id = "slow-bill", severity = 4 },
  pain "Bill split by hand for 6 people" { severity = 2 },
  gain "Table booked from the office" { relevance = 3 },
}
segment "Tourists" {
  customer = "consumer",
  gain "Table booked from the office" { relevance = 1 },
}
value "Pay at the table" { segment = "Diners",
  relieves "slow-bill" { how = "pay by phone at the table" },
  relieves "Bill split by hand for 6 people" { how = "split in the app" },
  creates "Table booked from the office" { how = "web booking" },
}
