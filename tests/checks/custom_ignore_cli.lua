-- args: check --only U001,U002 --ignore U001
-- --ignore silences a custom check by its ID.
-- stdout: custom_ignore_cli.lua:7: warning[U002] pains-name-a-time: Pains name a time
-- stdout: 0 errors, 1 warning, 0 info in 1 file
segment "Shoppers" {
  customer = "consumer",
  pain "Car park full after 10 am" { severity = 5 },
}
check "Extreme pains rest on evidence" { each = "pain", test = function(p) return p.evidence ~= nil end }
check "Pains name a time" { each = "pain", test = function(p) return p.text:find("%d") == nil end }
