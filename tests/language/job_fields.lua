-- A job with every field it can carry: kind, role, context, importance and
-- the fields that every note shares (id, who, notes, evidence, confidence,
-- ignore). show(note) prints its heading, then each other field.
-- exit: 0
-- stdout: job "Choose a new insulin pump" [supporting, buyer, importance 4 (very high)]  (job_fields.lua:14)
-- stdout:   notes: once every four years
-- stdout:   id: pump
-- stdout:   ignore: CS005
-- stdout:   who: parents of young children
-- stdout:   evidence: interview 3, interview 7
-- stdout:   confidence: observed
-- stdout:   context: at the clinic, with the nurse
segment "Parents" {
  job "Choose a new insulin pump" {
    kind = "supporting", role = "buyer", importance = 4,
    context = "at the clinic, with the nurse",
    id = "pump", who = "parents of young children", notes = "once every four years",
    evidence = { "interview 3", "interview 7" }, confidence = "observed",
    ignore = "CS005",
  },
}
show(jobs("Parents")[1])
