-- A list of a segment that the script replaced (here by texts, a common
-- mistake: notes are declared, not assigned) is a load error at the
-- segment, not a failure of ranking or of the checks.
-- exit: 3
-- stderr: list_replaced.lua:6: error: segment "Shoppers": its pains were replaced by the script (now a table holding "Slow checkout"); declare them inside it, pain "..." { ... }, instead of storing into .pains
local s = segment "Shoppers" {
  pain "Queues at the till" { severity = 4 },
}
s.pains = { s.pains[1], "Slow checkout", "Rude staff" }
