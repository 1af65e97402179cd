-- args: check --only U001,U002,U003,U004
-- exit: 1
-- each = "note" looks at jobs, pains and gains; "reliever", "creator" and
-- "value" at the value map; checks { severity = ... } changes a custom
-- check's severity as it does a built-in rule's.
-- stdout: custom_each_kinds.lua:15: warning[U001] notes-are-observed: Notes are observed
-- stdout: custom_each_kinds.lua:17: warning[U001] notes-are-observed: Notes are observed
-- stdout: custom_each_kinds.lua:19: error[U004] values-name-a-product: value Travel card offers no product
-- stdout: custom_each_kinds.lua:21: warning[U003] creators-say-how: Creators say how
-- stdout: custom_each_kinds.lua:23: error[U004] values-name-a-product: value Card insurance offers no product
-- stdout: 2 errors, 3 warnings, 0 info in 1 file
checks { severity = { U004 = "error" } }
segment "Cardholders" {
  customer = "consumer",
  job "Pay abroad without thinking about the card" { kind = "functional", importance = 4 },
  pain "Card blocked at a foreign till twice a year" { severity = 4, confidence = "observed" },
  gain "Spending summary every Sunday" { relevance = 3 },
}
value "Travel card" { segment = "Cardholders",
  relieves "Card blocked at a foreign till twice a year" { how = "travel notice from the app" },
  creates "Spending summary every Sunday" { },
}
value "Card insurance" { segment = "Cardholders" }
check "Notes are observed" { each = "note", test = function(n) return n.confidence ~= nil end }
check "Relievers say how" { each = "relievers", test = function(r) return r.how ~= nil end }
check "Creators say how" { each = "creator", test = function(c) return c.how ~= nil end }
check "Values name a product" {
  each = "value",
  test = function(v) return #v.products > 0 end,
  message = function(v) return "value " .. v.name .. " offers no product" end,
}
