-- args: check --ignore CS001,CS019
-- checks { ignore = { "U001" } } in the script silences a custom check,
-- even one declared after it; a note's own ignore = "U002" and an
-- inline comment silence one there.
-- stdout: custom_ignore_checks.lua:13: warning[U003] pains-are-observed: Pains are observed
-- stdout: custom_ignore_checks.lua:14: warning[U002] pains-rest-on-interviews: Pains rest on interviews
-- stdout: custom_ignore_checks.lua:15: warning[U002] pains-rest-on-interviews: Pains rest on interviews
-- stdout: custom_ignore_checks.lua:15: warning[U003] pains-are-observed: Pains are observed
-- stdout: 0 errors, 4 warnings, 0 info in 1 file
checks { ignore = { "U001" } }
segment "Shoppers" {
  customer = "consumer",
  pain "Car park full after 10 am" { severity = 5, ignore = "U002" },
  pain "Waiting more than 10 minutes at the till" { severity = 5 },  -- canvas: ignore U003
  pain "Self-checkout rejects loose fruit" { severity = 5 },
}
check "Extreme pains rest on evidence" { each = "pain", test = function(p) return p.evidence ~= nil end }
check "Pains rest on interviews" { each = "pain", test = function(p) return p.evidence ~= nil end }
check "Pains are observed" { each = "pain", test = function(p) return p.confidence == "observed" end }
