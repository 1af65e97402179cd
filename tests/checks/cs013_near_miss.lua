-- args: check --only CS013
-- Staff, buyers and the board in a consumer segment are not business
-- roles; a business segment that speaks for one role only (here users,
-- named several ways) is one segment.
-- stdout: no findings in 1 file
segment "Shift workers" {
  customer = "consumer",
  job "Buy lunch in a 20-minute break" { who = "hospital staff", importance = 4 },
  pain "Canteen closes before the night team's break" { severity = 3 },
  gain "Card payment approved in 2 seconds by the finance app" { relevance = 2 },
}
segment "Clinic reception" {
  customer = "business",
  job "Book patients in 2 clicks" { who = "reception staff", importance = 4 },
  pain "Nurses call the desk 30 times a day" { who = "receptionists", severity = 3 },
  gain "Operators trained in one afternoon" { relevance = 2 },
}
