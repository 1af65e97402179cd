-- seg() of a name that no segment has is an error at the line that asks,
-- with a did-you-mean.
-- exit: 3
-- stderr: query_unknown_segment.lua:7: error: no segment "Patiens"; did you mean "Patients"? The segments are "Patients" and "Clinics"
segment "Patients" { }
segment "Clinics" { }
print(seg("Patiens"))
