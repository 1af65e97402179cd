-- A misspelt field gets a did-you-mean; every mistake is reported, in line
-- order, before the run exits with status 3.
-- exit: 3
-- stderr: misspelt_field.lua:7: error: job "Cook dinner": unknown field 'importnace' for a job; did you mean 'importance'?
-- stderr: misspelt_field.lua:8: error: gain "Dinner in 20 minutes": unknown field 'relevence' for a gain; did you mean 'relevance'?
segment "Parents" {
  job "Cook dinner" { importnace = 5 },
  gain "Dinner in 20 minutes" { relevence = "essential" },
}
