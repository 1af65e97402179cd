-- args: check --only U001,SHOP1
-- id = "SHOP1" gives a check an ID of its own, used in place of U001, U002.
-- stdout: custom_own_id.lua:8: warning[U001] gains-say-when-or-how-much: Gains say when or how much
-- stdout: custom_own_id.lua:9: warning[SHOP1] gains-have-a-relevance: how much does this gain matter?
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Corner shop customers" {
  customer = "consumer",
  gain "Bread still warm when the shop opens" { relevance = 4 },
  gain "Pay by card for under 5 euros" { },
}
check "Gains say when or how much" {
  each = "gain",
  test = function(g) return g.text:find("%d") ~= nil end,
}
check "Gains have a relevance" {
  id = "SHOP1",
  each = "gain",
  test = function(g) return g.relevance ~= nil end,
  message = "how much does this gain matter?",
}
