-- args: check --only CS011
-- Segments that differ in one sign, segments with no sign in common, and
-- segments that declare no sign at all are not reported.
-- stdout: no findings in 1 file
segment "Clients with 100,000" {
  need = "grow savings without effort",
  channel = "branch adviser",
  relationship = "personal assistance",
}
segment "Clients with 500,000" {
  need = "grow savings without effort",
  channel = "branch adviser",
  relationship = "dedicated private banker",
}
segment "Students" { willingness_to_pay = "nothing for a basic account" }
segment "Pensioners" { profitability = "medium" }
segment "Newcomers to the country" { }
segment "Small businesses" { }
