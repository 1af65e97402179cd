-- Escape sequences and control characters in names, in error messages and
-- in type names (__name) are shown escaped, never raw, so a script cannot
-- drive the terminal through its diagnostics.
-- exit: 3
-- stdout: false	terminal_escapes_in_messages.lua:11: attempt to call a ]0;owned value (upvalue 'v')
-- stderr: terminal_escapes_in_messages.lua:9: error: job "Get\007 to \027[31mwork": unknown field 'importnce' for a job; did you mean 'importance'?
-- stderr: terminal_escapes_in_messages.lua:10: error: segment "Commuters\027[2J" is already declared at terminal_escapes_in_messages.lua:9; give each segment its own name
-- stderr: terminal_escapes_in_messages.lua:12: error: \027[2J\027[Hcleared\013\027]0;title\007
segment "Commuters[2J" { job "Get to [31mwork" { importnce = 3 } }
segment "Commuters[2J" { }
local v = setmetatable({}, { __name = "]0;owned" }); print(pcall(function() v() end))
error("[2J[Hcleared\r]0;title")
