-- A scale field with five words of its own reads numbers and those words
-- (in any case), stores a number and shows the word beside it.
-- exit: 0
-- stdout: segment "Runners"  (field_scale_words.lua:17)
-- stdout:   jobs (1)
-- stdout:     - Stretch every day
-- stdout:         effort: 2
-- stdout:   pains (2)
-- stdout:     - Sore knees
-- stdout:         frequency: 4 (very often)
-- stdout:     - Blisters
-- stdout:         frequency: 1 (rarely)
-- stdout:   gains (0)
field "frequency" { on = "pain", type = "scale",
  words = { "rarely", "sometimes", "often", "very often", "always" } }
field "effort" { on = "job", type = "scale" }
segment "Runners" {
  job "Stretch every day" { effort = 2 },
  pain "Sore knees" { frequency = "Very Often" },
  pain "Blisters" { frequency = 1 },
}
show(seg "Runners")
