-- Finalizers run where no limit can stop them, so a metatable with __gc is
-- refused whatever its value; one added to a metatable afterwards never
-- runs (Lua registers finalizers only in setmetatable).
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stdout: false	gc_metatable_refused.lua:11: setmetatable: __gc finalizers are not allowed in canvas scripts (run with --trust to allow them)
-- stdout: false	gc_metatable_refused.lua:12: setmetatable: __gc finalizers are not allowed in canvas scripts (run with --trust to allow them)
-- stdout: collected; no finalizer ran
-- stderr: gc_metatable_refused.lua:19: error: setmetatable: __gc finalizers are not allowed in canvas scripts (run with --trust to allow them)
local function loop() while true do end end
print(pcall(function() local t = setmetatable({}, { __gc = loop }) end))
print(pcall(function() local t = setmetatable({}, { __gc = false }) end))
local mt = {}
do
  setmetatable({}, mt)
  mt.__gc = loop
end
print(collectgarbage("collect") == 0 and "collected; no finalizer ran")
setmetatable({}, { __gc = loop })
