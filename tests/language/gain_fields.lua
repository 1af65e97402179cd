-- A gain with every field it can carry: kind, level, relevance and the
-- shared note fields.
-- exit: 0
-- stdout: gain "All readings in one place" [functional, desired, relevance 5 (essential)]  (gain_fields.lua:12)
-- stdout:   notes: the top wish
-- stdout:   id: one-place
-- stdout:   ignore: CS005
-- stdout:   who: parents
-- stdout:   evidence: interview 1
-- stdout:   confidence: assumed
segment "Parents" {
  gain "All readings in one place" {
    kind = "functional", level = "desired", relevance = 5,
    id = "one-place", who = "parents", notes = "the top wish",
    evidence = { "interview 1" }, confidence = "assumed", ignore = "CS005",
  },
}
show(gains("Parents")[1])
