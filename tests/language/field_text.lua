-- A script declares its own text field and uses it on the notes it names:
-- "note" means jobs, pains and gains.
-- exit: 0
-- stdout: segment "Runners"  (field_text.lua:13)
-- stdout:   jobs (1)
-- stdout:     - Train for a marathon
-- stdout:         source: club survey
-- stdout:   pains (1)
-- stdout:     - Sore knees
-- stdout:         source: interview 4
-- stdout:   gains (0)
field "source" { on = "note", type = "text", doc = "where we heard it" }
segment "Runners" {
  job "Train for a marathon" { source = "club survey" },
  pain "Sore knees" { source = "interview 4" },
}
show(seg "Runners")
