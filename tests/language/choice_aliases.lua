-- Choices accept their documented aliases and any case, and store the
-- canonical word: personal is emotional, "behavioural" is the behavioral
-- basis, and so on.
-- exit: 0
-- stdout: business | consumer | business
-- stdout: buys yearly
-- stdout: a | emotional | nil
-- stdout: b | supporting | co-creator
-- stdout: emotional | undesired-outcome
-- stdout: d | emotional | nil
-- stdout: e | cost-saving | required
-- stdout: physical | intangible
-- stdout: canvas "Aliases"  (choice_aliases.lua:19)
-- stdout:   market: multi-sided
-- stdout:   segment "Firms" (2 jobs, 1 pain, 2 gains)
-- stdout:   segment "People" (0 jobs, 0 pains, 0 gains)
-- stdout:   segment "Schools" (0 jobs, 0 pains, 0 gains)
-- stdout:   value "Kit" for "Firms" (2 products, 0 relievers, 0 creators)
canvas "Aliases" { market = "Multi-Sided Platform" }
segment "Firms" {
  customer = "B2B",
  bases = { behavioural = "buys yearly" },
  job "a" { kind = "personal" },
  job "b" { kind = "supporting", role = "cocreator" },
  pain "c" { kind = "Personal", type = "outcome" },
  gain "d" { kind = "personal" },
  gain "e" { kind = "savings", level = "REQUIRED" },
}
segment "People" { customer = "b2c" }
segment "Schools" { customer = "organisation" }
value "Kit" { segment = "Firms", product "Box" { kind = "tangible" }, product "Help" { kind = "service" } }
local function say(...) print(table.concat({ ... }, " | ")) end
say(seg("Firms").customer, seg("People").customer, seg("Schools").customer)
say(seg("Firms").bases.behavioral)
for _, n in ipairs(jobs("Firms")) do say(n.text, n.kind, tostring(n.role)) end
say(pains("Firms")[1].kind, pains("Firms")[1].type)
for _, n in ipairs(gains("Firms")) do say(n.text, n.kind, tostring(n.level)) end
local v = seg("Firms").values[1]
say(v.products[1].kind, v.products[2].kind)
show()
