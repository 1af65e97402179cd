-- args: check --only CS014
-- The online bookseller that also sells cloud computing: very different
-- jobs, one in common.
-- stdout: no findings in 1 file
canvas "Bookseller" { market = "diversified" }
segment "Readers" {
  job "Order a paperback for delivery tomorrow" { importance = 4 },
  job "Track the parcel" { importance = 2 },
  job "Pay by card" { importance = 2 },
}
segment "Cloud customers" {
  customer = "business",
  job "Run 200 servers without a data centre" { importance = 5 },
  job "Scale up for Black Friday in 10 minutes" { importance = 4 },
  job "Pay by card" { importance = 2 },
}
