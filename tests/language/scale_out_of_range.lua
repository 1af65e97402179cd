-- Scales run from 1 to 5: 0, 6 and -1 are load errors that say what the
-- scale takes.
-- exit: 3
-- stderr: scale_out_of_range.lua:8: error: job "Buy shoes": importance = 0 is outside the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
-- stderr: scale_out_of_range.lua:9: error: pain "Long queues": severity = 6 is outside the scale; use a whole number 1..5 or one of "moderate" (1), "considerable" (2), "severe" (3), "very severe" (4) or "extreme" (5)
-- stderr: scale_out_of_range.lua:10: error: gain "Free delivery": relevance = -1 is outside the scale; use a whole number 1..5 or one of "nice to have" (1), "useful" (2), "important" (3), "very important" (4) or "essential" (5)
segment "Buyers" {
  job "Buy shoes" { importance = 0 },
  pain "Long queues" { severity = 6 },
  gain "Free delivery" { relevance = -1 },
}
