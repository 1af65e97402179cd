-- canvas.c.newtable: a table made with room for what will fill it. The
-- sizes are a hint, so what matters is that the table behaves as any other.
-- And canvas.c.sound_lists and sound_fields, below.
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

-- canvas.c.sound_lists: the first list of an object that is not a list of
-- whole items of its class (0 when none is).
local class = {}
local function item(fields) return setmetatable(fields, class) end
local good = item { text = "a", file = "f.lua", line = 3 }
local spec = { { "pains", class, "text" }, { "gains", class, "text" } }
t.is(c.sound_lists({ pains = { good }, gains = {} }, spec), 0, "sound_lists: whole lists")
t.is(c.sound_lists({ pains = { good, item { text = "b" } }, gains = {} }, spec), 0,
  "sound_lists: an item with no position is whole")
t.is(c.sound_lists({ pains = 5, gains = {} }, spec), 1, "sound_lists: a list that is no table")
t.is(c.sound_lists({ pains = {}, gains = setmetatable({}, {}) }, spec), 2,
  "sound_lists: a list with a metatable")
t.is(c.sound_lists({ pains = {} }, spec), 2, "sound_lists: a list that is missing")
t.is(c.sound_lists({ pains = { good, "text" }, gains = {} }, spec), 1,
  "sound_lists: an item that is no table")
t.is(c.sound_lists({ pains = { { text = "a" } }, gains = {} }, spec), 1, "sound_lists: an item of no class")
t.is(c.sound_lists({ pains = { item { text = 5 } }, gains = {} }, spec), 1,
  "sound_lists: a label that is no text")
t.is(c.sound_lists({ pains = { item { text = "a", file = {} } }, gains = {} }, spec), 1,
  "sound_lists: a file that is no text")
t.is(c.sound_lists({ pains = { item { text = "a", line = 2.5 } }, gains = {} }, spec), 1,
  "sound_lists: a line that is no whole number")
t.is(c.sound_lists({ products = { item { name = "p" } } }, { { "products", class, "name" } }), 0,
  "sound_lists: the label is the one given")
t.ok(not pcall(c.sound_lists, {}, { "no triple" }), "sound_lists: a spec that is not triples is an error")

-- canvas.c.sound_fields: the first of the names given whose value in an
-- object (its own) is not nil and not of the type given for it.
local names, types = { "customer", "severity", "evidence" }, { "string", "number", "table" }
local function sf(obj) return c.sound_fields(obj, names, types) end
t.is(sf { customer = "business", severity = 3, text = 5 }, nil,
  "sound_fields: fields of their types; keys not named are left alone")
t.is(sf { customer = {} }, "customer", "sound_fields: a table for a text")
t.is(sf { severity = "high" }, "severity", "sound_fields: a text for a number")
t.is(sf { evidence = "x" }, "evidence", "sound_fields: a text for a list")
t.is(sf { severity = 2, evidence = 5, customer = true }, "customer", "sound_fields: the first of the names")
t.is(sf(setmetatable({}, { __index = { customer = {} } })), nil, "sound_fields: only the object's own fields")

t.done()
