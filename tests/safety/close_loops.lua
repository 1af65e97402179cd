-- A __close metamethod that loops, run when a block ends; a pcall around
-- it in a loop does not help.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: close_loops.lua:6: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
local stuck = setmetatable({}, { __close = function() while true do end end })
while true do
  pcall(function()
    local guard <close> = stuck
    error("leave the block")
  end)
end
