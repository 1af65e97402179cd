-- A field must be declared before a declaration uses it: the script runs top
-- to bottom.
-- exit: 3
-- stdout: 2
-- stderr: field_declare_before_use.lua:7: error: pain "Sore knees": unknown field 'frequency' for a pain (declare your own with field "frequency" { on = "pain", type = "text" })
segment "Runners" {
  pain "Sore knees" { frequency = 4 },
}
field "frequency" { on = "pain", type = "scale" }
segment "Walkers" {
  pain "Blisters" { frequency = 2 },
}
print(pains("Walkers")[1].frequency)
