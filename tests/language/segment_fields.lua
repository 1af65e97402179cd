-- A segment with every built-in field: show(seg "...") prints them back in
-- the vocabulary's order, with the jobs, pains and gains counted.
-- exit: 0
-- stdout: segment "Patients"  (segment_fields.lua:22)
-- stdout:   about: People with type 1 diabetes
-- stdout:   notes: from the spring interviews
-- stdout:   id: patients
-- stdout:   ignore: CS002, CS013
-- stdout:   customer: consumer
-- stdout:   bases: demographic: type 1 diabetes; geographic: Europe; psychographic: wants control; behavioral: logs every reading
-- stdout:   archetypes: curator, tastemaker
-- stdout:   need: one view of all readings
-- stdout:   channel: diabetes clinics
-- stdout:   relationship: self-service
-- stdout:   profitability: medium
-- stdout:   willingness_to_pay: a yearly fee for the app
-- stdout:   depends_on: Clinics
-- stdout:   jobs (0)
-- stdout:   pains (0)
-- stdout:   gains (0)
segment "Clinics" { customer = "business" }
segment "Patients" {
  about = "People with type 1 diabetes",
  notes = "from the spring interviews",
  id = "patients",
  ignore = { "CS002", "CS013" },
  customer = "consumer",
  bases = { demographic = "type 1 diabetes", geographic = "Europe",
            psychographic = "wants control", behavioral = "logs every reading" },
  archetypes = { "curator", "tastemaker" },
  need = "one view of all readings",
  channel = "diabetes clinics",
  relationship = "self-service",
  profitability = "medium",
  willingness_to_pay = "a yearly fee for the app",
  depends_on = "Clinics",
}
show(seg "patients")
