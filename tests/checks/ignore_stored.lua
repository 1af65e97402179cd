-- args: check --only CS011,CS023
-- An ignore that the script stores on an object after declaring it silences
-- the findings about that object as one written in its table does: without
-- the two stores, CS011 and CS023 are reported.
-- stdout: no findings in 1 file
local a = segment "Students" { need = "cheap lunch", channel = "campus app" }
local b = segment "Apprentices" { need = "cheap lunch", channel = "campus app",
  pain "Queues of 20 minutes at noon" { severity = 5 },
}
b.ignore = { "CS011" }
local p = b.pains[1]
value "Quick lunch" { segment = "Apprentices",
  relieves "Queues of 20 minutes at noon" { how = "order ahead in the app" },
}
p.ignore = { "CS023" }
