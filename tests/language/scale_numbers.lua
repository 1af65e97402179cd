-- Scales take the whole numbers 1 to 5 (3.0 counts as 3) and store them as
-- integers.
-- exit: 0
-- stdout: Get home = 1
-- stdout: Park near work = 5
-- stdout: Traffic jams = 3 (integer)
-- stdout: 2
segment "Drivers" {
  job "Get home" { importance = 1 },
  job "Park near work" { importance = 5 },
  pain "Traffic jams" { severity = 3.0 },
  gain "Arrive on time" { relevance = 2 },
}
for _, n in ipairs(jobs("Drivers")) do print(n.text .. " = " .. n.importance) end
local p = pains("Drivers")[1]
print(p.text .. " = " .. p.severity .. " (" .. math.type(p.severity) .. ")")
print(gains("Drivers")[1].relevance)
