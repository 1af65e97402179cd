-- args: run
-- findings() runs every check, custom ones too, and returns the findings
-- sorted by line, each with file, line, id, name, severity, message and
-- the object it is about; canvas run prints only what the script prints.
-- stdout: 2
-- stdout: findings_in_run.lua	15	CS005	vague-note	warning
-- stdout: pain "Checkout is slow" is vague: "slow" says how much only with a number
-- stdout: Checkout is slow
-- stdout: U001	17	warning	Self-checkout rejects loose fruit 1 time in 3
segment "Supermarket shoppers" {
  customer = "consumer",
  job "Buy the week's groceries on Saturday" { kind = "functional", importance = 4 },
  job "Feel the family eats well for under 120 euros a week" { kind = "emotional", importance = 5 },
  job "Be seen by the neighbours with reusable bags" { kind = "social", importance = 2 },
  pain "Checkout is slow" { severity = 3 },
  pain "Car park full after 10 am" { severity = 4 },
  pain "Self-checkout rejects loose fruit 1 time in 3" { severity = 2 },
  gain "Groceries packed and in the car in 15 minutes" { relevance = 4 },
  gain "Organic milk in stock until 8 pm" { relevance = 3 },
  gain "Prices shown per kilo on every shelf" { relevance = 2 },
}
check "Pains are severe" { each = "pain", test = function(p) return p.severity >= 3 end }
local list = findings()
print(#list)
local f = list[1]
print(f.file, f.line, f.id, f.name, f.severity)
print(f.message)
print(f.object.text)
print(list[2].id, list[2].line, list[2].severity, list[2].object.text)
