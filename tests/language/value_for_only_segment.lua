-- With a single segment, a value proposition without segment = "..." serves
-- that segment.
-- exit: 0
-- stdout: Kiosk serves Buyers and relieves Long queues
segment "Buyers" { pain "Long queues" { } }
value "Kiosk" { relieves "Long queues" { how = "self checkout" } }
local v = seg("Buyers").values[1]
print(v.name .. " serves " .. v.serves.name .. " and relieves " .. v.relievers[1].target.text)
