-- canvas.c.newtable: a table made with room for what will fill it. The
-- sizes are a hint, so what matters is that the table behaves as any other.
local t = require "tap"
local c = require "canvas.c"

local a = c.newtable(100)
t.is(next(a), nil, "newtable: empty")
t.is(#a, 0, "newtable: no items yet")
for i = 1, 100 do a[i] = i * 2 end
t.is(#a, 100, "newtable: filled by position")
t.is(a[100], 200, "newtable: keeps what is stored")
a[101] = 1
t.is(#a, 101, "newtable: grows past its room")

local h = c.newtable(0, 8)
for i = 1, 20 do h["k" .. i] = i end
local n = 0
for _ in pairs(h) do n = n + 1 end
t.is(n, 20, "newtable: keys past the room given")
t.is(getmetatable(h), nil, "newtable: no metatable")

local holes = c.newtable(5)
holes[1], holes[3] = "x", "y"
t.is(holes[2], nil, "newtable: a position not filled is nil")

t.ok(pcall(c.newtable, 0, 0), "newtable: sizes of 0")
t.ok(pcall(c.newtable, math.maxinteger, math.maxinteger), "newtable: a huge size is cut, not an error")
local ok, err = pcall(c.newtable, -1)
t.ok(not ok and tostring(err):find("a size of 0 or more", 1, true) ~= nil,
  "newtable: a negative size is an error")
ok = pcall(c.newtable, "x")
t.ok(not ok, "newtable: a size must be a number")

t.done()
