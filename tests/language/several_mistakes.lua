-- Every declaration mistake is reported, in line order, before the run exits
-- with status 3; the script runs to its end. The segment's own mistake comes
-- first although Lua builds its notes before the segment's table.
-- exit: 3
-- stdout: the script ran to its end
-- stderr: several_mistakes.lua:12: error: segment "Buyers": customer = "robot" is not allowed; use one of "consumer" or "business"
-- stderr: several_mistakes.lua:13: error: gain "Free delivery": relevance = "huge" is not a relevance word; use a whole number 1..5 or one of "nice to have" (1), "useful" (2), "important" (3), "very important" (4) or "essential" (5)
-- stderr: several_mistakes.lua:14: error: job "Buy shoes": importance = 9 is outside the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
-- stderr: several_mistakes.lua:15: error: pain "Long queues": unknown field 'sevrity' for a pain; did you mean 'severity'?
-- stderr: several_mistakes.lua:17: error: pain "Shoes pinch": kind = "painful" is not allowed; use one of "functional", "social", "emotional" or "ancillary"
-- stderr: several_mistakes.lua:18: error: segment "Sellers": unknown field 'custmer' for a segment; did you mean 'customer'?
segment "Buyers" { customer = "robot",
  gain "Free delivery" { relevance = "huge" },
  job "Buy shoes" { importance = 9 },
  pain "Long queues" { sevrity = 2 },
}
pain "Shoes pinch" { kind = "painful" }
segment "Sellers" { custmer = "business" }
print("the script ran to its end")
