-- Notes written after a segment's declaration, outside its table, belong to
-- the segment declared most recently before them; relievers and creators
-- belong to the value proposition before them.
-- exit: 0
-- stdout: segment "Buyers" (1 job, 1 pain, 1 gain)
-- stdout:   job "Buy shoes"
-- stdout:   pain "Long queues" [severity 4 (very severe)]
-- stdout:   gain "Delivery at home"
-- stdout: segment "Sellers" (1 job, 0 pains, 0 gains)
-- stdout:   job "Sell shoes"
-- stdout: value "Kiosk" for "Buyers" (0 products, 1 reliever, 0 creators)
segment "Buyers" { job "Buy shoes" { } }
pain "Long queues" { severity = 4 }
gain "Delivery at home" { }
segment "Sellers" { }
job "Sell shoes" { }
value "Kiosk" { segment = "Buyers" }
relieves "Long queues" { how = "self checkout" }
for _, s in ipairs(segments()) do
  print(s)
  for _, n in ipairs(s.jobs) do print("  " .. tostring(n)) end
  for _, n in ipairs(s.pains) do print("  " .. tostring(n)) end
  for _, n in ipairs(s.gains) do print("  " .. tostring(n)) end
end
print(seg("Buyers").values[1])
