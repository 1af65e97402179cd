-- Lists and tables of named texts say which entry is wrong: an archetype
-- that is not one, a basis that is not one, an entry that is not text.
-- exit: 3
-- stderr: list_and_map_errors.lua:13: error: segment "Runners": bases has the key "demographc"; use demographic, geographic, psychographic and/or behavioral; did you mean 'demographic'?
-- stderr: list_and_map_errors.lua:14: error: segment "Runners": archetypes has "curater", which is not allowed; use a list of "curator", "broadcaster", "tastemaker" and/or "celebrity"; did you mean "curator"?
-- stderr: list_and_map_errors.lua:15: error: job "Train": tags has 2; use text or a list of text
-- stderr: list_and_map_errors.lua:16: error: pain "Sore knees": evidence has true; use text or a list of text
-- stderr: list_and_map_errors.lua:18: error: segment "Walkers": bases has geographic = 3; write it as text
-- stderr: list_and_map_errors.lua:18: error: segment "Walkers": depends_on has 7; write each name in quotes
-- stderr: list_and_map_errors.lua:19: error: segment "Cyclists": bases = "everyone" is not a table; use a table with demographic, geographic, psychographic and/or behavioral (text each)
field "tags" { on = "job", type = "list" }
segment "Runners" {
  bases = { demographc = "over 40" },
  archetypes = { "curator", "curater" },
  job "Train" { tags = { "weekly", 2 } },
  pain "Sore knees" { evidence = { "interview 4", true } },
}
segment "Walkers" { bases = { geographic = 3 }, depends_on = { "Runners", 7 } }
segment "Cyclists" { bases = "everyone" }
