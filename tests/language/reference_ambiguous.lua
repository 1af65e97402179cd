-- A reference matches by id first, then by text. One that could mean two
-- notes (an id equal to another note's text, or two notes with the same
-- text) or two segments is the warning CS024; the id wins, else the first.
-- exit: 0
-- stdout: wait -> Queues at the till
-- stdout: Slow delivery -> Slow delivery (line 14)
-- stdout: shoppers -> Shoppers
-- stderr: reference_ambiguous.lua:19: warning[CS024] ambiguous-reference: value "Shop": segment = "shoppers": it is the id of segment "Shoppers" at reference_ambiguous.lua:11 and the name of segment "shoppers" at reference_ambiguous.lua:18; the id wins. Give the segment an id that is no other segment's name
-- stderr: reference_ambiguous.lua:20: warning[CS024] ambiguous-reference: relieves "wait": "wait" is the id of pain "Queues at the till" at reference_ambiguous.lua:13 and the text of pain "wait" at reference_ambiguous.lua:15; the id wins. Give the note an id that is no other note's text
-- stderr: reference_ambiguous.lua:21: warning[CS024] ambiguous-reference: relieves "Slow delivery" could mean pain "Slow delivery" at reference_ambiguous.lua:14 or pain "Slow delivery" at reference_ambiguous.lua:16, which have the same text; the first is used. Give each pain its own text, or an id to refer to it by
segment "Shoppers" {
  id = "shoppers",
  pain "Queues at the till" { id = "wait", severity = 4 },
  pain "Slow delivery" { severity = 3 },
  pain "wait" { severity = 2 },
  pain "Slow delivery" { severity = 1 },
}
segment "shoppers" { }
value "Shop" { segment = "shoppers",
  relieves "wait" { how = "more tills" },
  relieves "Slow delivery" { how = "couriers" },
}
local v = segments()[1].values[1]
print("wait -> " .. v.relievers[1].target.text)
print("Slow delivery -> " .. v.relievers[2].target.text .. " (line " .. v.relievers[2].target.line .. ")")
print("shoppers -> " .. v.serves.name)
