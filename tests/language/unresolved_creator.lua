-- A creator that names no gain of its segment is the warning CS018 too.
-- exit: 0
-- stderr: unresolved_creator.lua:9: warning[CS018] unknown-reference: creates "Delivery at hom" names no gain of segment "Buyers"; did you mean "Delivery at home"?
segment "Buyers" {
  gain "Delivery at home" { relevance = 3 },
}
value "Kiosk" {
  segment = "Buyers",
  creates "Delivery at hom" { how = "courier" },
}
