-- args: check --only CS014
-- A mass market with its one broad segment.
-- stdout: no findings in 1 file
canvas "Fridge maker" { market = "mass" }
segment "Households" {
  customer = "consumer",
  need = "keep food fresh for a week",
  job "Store a week of groceries for a family of 4" { kind = "functional", importance = 5 },
}
