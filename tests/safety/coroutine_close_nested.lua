-- A chain of 20,000 coroutines, each with a __close that closes the one
-- before it: closing the last nests coroutine.close 20,000 deep, which
-- crashes Lua 5.4.4. Canvas caps the nesting and the script ends with a
-- clear error.
-- args: --timeout 5 --max-memory 64M
-- exit: 3
-- stderr: coroutine_close_nested.lua:12: error: coroutine.close: nested more than 100 deep (a __close that closes another coroutine, and so on)
local last
for _ = 1, 20000 do
  local before = last
  local closer = { __close = function()
    if before then local ok, e = coroutine.close(before); if not ok then error(e, 0) end end
  end }
  last = coroutine.create(function()
    local guard <close> = setmetatable({}, closer)
    coroutine.yield()
  end)
  coroutine.resume(last)
end
local ok, e = coroutine.close(last)
if not ok then error(e, 0) end
