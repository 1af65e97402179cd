-- The canvas takes a name, about, notes and a market pattern; show() with no
-- argument prints the canvas with its fields and what it holds.
-- exit: 0
-- stdout: canvas "Tidepool"  (canvas_fields.lua:9)
-- stdout:   about: Open data platform for diabetes care
-- stdout:   notes: first draft
-- stdout:   market: multi-sided
-- stdout:   segment "Patients" (0 jobs, 0 pains, 0 gains)
canvas "Tidepool" {
  about = "Open data platform for diabetes care",
  notes = "first draft",
  market = "multi-sided",
}
segment "Patients" { }
show()
