-- args: check --only CS019
-- A tie under a rule by several fields names each part of the score by its
-- field, and a part that a note does not give as none.
-- stdout: cs019_by_fields.lua:10: info[CS019] ranking-tie: 2 pains of segment "Riders" share the scores severity 4, frequency none at ranks 1 to 2 (from "Buses come 15 minutes late"); their order is only the order they were written in: give them different scores
-- stdout: 0 errors, 0 warnings, 1 info in 1 file
field "frequency" { on = "pain", type = "scale" }
segment "Riders" {
  customer = "consumer",
  pain "Buses come 15 minutes late" { severity = 4 },
  pain "No seat at rush hour on line 12" { severity = 4 },
  pain "Ticket machines take no cards" { severity = 2, frequency = 5 },
}
rank "pains" { by = { "severity", "frequency" } }
