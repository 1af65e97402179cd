-- args: fit
-- A tie at the edge of the top 3 counts in and is said so; the stage is
-- "in the market" only when every addressed top note is observed or
-- validated and has evidence (Bakers), else "on paper" (Florists: one
-- addressed top note is only assumed).
-- exit: 0
-- stdout: segment "Bakers": fit in the market (1 of 1 addressed top note backed by
-- stdout:   evidence)
-- stdout:   jobs: 0/0 of the top jobs helped
-- stdout:     (none)
-- stdout:   pains: 1/4 (25%) of the top pains relieved (a tie at the edge of the top 3
-- stdout:     counts in)
-- stdout:     + 1. Flour price up 30% this year [by "Bulk flour": a cooperative buying]
-- stdout:     - 2. Ovens idle after 2 pm
-- stdout:     - 3. Staff leave after 6 months
-- stdout:     - 4. Delivery vans blocked by markets (tied)
-- stdout:   gains: 0/0 of the top gains created
-- stdout:     (none)
-- stdout:   coverage: 1/4 (25%) of the top notes addressed
-- stdout:   next: relieve pain "Ovens idle after 2 pm"; relieve pain "Staff leave after 6
-- stdout:         months"; relieve pain "Delivery vans blocked by markets"
-- stdout:
-- stdout: segment "Florists": fit on paper (1 of 2 addressed top notes backed by
-- stdout:   evidence)
-- stdout:   jobs: 0/0 of the top jobs helped
-- stdout:     (none)
-- stdout:   pains: 2/2 (100%) of the top pains relieved
-- stdout:     + 1. Half the stock wilts unsold [by "Stem tracker": sell-by dates per
-- stdout:          bucket]
-- stdout:     + 2. Weddings booked late [by "Stem tracker": a calendar shared with
-- stdout:          planners]
-- stdout:   gains: 0/0 of the top gains created
-- stdout:     (none)
-- stdout:   coverage: 2/2 (100%) of the top notes addressed
-- stdout:   next: back the addressed top notes with evidence (confidence "observed" or
-- stdout:         "validated", and evidence = { ... })
segment "Bakers" {
  pain "Flour price up 30% this year" { severity = 5, confidence = "validated",
    evidence = { "invoices 2024-2025" } },
  pain "Ovens idle after 2 pm" { severity = 3 },
  pain "Staff leave after 6 months" { severity = 3 },
  pain "Delivery vans blocked by markets" { severity = 3 },
  pain "Till crashes once a week" { severity = 1 },
}
segment "Florists" {
  pain "Half the stock wilts unsold" { severity = 5, confidence = "observed",
    evidence = { "waste logs" } },
  pain "Weddings booked late" { severity = 4 },
}
value "Bulk flour" { segment = "Bakers",
  relieves "Flour price up 30% this year" { how = "a cooperative buying" },
}
value "Stem tracker" { segment = "Florists",
  relieves "Half the stock wilts unsold" { how = "sell-by dates per bucket" },
  relieves "Weddings booked late" { how = "a calendar shared with planners" },
}
