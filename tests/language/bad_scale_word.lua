-- A scale word that the scale does not have is a load error that names the
-- file, the line, the field, the value given and the values allowed.
-- exit: 3
-- stderr: bad_scale_word.lua:8: error: pain "Waiting in line": severity = "high" is not a severity word; use a whole number 1..5 or one of "moderate" (1), "considerable" (2), "severe" (3), "very severe" (4) or "extreme" (5)
segment "Commuters" {
  job "Get to work on time" { kind = "functional" },

  pain "Waiting in line" { severity = "high" },
}
