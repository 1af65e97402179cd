-- Part of an include cycle: include_cycle.lua -> cycle_a -> cycle_b -> cycle_a.
segment "A" { }
include "cycle_b.lua"
