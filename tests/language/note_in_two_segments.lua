-- A note belongs to one segment: putting the same note in a second segment
-- is an error that says where it already is.
-- exit: 3
-- stderr: note_in_two_segments.lua:5: error: pain "Long queues" is already in segment "Buyers" at note_in_two_segments.lua:6; declare it again to use it twice
local queue = pain "Long queues" { severity = 3 }
segment "Buyers" { queue }
segment "Sellers" { queue }
