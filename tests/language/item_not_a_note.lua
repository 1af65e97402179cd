-- The list part of a segment holds jobs, pains and gains; of a value, its
-- products, relievers and creators. Anything else is named in the error.
-- exit: 3
-- stderr: item_not_a_note.lua:7: error: segment "Buyers": item 1 is "Buy shoes"; the table of a segment holds fields and gain, job or pain declarations
-- stderr: item_not_a_note.lua:7: error: segment "Buyers": item 2 is 42; the table of a segment holds fields and gain, job or pain declarations
-- stderr: item_not_a_note.lua:11: error: value "Kiosk": item 1 is pain "Long queues"; the table of a value holds fields and creates, helps, product or relieves declarations
segment "Buyers" {
  "Buy shoes",
  42,
}
value "Kiosk" {
  segment = "Buyers",
  pain "Long queues" { },
}
