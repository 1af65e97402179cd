-- Ids are unique across the whole model.
-- exit: 3
-- stderr: duplicate_ids.lua:8: error: pain "Shoes pinch": id "shoes" is already used by job "Buy shoes" at duplicate_ids.lua:7; ids must be unique
-- stderr: duplicate_ids.lua:10: error: value "Kiosk": id "b" is already used by segment "Buyers" at duplicate_ids.lua:5; ids must be unique
segment "Buyers" {
  id = "b",
  job "Buy shoes" { id = "shoes" },
  pain "Shoes pinch" { id = "shoes" },
}
value "Kiosk" { segment = "Buyers", id = "b" }
