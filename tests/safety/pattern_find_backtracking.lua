-- A backtracking pattern on a long subject would run for minutes inside C,
-- where no hook reaches: string.find refuses it at once with a message.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr: pattern_find_backtracking.lua:6: error: string.find: the pattern ".-.-b" could take about 8e+12 steps on a subject of 20000 bytes, more than canvas scripts may use (1e+08); simplify the pattern (fewer * + - items followed by more pattern, or anchor it with ^), or match shorter text
print(("a"):rep(20000):find(".-.-b"))
