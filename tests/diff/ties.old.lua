-- ties: a job raised to the score of the first and written before it;
-- the order among equal scores is no change, the rank of the raised one is
canvas "Ties" { market = "niche" }
segment "Cooks" {
  job "Cook dinner in 30 minutes on weeknights" { importance = 5 },
  job "Shop for groceries once a week" { importance = 4 },
  job "Plan 5 dinners every Sunday evening" { importance = 2 },
}
