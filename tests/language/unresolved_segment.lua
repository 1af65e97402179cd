-- A value proposition for a segment that does not exist is the warning CS018
-- with a did-you-mean; so is a side that names no segment.
-- exit: 0
-- stderr: unresolved_segment.lua:7: warning[CS018] unknown-reference: segment "Patients": depends_on names "Clinic", which is no segment; did you mean "Clinics"?
-- stderr: unresolved_segment.lua:7: warning[CS018] unknown-reference: segment "Patients": depends_on names "Device makers", which is no segment
-- stderr: unresolved_segment.lua:9: warning[CS018] unknown-reference: value "App": segment = "Patiens" names no segment; did you mean "Patients"?
segment "Patients" { depends_on = { "Clinic", "Device makers" } }
segment "Clinics" { }
value "App" { segment = "Patiens" }
