-- A rule function that fails, or returns something that is not a number,
-- is a load error at the rule's line naming the note that made it fail.
-- exit: 3
-- stderr: bad_function_rule.lua:8: error: rank "pains": the function returned "high"; it must return a number (for pain "Queues" at bad_function_rule.lua:7)
-- stderr: bad_function_rule.lua:9: error: rank "gains": the function failed: bad_function_rule.lua:9: attempt to perform arithmetic on a nil value (field 'effort') (for gain "Speed" at bad_function_rule.lua:7)
segment "S" {
  pain "Queues" { severity = 2 }, gain "Speed" {} }
rank "pains" { by = function() return "high" end }
rank "gains" { by = function(g) return g.effort * 2 end }
