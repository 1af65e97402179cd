-- A runtime error whose value is not text is still reported readably, at
-- the line that raised it.
-- exit: 3
-- stderr: error_object_table.lua:6: error: (error object is a table value)
segment "Buyers" { }
error({ code = 42 })
