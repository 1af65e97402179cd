-- The error object's __tostring fails in its turn: the message falls back
-- to the object's type, at the line of the first error.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr: tostring_errors_in_error_object.lua:7: error: (error object is a table value)
local Problem = { __tostring = function() error("cannot describe myself") end }
error(setmetatable({}, Problem))
