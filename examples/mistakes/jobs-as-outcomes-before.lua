-- Common mistake 2, before: jobs confused with outcomes. Jobs are what
-- small-shop owners do; gains and pains are the results they want or avoid.
-- Here two "jobs" are results ("Lower ...", "Faster ...") and one note is
-- written both as a job and as a gain.
-- Try: canvas check examples/mistakes/jobs-as-outcomes-before.lua   (CS006 ×3)
--      canvas explain CS006
-- (Tillwise is an invented till-and-stock app; the figures are plausible.)
canvas "Tillwise" { about = "Till and stock-keeping app for independent shops" }

segment "Owners of independent gift shops" {
  customer = "business",
  job "Lower stock costs for the Christmas season" {
    kind = "functional", importance = "crucial",
  },
  job "Faster stock counts at the end of the month" {
    kind = "functional", importance = "very high",
  },
  job "Know which 20 products sell best each week" {
    kind = "functional", importance = "high",
  },
  job "Feel in control of the shop while on holiday" {
    kind = "emotional", importance = "medium",
  },
  pain "Counting 1,500 items by hand takes a whole Sunday" {
    kind = "functional", type = "problem", severity = "very severe",
  },
  pain "A third of the Christmas stock is still unsold in January" {
    kind = "functional", type = "undesired-outcome", severity = "severe",
  },
  pain "The till and the stock list disagree by 40 items a month" {
    kind = "functional", type = "problem", severity = "considerable",
  },
  gain "Know which 20 products sell best each week" {
    kind = "functional", level = "desired", relevance = "essential",
  },
  gain "Reorder a product in 2 taps when fewer than 5 are left" {
    kind = "functional", level = "desired", relevance = "very important",
  },
  gain "Sunday off every week of the year" {
    kind = "emotional", level = "unexpected", relevance = "important",
  },
}
