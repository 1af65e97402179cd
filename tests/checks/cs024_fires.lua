-- args: check --only CS024
-- A reliever whose name is one pain's id and another pain's text, and a
-- creator whose text matches two gains; a value whose segment name is one
-- segment's id and another's name.
-- stdout: cs024_fires.lua:19: warning[CS024] ambiguous-reference: value "Pay at the table": segment = "Regulars": it is the id of segment "Diners" at cs024_fires.lua:9 and the name of segment "Regulars" at cs024_fires.lua:18; the id wins. Give the segment an id that is no other segment's name
-- stdout: cs024_fires.lua:20: warning[CS024] ambiguous-reference: relieves "Bill": "Bill" is the id of pain "Waiting 25 minutes for the bill" at cs024_fires.lua:13 and the text of pain "Bill" at cs024_fires.lua:14; the id wins. Give the note an id that is no other note's text
-- stdout: cs024_fires.lua:21: warning[CS024] ambiguous-reference: creates "Table booked from the office" could mean gain "Table booked from the office" at cs024_fires.lua:15 or gain "Table booked from the office" at cs024_fires.lua:16, which have the same text; the first is used. Give each gain its own text, or an id to refer to it by
-- stdout: 0 errors, 3 warnings, 0 info in 1 file
segment "Diners" {
  id = "Regulars",
  customer = "consumer",
  job "Eat out with colleagues at lunch" { kind = "social", importance = 4 },
  pain "Waiting 25 minutes for the bill" { id = "Bill", severity = 4 },
  pain "Bill" { severity = 2 },
  gain "Table booked from the office" { relevance = 3 },
  gain "Table booked from the office" { relevance = 2 },
}
segment "Regulars" { customer = "consumer" }
value "Pay at the table" { segment = "Regulars",
  relieves "Bill" { how = "pay by phone at the table" },
  creates "Table booked from the office" { how = "web booking" },
}
