-- Ctrl-C stops a script that loops inside pcall, with no time limit to
-- help: exit 130 and a message at the loop.
-- args: --timeout 0
-- interrupt: 0.3
-- exit: 130
-- stderr: interrupted.lua:7: error: interrupted
while true do pcall(function() while true do end end) end
