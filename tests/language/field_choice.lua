-- A choice field takes one of its values or aliases, in any case.
-- exit: 0
-- stdout: Runners: club
-- stdout: Walkers: online
field "reached_by" { on = "segment", type = "choice", values = { "online", "shop", "club" },
  aliases = { web = "online" } }
segment "Runners" { reached_by = "Club" }
segment "Walkers" { reached_by = "web" }
print("Runners: " .. seg("Runners").reached_by)
print("Walkers: " .. seg("Walkers").reached_by)
