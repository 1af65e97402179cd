-- A note written before any segment belongs to none: a load error.
-- exit: 3
-- stderr: note_outside_segment.lua:4: error: job "Buy shoes" is outside any segment; write it inside segment "..." { ... } or after one
job "Buy shoes" { importance = 3 }
segment "Buyers" { }
