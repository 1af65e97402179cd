-- Weights add up each field times its weight; the score is the sum.
-- stdout: 1 Late trains 14
-- stdout: 2 Expensive tickets 11
-- stdout: 3 Crowded carriages 11
-- stdout: 4 No wifi 5
field "frequency" { on = "pain", type = "scale" }
segment "Commuters" {
  pain "Expensive tickets" { severity = 3, frequency = 5 },
  pain "Crowded carriages" { severity = 5, frequency = 1 },
  pain "No wifi" { frequency = 5 },
  pain "Late trains" { severity = 5, frequency = 4 },
}
rank "pains" { by = { severity = 2, frequency = 1 } }
for _, p in ipairs(ranked("Commuters").pains) do
  print(p.rank .. " " .. p.text .. " " .. p.score)
end
