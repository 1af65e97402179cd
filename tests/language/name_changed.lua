-- A segment whose name the script changes after declaring it keeps the name
-- it was declared with, with a load error.
-- exit: 3
-- stderr: name_changed.lua:5: error: segment "Commuters": the script changed its name to nil; a name is given where it is declared
local s = segment "Commuters" { pain "Waiting in line" { severity = 4 } }
s.name = nil
