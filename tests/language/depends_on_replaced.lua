-- A depends_on that the script replaces with something that is no list is a
-- load error at the segment.
-- exit: 3
-- stderr: depends_on_replaced.lua:6: error: segment "Riders": the script set depends_on to "Drivers" after declaring it; depends_on is a name or a list of names, given in the declaration's table { depends_on = ... }
segment "Drivers" { pain "Empty rides" { severity = 3 } }
local riders = segment "Riders" { depends_on = { "Drivers" }, pain "Long waits" { severity = 4 } }
riders.depends_on = "Drivers"
