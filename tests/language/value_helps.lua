-- helps names a job of the value's segment, by id or exact text, as
-- relieves names a pain; a helper that names a pain says so, and a
-- misspelt one gets a suggestion.
-- exit: 0
-- stdout: value "Safe parking" for "Cyclists" (0 products, 0 relievers, 0 creators, 2 helpers)
-- stdout: helps -> Get to work by bike in 20 minutes
-- stderr: value_helps.lua:15: warning[CS018] unknown-reference: helps "Bike stolen at the station" names no job of segment "Cyclists"; "Bike stolen at the station" is a pain of that segment (relieves "Bike stolen at the station" addresses it)
segment "Cyclists" {
  job "Get to work by bike in 20 minutes" { id = "commute", importance = 5 },
  pain "Bike stolen at the station" { severity = 5 },
  gain "Free repairs for the first year" { relevance = 3 },
}
value "Safe parking" { segment = "Cyclists",
  helps "commute" { how = "a locker at every station" },
  helps "Bike stolen at the station" { how = "?" },
}
local v = seg("Cyclists").values[1]
print(tostring(v))
print("helps -> " .. v.helpers[1].target.text)
