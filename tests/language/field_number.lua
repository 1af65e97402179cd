-- A number field takes any number, whole or not.
-- exit: 0
-- stdout: Shoes wear out costs 129.5
-- stdout: Race fees costs 80
field "cost" { on = "pain", type = "number" }
segment "Runners" {
  pain "Shoes wear out" { cost = 129.5 },
  pain "Race fees" { cost = 80 },
}
for _, p in ipairs(pains("Runners")) do print(p.text .. " costs " .. p.cost) end
