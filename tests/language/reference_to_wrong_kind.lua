-- A reliever must name a pain: an id that belongs to a gain is reported,
-- saying what that id is.
-- exit: 0
-- stderr: reference_to_wrong_kind.lua:10: warning[CS018] unknown-reference: relieves "home" names no pain of segment "Buyers" (that id is gain "Delivery at home")
segment "Buyers" {
  gain "Delivery at home" { id = "home" },
}
value "Kiosk" {
  segment = "Buyers",
  relieves "home" { how = "courier" },
}
