-- A value that does not fit a user field's type is a load error naming the
-- field, the value given and what the field takes.
-- exit: 3
-- stderr: field_wrong_value.lua:17: error: segment "Runners": channel_kind = "onlien" is not allowed; use one of "online" or "shop"; did you mean "online"?
-- stderr: field_wrong_value.lua:19: error: job "Train": effort = 7 is outside the scale; use a whole number 1..5
-- stderr: field_wrong_value.lua:20: error: job "Eat": source = 12 is not text; write it in quotes
-- stderr: field_wrong_value.lua:23: error: pain "Flat tyres": cost = "lots" is not a number
-- stderr: field_wrong_value.lua:24: error: pain "Rain": urgent = "yes" is not true or false
-- stderr: field_wrong_value.lua:25: error: pain "Wind": frequency = "never" is not a frequency word; use a whole number 1..5 or one of "rarely" (1), "sometimes" (2), "often" (3), "very often" (4) or "always" (5)
field "cost" { on = "pain", type = "number" }
field "urgent" { on = "pain", type = "boolean" }
field "channel_kind" { on = "segment", type = "choice", values = { "online", "shop" } }
field "effort" { on = "job", type = "scale" }
field "frequency" { on = "pain", type = "scale",
  words = { "rarely", "sometimes", "often", "very often", "always" } }
field "source" { on = "job", type = "text" }
segment "Runners" { channel_kind = "onlien" }
segment "Walkers" {
  job "Train" { effort = 7 },
  job "Eat" { source = 12 },
}
segment "Cyclists" {
  pain "Flat tyres" { cost = "lots" },
  pain "Rain" { urgent = "yes" },
  pain "Wind" { frequency = "never" },
}
