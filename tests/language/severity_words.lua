-- The five severity words stand for 1 to 5.
-- exit: 0
-- stdout: a = 1
-- stdout: b = 2
-- stdout: c = 3
-- stdout: d = 4
-- stdout: e = 5
segment "Drivers" {
  pain "a" { severity = "moderate" },
  pain "b" { severity = "considerable" },
  pain "c" { severity = "severe" },
  pain "d" { severity = "very severe" },
  pain "e" { severity = "extreme" },
}
for _, n in ipairs(pains("Drivers")) do print(n.text .. " = " .. n.severity) end
