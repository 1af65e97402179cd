-- A field declared for pains is refused on a job and on a segment, naming
-- what it is a field of.
-- exit: 3
-- stderr: field_wrong_target.lua:8: error: segment "Runners": 'frequency' is a field of pain, not of a segment
-- stderr: field_wrong_target.lua:9: error: job "Train": 'frequency' is a field of pain, not of a job
field "frequency" { on = "pain", type = "scale" }
segment "Runners" {
  frequency = 2,
  job "Train" { frequency = 3 },
}
