-- args: check
-- exit: 3
-- A check with a test but nothing to iterate over is a load error.
-- stdout: custom_bad_each_missing.lua:7: error: check "Pains have evidence" needs each = job, pain, gain, note, segment, value, reliever, creator or helper (what it looks at) and test = function(x) returning true when x is fine; got each = nil
-- stdout: 1 error, 0 warnings, 0 info in 1 file
segment "Shoppers" { customer = "consumer", pain "Car park full after 10 am" { severity = 3 } }
check "Pains have evidence" {
  test = function(p) return p.evidence ~= nil end,
}
