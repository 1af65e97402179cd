-- error(message, 0) carries no position; canvas adds the line it came from.
-- exit: 3
-- stderr: error_without_position.lua:5: error: the buyers need a job
segment "Buyers" { }
error("the buyers need a job", 0)
