-- args: check --only CS009
-- One pain the offer does not touch is listed; a profile with one pain only
-- is too small to judge; a profile with no value proposition is not looked
-- at.
-- stdout: no findings in 1 file
segment "Cardholders" {
  customer = "consumer",
  job "Pay abroad without thinking about the card" { kind = "functional", importance = 4 },
  pain "Card blocked at a foreign till twice a year" { id = "blocked", severity = 4 },
  pain "Fraudulent charge found 3 weeks later" { id = "fraud", severity = 5 },
  pain "Exchange rate 3% worse than the airport kiosk" { severity = 3 },
  gain "Spending summary every Sunday" { relevance = 3 },
}
value "Travel card" { segment = "Cardholders",
  relieves "blocked" { how = "travel notice from the app" },
  relieves "fraud" { how = "push alert for every charge" },
  creates "Spending summary every Sunday" { how = "weekly email" },
}
segment "Merchants" {
  customer = "business",
  pain "Card fees of 2.5% on every sale" { severity = 4 },
}
value "Low-fee terminal" { segment = "Merchants",
  relieves "Card fees of 2.5% on every sale" { how = "1.2% flat fee" },
}
segment "Travel agents" {
  customer = "business",
  pain "Commission paid 60 days late" { severity = 4 },
  gain "Bookings settled within a week" { relevance = 3 },
}
