-- Common mistake 2, after: every job is a task the owner does, and the
-- results moved to the gains, each with a number: "Lower stock costs"
-- became the job of ordering stock and the gain of a smaller unsold share;
-- "Faster stock counts" became the job of counting and a gain of 1 hour.
-- The note that was both a job and a gain stays a job.
-- Try: canvas check examples/mistakes/jobs-as-outcomes-after.lua   (no findings)
--      canvas diff examples/mistakes/jobs-as-outcomes-before.lua \
--                  examples/mistakes/jobs-as-outcomes-after.lua
-- (Tillwise is an invented till-and-stock app; the figures are plausible.)
canvas "Tillwise" { about = "Till and stock-keeping app for independent shops" }

segment "Owners of independent gift shops" {
  customer = "business",
  job "Order stock for the Christmas season in September" {
    kind = "functional", importance = "crucial",
  },
  job "Count the stock at the end of every month" {
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
  gain "Under 10% of the Christmas stock left over in January" {
    kind = "cost-saving", level = "desired", relevance = "essential",
  },
  gain "The monthly stock count done in 1 hour" {
    kind = "functional", level = "desired", relevance = "very important",
  },
  gain "Reorder a product in 2 taps when fewer than 5 are left" {
    kind = "functional", level = "desired", relevance = "important",
  },
  gain "Sunday off every week of the year" {
    kind = "emotional", level = "unexpected", relevance = "useful",
  },
}
