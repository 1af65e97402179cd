-- A filter value that the field would refuse is an error at the query's line.
-- exit: 3
-- stdout: 1
-- stderr: query_bad_filter.lua:7: error: filter: severity = "hihg" is not a severity word; use a whole number 1..5 or one of "moderate" (1), "considerable" (2), "severe" (3), "very severe" (4) or "extreme" (5)
segment "Patients" { pain "Fear of a night low" { severity = 5 } }
print(#pains("Patients", { severity = "extreme" }))
print(#pains("Patients", { severity = "hihg" }))
