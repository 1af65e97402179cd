-- The error object's __tostring returns a table instead of text: the
-- message falls back to the object's type.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr: tostring_returns_table_in_error_object.lua:7: error: (error object is a table value)
local Problem = { __tostring = function() return {} end }
error(setmetatable({}, Problem))
