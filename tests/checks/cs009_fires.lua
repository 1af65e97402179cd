-- args: check --only CS009
-- Every pain and gain has a reliever or a creator, by id or by text: the
-- profile looks written from the offer backwards.
-- stdout: cs009_fires.lua:6: info[CS009] product-shaped-profile: segment "Cardholders": every one of its 3 pains and gains is addressed by the value map; list the ones the offer does not touch too
-- stdout: 0 errors, 0 warnings, 1 info in 1 file
segment "Cardholders" {
  customer = "consumer",
  job "Pay abroad without thinking about the card" { kind = "functional", importance = 4 },
  pain "Card blocked at a foreign till twice a year" { id = "blocked", severity = 4 },
  pain "Fraudulent charge found 3 weeks later" { id = "fraud", severity = 5 },
  gain "Spending summary every Sunday" { relevance = 3 },
}
value "Travel card" { segment = "Cardholders",
  product "Contactless card",
  relieves "blocked" { how = "travel notice from the app" },
  relieves "fraud" { how = "push alert for every charge" },
  creates "Spending summary every Sunday" { how = "weekly email" },
}
