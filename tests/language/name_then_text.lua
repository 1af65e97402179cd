-- After its text a declaration expects a table of fields, not more text.
-- exit: 3
-- stderr: name_then_text.lua:5: error: job "Buy shoes" expects a table of fields { ... } after its name; got "quickly"
segment "Buyers" {
  job "Buy shoes" "quickly",
}
