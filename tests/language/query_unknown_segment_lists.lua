-- When no segment name is close, the error lists the segments there are.
-- exit: 3
-- stdout: no segment "Insurers"; the segments are "Patients" and "Clinics"
-- stderr: query_unknown_segment_lists.lua:9: error: expected a segment or its name, got 42
segment "Patients" { }
segment "Clinics" { }
local ok, err = pcall(jobs, "Insurers")
print(err)
print(seg(42))
