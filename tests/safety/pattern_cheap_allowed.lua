-- Patterns that cannot backtrack much run on the same long subject and
-- finish at once: anchored, plain, single repeats, frontiers, captures.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 0
-- stdout: nil
-- stdout: 20000
-- stdout: nil
-- stdout: 1	20000
-- stdout: bbbbb	20000
-- stdout: 10000
-- stdout: 20000
local s = ("a"):rep(20000)
print(s:find("^a-b"))
print(#s:match("^a*"))
print(s:find("b", 1, true))
print(s:find("a+"))
local t, n = s:gsub("a", "b")
print(t:sub(1, 5), n)
local words = 0
for _ in ("a "):rep(10000):gmatch("%f[%w]%w+") do words = words + 1 end
print(words)
print(#s:match("^(a*)$"))
