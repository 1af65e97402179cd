-- A list field takes text or a list of text; with values it takes only
-- those words. A single value is a list of one.
-- exit: 0
-- stdout: segment "Runners"  (field_list.lua:17)
-- stdout:   jobs (1)
-- stdout:     - Train
-- stdout:         tags: weekly
-- stdout:   pains (0)
-- stdout:   gains (1)
-- stdout:     - Finish the race
-- stdout:         tags: goal, race day
-- stdout:         stage: during, after
-- stdout: gains after the race: 1
-- stdout: gains before the race: 0
field "tags" { on = "note", type = "list" }
field "stage" { on = "gain", type = "list", values = { "before", "during", "after" } }
segment "Runners" {
  job "Train" { tags = "weekly" },
  gain "Finish the race" { tags = { "goal", "race day" }, stage = { "during", "AFTER" } },
}
show(seg "Runners")
print("gains after the race: " .. #gains("Runners", { stage = "after" }))
print("gains before the race: " .. #gains("Runners", { stage = "before" }))
