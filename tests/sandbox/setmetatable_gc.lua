-- A metatable with __gc is refused: finalizers run where limits cannot reach.
-- exit: 3
-- stderr: setmetatable_gc.lua:5: error: setmetatable: __gc finalizers are not allowed in canvas scripts (run with --trust to allow them)
setmetatable({}, { __index = {} })
setmetatable({}, { __gc = function() print("a finalizer ran") end })
