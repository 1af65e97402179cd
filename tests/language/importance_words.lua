-- The five importance words stand for 1 to 5.
-- exit: 0
-- stdout: a = 1
-- stdout: b = 2
-- stdout: c = 3
-- stdout: d = 4
-- stdout: e = 5
segment "Drivers" {
  job "a" { importance = "low" },
  job "b" { importance = "medium" },
  job "c" { importance = "high" },
  job "d" { importance = "very high" },
  job "e" { importance = "crucial" },
}
for _, n in ipairs(jobs("Drivers")) do print(n.text .. " = " .. n.importance) end
