-- The JSON model of tests/export_json.t: fields of every type a script
-- can declare, ranking by weights (fractional scores) and by a function,
-- a reliever that addresses nothing, an empty segment, text that is not
-- UTF-8 and a number JSON cannot hold.
canvas "Types \"quoted\" / slashed" { market = "segmented" }
field "frequency" { on = "pain", type = "scale", doc = "how often" }
field "cost" { on = "pain", type = "number" }
field "urgent" { on = "note", type = "boolean" }
field "tags" { on = { "segment", "job" }, type = "list" }
field "channelled" { on = "segment", type = "choice", values = { "web", "shop" },
                     aliases = { online = "web" } }
field "owner" { on = "value", type = "text" }

segment "Buyers" {
  id = "buyers",
  tags = { "b", "a" },
  channelled = "online",
  bases = { geographic = "Lyon" },
  archetypes = { "curator" },
  job "Buy \255 spare parts" { importance = 2, urgent = true, tags = "parts" },
  job "Compare offers" { importance = 4, kind = "supporting", role = "buyer" },
  pain "Late delivery" { severity = 5, frequency = 2, cost = 12.5 },
  pain "Wrong part" { severity = 2, frequency = 5, cost = 1e308 * 10 },
  pain "Hidden fees" { frequency = 3 },
  gain "Short" {}, gain "A longer gain" {},
}
segment "Empty" { depends_on = "buyers" }

rank "pains" { by = { severity = 1.5, frequency = 1 } }
rank "gains" { by = function(note) return #note.text end, order = "ascending", segment = "Buyers" }

value "Parts desk" {
  segment = "buyers",
  owner = "sales",
  product "Catalogue" { kind = "digital", id = "cat" },
  relieves "Late delivery" { how = "next-day courier", id = "courier" },
  relieves "No such pain" { how = "nothing" },
  creates "Short" {},
}
