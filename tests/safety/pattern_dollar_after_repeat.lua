-- "a*$" tried at every position of 100,000 "a"s would backtrack n^2 times:
-- refused at once.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 3
-- stderr-has: string.find: the pattern "a*$" could take about
local s = ("a"):rep(100000) .. "b"
print(s:find("a*$"))
