-- A built-in field cannot be declared again, and neither can a user field.
-- exit: 3
-- stderr: field_redeclare_builtin.lua:5: error: field "severity" is already declared on pain (built in)
-- stderr: field_redeclare_builtin.lua:7: error: field "source" is already declared on job at field_redeclare_builtin.lua:6
field "severity" { on = "pain", type = "scale" }
field "source" { on = "note", type = "text" }
field "source" { on = "job", type = "text" }
