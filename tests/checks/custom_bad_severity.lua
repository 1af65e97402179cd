-- args: check
-- exit: 3
-- A severity that is not error, warning or info is a load error.
-- stdout: custom_bad_severity.lua:7: error: check "Pains have evidence" has severity = "warn"; use "error", "warning" or "info"; did you mean "warning"?
-- stdout: 1 error, 0 warnings, 0 info in 1 file
segment "Shoppers" { customer = "consumer", pain "Car park full after 10 am" { severity = 3 } }
check "Pains have evidence" {
  severity = "warn",
  each = "pain",
  test = function(p) return p.evidence ~= nil end,
}
