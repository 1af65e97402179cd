-- A rule can rank by several fields in order: the second breaks ties of the
-- first; a note missing a field counts lowest for it.
-- stdout: Late trains 5,4
-- stdout: Crowded carriages 5,2
-- stdout: Delays announced late 5,-
-- stdout: Expensive tickets 3,5
-- stdout: No wifi -,5
field "frequency" { on = "pain", type = "scale" }
segment "Commuters" {
  pain "Expensive tickets" { severity = 3, frequency = 5 },
  pain "Crowded carriages" { severity = 5, frequency = 2 },
  pain "No wifi" { frequency = 5 },
  pain "Late trains" { severity = 5, frequency = 4 },
  pain "Delays announced late" { severity = 5 },
}
rank "pains" { by = { "severity", "frequency" } }
for _, p in ipairs(ranked("Commuters").pains) do
  print(p.text .. " " .. (p.severity or "-") .. "," .. (p.frequency or "-"))
end
