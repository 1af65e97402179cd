-- Part of an include cycle: it includes the file that includes it.
segment "B" { }
include "cycle_a.lua"
