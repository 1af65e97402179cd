-- A rule for a segment that does not exist is an unresolved reference: a
-- warning with a suggestion, not a load error.
-- stderr: rule_for_missing_segment.lua:5: warning[CS018] unknown-reference: rank "pains": segment = "Comuters" names no segment; did you mean "Commuters"?
segment "Commuters" { pain "Late trains" { severity = 4 } }
rank "pains" {
  by = "severity", segment = "Comuters" }
