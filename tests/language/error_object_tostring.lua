-- An error object with a __tostring is shown through it.
-- exit: 3
-- stderr: error_object_tostring.lua:5: error: problem: no buyers yet
local Problem = { __tostring = function(p) return "problem: " .. p.what end }
error(setmetatable({ what = "no buyers yet" }, Problem))
