-- fit(segment) in a script: the top notes of each kind with what addresses
-- them, coverage and stage, as data; checks { top_k = 1 } narrows the top.
-- exit: 0
-- stdout: top_k 1, coverage 2/3, on paper
-- stdout: jobs	Get to work by bike in 20 minutes	by Safe parking
-- stdout: pains	Bike stolen at the station	by Safe parking
-- stdout: gains	Free repairs for the first year	unaddressed
-- stdout: unaddressed: Free repairs for the first year
checks { top_k = 1 }
segment "Cyclists" {
  job "Get to work by bike in 20 minutes" { importance = 5 },
  job "Carry a laptop dry" { importance = 4 },
  pain "Bike stolen at the station" { severity = 5 },
  gain "Free repairs for the first year" { relevance = 3 },
}
value "Safe parking" { segment = "Cyclists",
  helps "Get to work by bike in 20 minutes" { how = "lockers" },
  relieves "Bike stolen at the station" { how = "guarded racks" },
}
local f = fit "Cyclists"
print("top_k " .. f.top_k .. ", coverage " .. f.covered .. "/" .. f.total .. ", " .. f.stage)
for _, kind in ipairs { "jobs", "pains", "gains" } do
  for _, e in ipairs(f[kind].top) do
    print(kind, e.note.text, #e.by > 0 and ("by " .. e.by[1].value.name) or "unaddressed")
  end
end
print("unaddressed: " .. f.unaddressed[1].text)
