-- A misspelt field or a wrong value inside a table written over several
-- lines is reported at the line of the field itself, not of the
-- declaration; a field of a nested note is told apart from the segment's.
-- exit: 3
-- stderr: field_line_in_table.lua:14: error: job "Catch the 8:05": unknown field 'importnace' for a job; did you mean 'importance'?
-- stderr: field_line_in_table.lua:16: error: pain "Late trains": severity = "high" is not a severity word; use a whole number 1..5 or one of "moderate" (1), "considerable" (2), "severe" (3), "very severe" (4) or "extreme" (5)
-- stderr: field_line_in_table.lua:18: error: segment "Riders": unknown field 'chanel' for a segment; did you mean 'channel'?
-- stderr: field_line_in_table.lua:21: error: gain "b": unknown field 'relevnce' for a gain; did you mean 'relevance'?
-- stderr: field_line_in_table.lua:23: error: job "Loose": kind = "fun" is not allowed; use one of "functional", "social", "emotional" or "supporting"
segment "Riders" {
  need = "get to work",
  job "Catch the 8:05" {
    kind = "functional",
    importnace = 4,
  },
  pain "Late trains" { severity = "high", kind = "functional" },
  -- channel = "a comment does not count",
  chanel = "app",
  notes = [[ chanel = "nor does a long string" ]],
  gain "a" { relevance = 1 }, gain "b" {
    relevnce = 2 },
}
job "Loose" { kind = "fun" }
