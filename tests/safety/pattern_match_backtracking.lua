-- string.match with two greedy items and more pattern after them is
-- refused the same way, through the string table too.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr: pattern_match_backtracking.lua:7: error: string.match: the pattern "a*a*b" could take about 8e+12 steps on a subject of 20000 bytes, more than canvas scripts may use (1e+08); simplify the pattern (fewer * + - items followed by more pattern, or anchor it with ^), or match shorter text
local s = ("a"):rep(20000)
print(string.match(s, "a*a*b"))
