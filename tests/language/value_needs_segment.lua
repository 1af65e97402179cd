-- With several segments, a value proposition without segment = "..." is
-- reported as CS018; the run still succeeds.
-- exit: 0
-- stderr: value_needs_segment.lua:7: warning[CS018] unknown-reference: value "Stall" does not say which segment it is for; add segment = "..."
segment "Buyers" { }
segment "Sellers" { }
value "Stall" { }
