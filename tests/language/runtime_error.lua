-- A runtime error stops the script where it happens; the mistakes recorded
-- before it are reported too, in line order, and nothing after it runs.
-- exit: 3
-- stdout: before
-- stderr: runtime_error.lua:7: error: job "Buy shoes": importance = 9 is outside the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
-- stderr: runtime_error.lua:9: error: boom
segment "Buyers" { job "Buy shoes" { importance = 9 } }
print("before")
error("boom")
print("after")
segment "Sellers" { job "Sell shoes" { importance = 7 } }
