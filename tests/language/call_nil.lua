-- Calling something that is not a function is a runtime error at its line.
-- exit: 3
-- stderr: call_nil.lua:6: error: attempt to call a nil value (field 'add_jobs')
local helpers = {}
segment "Buyers" { }
helpers.add_jobs("Buyers")
