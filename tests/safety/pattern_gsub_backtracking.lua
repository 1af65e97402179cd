-- string.gsub with a backtracking pattern, reached through a method kept in
-- a local, is refused the same way.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr: pattern_gsub_backtracking.lua:8: error: string.gsub: the pattern "[%a]-[%a]-b" could take about 8e+12 steps on a subject of 20000 bytes, more than canvas scripts may use (1e+08); simplify the pattern (fewer * + - items followed by more pattern, or anchor it with ^), or match shorter text
local s = ("a"):rep(20000)
local gsub = s.gsub
print(gsub(s, "[%a]-[%a]-b", "x"))
