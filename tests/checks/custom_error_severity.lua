-- args: check --only U001
-- exit: 1
-- A custom check with severity = "error" fails the check.
-- stdout: custom_error_severity.lua:8: error[U001] every-side-names-the-sides-it-needs: say which sides this one needs
-- stdout: 1 error, 0 warnings, 0 info in 1 file
canvas "Card network" { market = "multi-sided" }
segment "Cardholders" { customer = "consumer", depends_on = { "Merchants" } }
segment "Merchants" { customer = "business" }
check "Every side names the sides it needs" {
  severity = "error",
  each = "segment",
  test = function(s) return s.depends_on ~= nil and #s.depends_on > 0 end,
  message = "say which sides this one needs",
}
