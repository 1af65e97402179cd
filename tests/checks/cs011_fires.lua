-- args: check --only CS011
-- A retail bank's clients by net worth: the second segment repeats the
-- first's signs (other capitals and spacing); the third declares one sign
-- more, but on the signs both declare it is the first again.
-- stdout: cs011_fires.lua:14: warning[CS011] indistinct-segments: segment "Clients with 250,000" differs from segment "Clients with 100,000" at cs011_fires.lua:8 in none of the signs both declare (need, channel and relationship); merge them, or say what sets them apart
-- stdout: cs011_fires.lua:20: warning[CS011] indistinct-segments: segment "Clients with 500,000" differs from segment "Clients with 100,000" at cs011_fires.lua:8 in none of the signs both declare (need and channel); merge them, or say what sets them apart
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Clients with 100,000" {
  customer = "consumer",
  need = "grow savings without effort",
  channel = "Branch adviser",
  relationship = "personal assistance",
}
segment "Clients with 250,000" {
  customer = "consumer",
  need = "Grow savings  without effort",
  channel = "branch adviser",
  relationship = "Personal assistance",
}
segment "Clients with 500,000" {
  customer = "consumer",
  need = "grow savings without effort",
  channel = "branch adviser",
  profitability = "high",
}
