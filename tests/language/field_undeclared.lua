-- A field that nothing declares, and that resembles no field, says how to
-- declare it.
-- exit: 3
-- stderr: field_undeclared.lua:6: error: pain "Sore knees": unknown field 'colour' for a pain (declare your own with field "colour" { on = "pain", type = "text" })
segment "Runners" {
  pain "Sore knees" { colour = "red" },
}
