-- setmetatable on a canvas object or on _ENV is refused, at the script's line.
-- exit: 3
-- stdout: false	setmetatable_on_canvas_objects.lua:6: setmetatable: cannot change a protected metatable (canvas objects and the script's globals keep theirs)
-- stderr: setmetatable_on_canvas_objects.lua:7: error: setmetatable: cannot change a protected metatable (canvas objects and the script's globals keep theirs)
local s = segment "Commuters" { job "Get to work" { importance = 3 } }
print(pcall(function() setmetatable(_ENV, nil) end))
setmetatable(s, {})
