-- canvas.script.pattern_cost: the shape of a Lua pattern (how many items can
-- make the matcher backtrack, and whether it is anchored) and the check that
-- refuses a match whose worst case is over the budget.
local t = require "tap"
local pc = require "canvas.script.pattern_cost"

local function shape(p)
  local k, anchored = pc.shape(p)
  return { k, anchored }
end

-- { pattern, backtracking items, anchored, why }
local cases = {
  { "abc",          0, false, "plain text" },
  { "^abc",         0, true,  "plain text, anchored" },
  { "a*b",          1, false, "a repeat with more pattern after it" },
  { "^a*b",         1, true,  "the same, anchored" },
  { "a+b",          1, false, "+ counts like *" },
  { "a-b",          1, false, "- counts like *" },
  { "a?b",          0, false, "? does not backtrack" },
  { "a*",           0, false, "a trailing repeat" },
  { "a*b*",         1, false, "only the last repeat is trailing" },
  { "a-b-c",        2, false, "two repeats, each followed by more" },
  { "(a*)(b*)c",    2, false, "captures do not hide repeats" },
  { "[a-z]+x",      1, false, "a set repeated" },
  { "[%]]*x",       1, false, "a set holding an escaped ]" },
  { "[]]*x",        1, false, "a set whose first character is ]" },
  { "[^]]*x",       1, false, "a negated set whose first character is ]" },
  { "%d+%.%d+",     1, false, "a class repeated, then an escaped dot" },
  { "%%*x",         1, false, "an escaped % repeated" },
  { "%bxy",         1, false, "%b scans to its closing character" },
  { "^%b()",        1, true,  "%b counts even as the whole pattern" },
  { "%b()%b[]",     2, false, "every %b counts" },
  { "%f[%w]%w+",    0, false, "a frontier is zero width" },
  { "%f[%w]a*b",    1, false, "a frontier before a repeat" },
  { "a*$",          1, false, "a trailing repeat before $ is tried at every start" },
  { "^a*$",         0, true,  "the same, anchored: linear" },
  { "a*b$",         1, false, "a final $ after a plain item" },
  { "a$b",          0, false, "a $ that is not last is a plain character" },
}
for _, c in ipairs(cases) do
  t.is(shape(c[1]), { c[2], c[3] }, string.format("shape %q: %s", c[1], c[4]))
end

-- check(fname, pattern, n): refuses only what could cost over the budget
local function refused(p, n, anchor_ignored)
  local ok, err = pcall(pc.check, "string.find", p, n, anchor_ignored)
  return not ok, err
end
t.ok(not refused("a*b", 99), "check: subjects under 100 bytes are never refused")
t.ok(not refused("^a*b", 100000), "check: one backtracking item, anchored: linear, allowed")
t.ok(not refused("a*", 100000), "check: a trailing repeat, unanchored: allowed")
t.ok(not refused("a*b", 10000), "check: unanchored a*b on 10,000 bytes (10^8): allowed")
local no, err = refused("a*b", 100000)
t.ok(no, "check: unanchored a*b on 100,000 bytes (10^10): refused")
t.like(err, 'string.find: the pattern "a*b" could take about 1e+10 steps on a subject of 100000 bytes',
  "check: the message names the function, the pattern, the cost and the length")
t.like(err, "anchor it with ^", "check: the message says how to simplify")
t.ok(refused("^a-b-c", 100000), "check: two items anchored (n^2): refused")
t.ok(refused("^a*b", 100000, true), "check: gmatch ignores ^, so the anchor does not help")
t.ok(not refused({}, 100000), "check: a pattern that is not a string is left to Lua")

t.done()
