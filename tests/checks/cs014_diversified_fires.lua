-- args: check --only CS014
-- A diversified market whose two segments share most of their jobs.
-- stdout: cs014_diversified_fires.lua:11: warning[CS014] market-mismatch: segment "Gift buyers" shares 2 of its jobs with segment "Readers"; a diversified market serves segments with very different needs: choose segmented, or profile the jobs that differ
-- stdout: 0 errors, 1 warning, 0 info in 1 file
canvas "Bookseller" { market = "diversified" }
segment "Readers" {
  job "Order a paperback for delivery tomorrow" { importance = 4 },
  job "Track the parcel" { importance = 2 },
  job "Return a damaged book" { importance = 3 },
}
segment "Gift buyers" {
  job "Order a paperback for delivery tomorrow" { importance = 5 },
  job "track the parcel" { importance = 3 },
  job "Wrap the book as a present" { importance = 4 },
}
