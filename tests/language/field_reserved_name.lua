-- Names the model uses itself cannot become fields.
-- exit: 3
-- stderr: field_reserved_name.lua:6: error: field "text" cannot be declared: the model uses 'text' itself
-- stderr: field_reserved_name.lua:7: error: field "name" cannot be declared: the model uses 'name' itself
-- stderr: field_reserved_name.lua:8: error: field "jobs" cannot be declared: the model uses 'jobs' itself
field "text" { on = "pain", type = "text" }
field "name" { on = "segment", type = "text" }
field "jobs" { on = "segment", type = "list" }
