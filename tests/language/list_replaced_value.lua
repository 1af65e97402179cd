-- A value proposition whose relievers the script replaced with something that
-- is no list is a load error at the value proposition.
-- exit: 3
-- stderr: list_replaced_value.lua:6: error: value "Self-checkout": its relievers were replaced by the script (now "Queues at the till"); declare them inside it, relieves "..." { ... }, instead of storing into .relievers
segment "Shoppers" { pain "Queues at the till" { severity = 4 } }
local v = value "Self-checkout" { segment = "Shoppers" }
rawset(v, "relievers", "Queues at the till")
