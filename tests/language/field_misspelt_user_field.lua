-- A misspelt user field gets a did-you-mean naming the declared field.
-- exit: 3
-- stderr: field_misspelt_user_field.lua:6: error: pain "Sore knees": unknown field 'frequncy' for a pain; did you mean 'frequency'?
field "frequency" { on = "pain", type = "scale" }
segment "Runners" {
  pain "Sore knees" { frequncy = 4 },
}
