-- A pain with every field it can carry: kind, type, severity and the shared
-- note fields.
-- exit: 0
-- stdout: pain "Readings scattered across three apps" [ancillary, obstacle, severity 3 (severe)]  (pain_fields.lua:12)
-- stdout:   notes: mentioned by all
-- stdout:   id: scattered
-- stdout:   ignore: CS005
-- stdout:   who: parents
-- stdout:   evidence: survey 2024
-- stdout:   confidence: validated
segment "Parents" {
  pain "Readings scattered across three apps" {
    kind = "ancillary", type = "obstacle", severity = 3,
    id = "scattered", who = "parents", notes = "mentioned by all",
    evidence = "survey 2024", confidence = "validated", ignore = { "CS005" },
  },
}
show(pains("Parents")[1])
