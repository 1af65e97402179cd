#!/usr/bin/env canvas
-- A first line starting with #! is skipped and line numbers are kept: the
-- error on line 7 is reported as line 7.
-- exit: 3
-- stderr: shebang_line.lua:7: error: job "Buy shoes": importance = 9 is outside the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
segment "Buyers" {
  job "Buy shoes" { importance = 9 },
}
