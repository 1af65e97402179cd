-- References match a note or segment by id as well as by exact text, and
-- the value proposition finds its targets wherever they are declared.
-- exit: 0
-- stdout: Kiosk serves Buyers
-- stdout: relieves Long queues at the till
-- stdout: creates Delivery at home
-- stdout: Couriers depend on Buyers
-- stdout: value "Kiosk"  (references_by_id.lua:14)
-- stdout:   segment: buyers
-- stdout:   relieves "queue"
-- stdout:       how: self checkout
-- stdout:   creates "Delivery at home"
-- stdout:       how: courier
value "Kiosk" {
  segment = "buyers",
  relieves "queue" { how = "self checkout" },
  creates "Delivery at home" { how = "courier" },
}
segment "Buyers" {
  id = "buyers",
  pain "Long queues at the till" { id = "queue", severity = 4 },
  gain "Delivery at home" { relevance = 3 },
}
segment "Couriers" { depends_on = "buyers" }
local v = seg("Buyers").values[1]
print(v.name .. " serves " .. v.serves.name)
print("relieves " .. v.relievers[1].target.text)
print("creates " .. v.creators[1].target.text)
print("Couriers depend on " .. seg("Couriers").sides[1].name)
show(v)
