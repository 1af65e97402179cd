-- A note holds fields only: a list item inside it is an error.
-- exit: 3
-- stderr: note_holds_no_list.lua:5: error: job "Buy shoes": a job holds only fields (name = value); found 1 list item
segment "Buyers" {
  job "Buy shoes" { "quickly", importance = 2 },
}
