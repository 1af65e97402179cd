-- args: check --only CS019
-- Equal severities told apart by a ranking rule with a second field; the
-- gains' rule leaves two of them tied.
-- stdout: cs019_rank_rule.lua:14: info[CS019] ranking-tie: 2 gains of segment "Riders" share the score 4 at ranks 1 to 2 (from "Live arrival time at every stop"); their order is only the order they were written in: give them different scores
-- stdout: 0 errors, 0 warnings, 1 info in 1 file
field "frequency" { on = "pain", type = "scale" }
rank "pains" { by = { severity = 2, frequency = 1 } }
segment "Riders" {
  customer = "consumer",
  pain "Bus 15 minutes late" { severity = 4, frequency = 5 },
  pain "No seat at rush hour" { severity = 4, frequency = 3 },
  pain "Ticket machine takes no cards" { severity = 4, frequency = 1 },
  gain "Live arrival time at every stop" { relevance = 4 },
  gain "Tap in with a bank card" { relevance = 4 },
}
