-- args: check
-- exit: 3
-- test must be a function; every bad declaration of the script is
-- reported, each at its own line (an each misspelt gets did-you-mean).
-- stdout: custom_bad_test.lua:9: error: check "Pains have evidence": test must be a function; got "evidence ~= nil"
-- stdout: custom_bad_test.lua:10: error: check "Gains are measurable" needs each = job, pain, gain, note, segment, value, reliever, creator or helper (what it looks at) and test = function(x) returning true when x is fine; got each = "gian"; did you mean "gain"?
-- stdout: 2 errors, 0 warnings, 0 info in 1 file
segment "Shoppers" { customer = "consumer", pain "Car park full after 10 am" { severity = 3 } }
check "Pains have evidence" { each = "pain", test = "evidence ~= nil" }
check "Gains are measurable" { each = "gian", test = function(g) return g.text:find("%d") end }
