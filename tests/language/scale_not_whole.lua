-- A scale takes whole numbers only: 2.5 is refused.
-- exit: 3
-- stderr: scale_not_whole.lua:5: error: pain "Long queues": severity = 2.5 is outside the scale; use a whole number 1..5 or one of "moderate" (1), "considerable" (2), "severe" (3), "very severe" (4) or "extreme" (5)
segment "Buyers" {
  pain "Long queues" { severity = 2.5 },
}
