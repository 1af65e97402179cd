-- args: check --only U001,U002,U003
-- exit: 1
-- A check whose test raises an error is reported at the check's own line
-- as an error, naming the note it failed on; the checks before and after
-- it still run.
-- stdout: custom_test_raises.lua:12: warning[U003] pains-are-short: Pains are short
-- stdout: custom_test_raises.lua:13: warning[U001] pains-are-severe: Pains are severe
-- stdout: custom_test_raises.lua:16: error[U002] pains-say-who-has-them: check "Pains say who has them" failed: custom_test_raises.lua:18: attempt to index a nil value (field 'who') (for pain "Car park full after 10 am" at custom_test_raises.lua:13)
-- stdout: 1 error, 2 warnings, 0 info in 1 file
segment "Shoppers" {
  customer = "consumer",
  pain "Waiting more than 10 minutes at the till" { severity = 4, who = "parents with toddlers" },
  pain "Car park full after 10 am" { severity = 3 },
}
check "Pains are severe" { each = "pain", test = function(p) return p.severity >= 4 end }
check "Pains say who has them" {
  each = "pain",
  test = function(p) return p.who:find("parents") ~= nil end,
}
check "Pains are short" { each = "pain", test = function(p) return #p.text < 40 end }
