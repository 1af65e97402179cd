-- In gmatch a leading ^ anchors nothing (Lua matches it literally), so
-- "^a-a-b" still backtracks at every position and is refused.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr: pattern_gmatch_backtracking.lua:6: error: string.gmatch: the pattern "^a-a-b" could take about 8e+12 steps on a subject of 20000 bytes, more than canvas scripts may use (1e+08); simplify the pattern (fewer * + - items followed by more pattern, or anchor it with ^), or match shorter text
for w in ("a"):rep(20000):gmatch("^a-a-b") do print(w) end
