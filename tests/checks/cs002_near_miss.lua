-- args: check --only CS002
-- Exactly three jobs, pains and gains: the default min_notes is met. A
-- part with none is CS001's business, not CS002's.
-- stdout: no findings in 1 file
segment "Refrigerator buyers" {
  customer = "consumer",
  job "Keep a week of groceries fresh for a family of 4" { kind = "functional", importance = 5 },
  job "Feel the kitchen is in order when guests come" { kind = "emotional", importance = 2 },
  job "Compare energy labels in the shop" { kind = "supporting", importance = 3 },
  pain "Vegetables go limp after 3 days" { severity = 4 },
  pain "Electricity bill up 15 euros a month with the old fridge" { severity = 3 },
  pain "Delivery slot is a whole 8-hour day" { severity = 2 },
  gain "Salad still crisp on day 6" { relevance = 4 },
  gain "A-rated: under 150 kWh a year" { relevance = 3 },
  gain "Old fridge taken away on delivery" { relevance = 2 },
}
segment "Landlords" {
  customer = "business",
  job "Furnish 12 flats before the tenants move in" { kind = "functional", importance = 4 },
  job "Be known as a landlord who fixes things within a week" { kind = "social", importance = 3 },
  job "Keep repair calls under 2 a year per flat" { kind = "functional", importance = 4 },
}
