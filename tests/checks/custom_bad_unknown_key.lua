-- args: check
-- exit: 3
-- An unknown key in a check is a load error, with did-you-mean.
-- stdout: custom_bad_unknown_key.lua:7: error: check "Pains have evidence" has the unknown key "tset"; a check takes severity, each, when, test, message, run, id and about; did you mean "test"?
-- stdout: 1 error, 0 warnings, 0 info in 1 file
segment "Shoppers" { customer = "consumer", pain "Car park full after 10 am" { severity = 3 } }
check "Pains have evidence" {
  each = "pain",
  tset = function(p) return p.evidence ~= nil end,
}
