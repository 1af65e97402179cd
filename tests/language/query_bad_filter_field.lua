-- A filter on a field that the notes do not have is an error, with a
-- did-you-mean; a filter must be a table or a function.
-- exit: 3
-- stdout: filter: unknown field 'sevrity' for a pain; did you mean 'severity'?
-- stderr: query_bad_filter_field.lua:8: error: a filter is a table { field = value } or a function(note); got "extreme"
segment "Patients" { pain "Fear of a night low" { severity = 5 } }
print(select(2, pcall(pains, "Patients", { sevrity = 5 })))
print(pains("Patients", "extreme"))
