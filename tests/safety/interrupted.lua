-- Ctrl-C stops a script that loops inside pcall, with no time limit to
-- help: exit 130 and a message at the loop. (The signal comes after a
-- second, so that even a loaded machine has started the script by then.)
-- args: --timeout 0
-- interrupt: 1
-- exit: 130
-- stderr: interrupted.lua:8: error: interrupted
while true do pcall(function() while true do end end) end
