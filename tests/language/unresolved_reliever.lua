-- A reliever that names no pain of its segment is not a load error: it is the
-- finding CS018, a warning with a did-you-mean, and the run succeeds.
-- exit: 0
-- stdout: value "Kiosk"  (unresolved_reliever.lua:12)
-- stdout:   segment: Buyers
-- stdout:   relieves "Long queues at the til"  (unresolved)
-- stdout:       how: self checkout
-- stderr: unresolved_reliever.lua:14: warning[CS018] unknown-reference: relieves "Long queues at the til" names no pain of segment "Buyers"; did you mean "Long queues at the till"?
segment "Buyers" {
  pain "Long queues at the till" { severity = 4 },
}
value "Kiosk" {
  segment = "Buyers",
  relieves "Long queues at the til" { how = "self checkout" },
}
show(seg("Buyers").values[1])
