-- A coroutine made by coroutine.wrap, inside another coroutine, loops for
-- ever: the time limit stops it at its own line, and the bad arguments of
-- create and wrap are still reported as theirs.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stdout: false	coroutine_wrap_loops.lua:8: bad argument #1 to 'wrap' (function expected, got no value)
-- stderr: coroutine_wrap_loops.lua:11: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
print(pcall(function() coroutine.wrap() end))
local outer = coroutine.wrap(function()
  local inner = coroutine.wrap(function()
    local n = 0 while true do n = n + 1 end
  end)
  inner()
end)
outer()
