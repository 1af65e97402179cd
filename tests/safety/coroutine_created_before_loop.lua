-- A coroutine made before anything runs, resumed later: it counts for
-- ever, and the time limit stops it at its own line.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: coroutine_created_before_loop.lua:6: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local counter = coroutine.create(function() local n = 0 while true do n = n + 1 end end)
local warmup = {}
for i = 1, 100 do warmup[i] = i * i end
print(coroutine.resume(counter))
