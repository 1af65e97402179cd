-- A bound on the cost of Lua patterns. Pattern matching runs in C, where
-- the hook that enforces the time limit cannot stop it, and a backtracking
-- pattern can take minutes ("a*b" on 100,000 "a"s does about 10^10
-- steps). Before an untrusted script matches, the worst case is estimated
-- from the pattern's shape and the subject's length; a match that could
-- exceed the budget is refused.
--
-- Each item with * + or - that has more pattern after it can make the
-- matcher try every length of it against the rest: a factor of the subject's
-- length n; so does %b, which scans to its closing character. A pattern not
-- anchored with ^ is tried at every position: one factor more. A trailing
-- repeated item costs n once, and also when only a final $ follows it.
local M = {}

-- Estimated steps above this are refused (about a quarter of a second).
M.budget = 1e8

local sub, find = string.sub, string.find

-- The number of backtracking items in pattern p and whether it is anchored.
function M.shape(p)
  local i, n = 1, #p
  local anchored = false
  if sub(p, 1, 1) == "^" then anchored, i = true, 2 end
  local repeats = {}   -- for each item: is it followed by * + or - ?
  local ends_with_dollar = false
  while i <= n do
    local c = sub(p, i, i)
    local j   -- the end of this single-character class
    if c == "(" or c == ")" then
      i = i + 1
      goto continue
    elseif c == "$" and i == n then
      ends_with_dollar = true
      break
    elseif c == "%" then
      local d = sub(p, i + 1, i + 1)
      if d == "b" then
        -- %bxy scans to its closing character: as costly as a repeat with
        -- more pattern after it, wherever it stands
        i = i + 4
        repeats[#repeats + 1] = "always"
        goto continue
      elseif d == "f" then
        -- %f[set]: a frontier, zero width
        local k = i + 2
        if sub(p, k, k) == "[" then
          k = k + 1
          if sub(p, k, k) == "^" then k = k + 1 end
          if sub(p, k, k) == "]" then k = k + 1 end
          local close = find(p, "]", k, true)
          i = (close or n) + 1
        else
          i = k
        end
        goto continue
      end
      j = i + 1
    elseif c == "[" then
      local k = i + 1
      if sub(p, k, k) == "^" then k = k + 1 end
      if sub(p, k, k) == "]" then k = k + 1 end
      while k <= n and sub(p, k, k) ~= "]" do
        if sub(p, k, k) == "%" then k = k + 1 end
        k = k + 1
      end
      j = k
    else
      j = i
    end
    local q = sub(p, j + 1, j + 1)
    if q == "*" or q == "+" or q == "-" then
      repeats[#repeats + 1] = true
      i = j + 2
    elseif q == "?" then
      repeats[#repeats + 1] = false
      i = j + 2
    else
      repeats[#repeats + 1] = false
      i = j + 1
    end
    ::continue::
  end
  -- a repeated item counts when some item follows it
  local k = 0
  for idx = 1, #repeats do
    local r = repeats[idx]
    if r == "always" or (r and idx < #repeats) then k = k + 1 end
  end
  -- "a*$" tried at every start: each try scans the repeat, then the end
  -- anchor fails and it backs off; the start positions make it quadratic
  if ends_with_dollar and repeats[#repeats] == true and not anchored then k = k + 1 end
  return k, anchored
end

local cache = {}   -- pattern -> its shape (weak keys would not help: they are strings)

-- Forgets the patterns seen (before another script in this interpreter).
function M.forget() cache = {} end

-- Whether the match was asked for by canvas's own code (which shares the
-- string methods with scripts and only matches its own bounded patterns).
local getinfo = debug.getinfo
local PREFIX = require("canvas.c").stdlib_prefix
local function from_stdlib()
  local info = getinfo(4, "S")
  return info ~= nil and info.source:sub(1, #PREFIX) == PREFIX
end

-- Raises an error (at the script's call) if matching pattern p against a
-- subject of n bytes could cost more than the budget.
function M.check(fname, p, n, anchor_ignored)
  if type(p) ~= "string" or n < 100 then return end
  local shape = cache[p]
  if not shape then
    local k, anchored = M.shape(p)
    shape = { k, anchored }
    cache[p] = shape
  end
  local k, anchored = shape[1], shape[2]
  if anchor_ignored then anchored = false end
  local power = k + (anchored and 0 or 1)
  if power <= 1 then return end   -- linear
  local cost = n ^ power
  if cost > M.budget and not from_stdlib() then
    error(string.format("%s: the pattern %q could take about %.0e steps on a subject of %d bytes, "
      .. "more than canvas scripts may use (%.0e); simplify the pattern (fewer * + - items "
      .. "followed by more pattern, or anchor it with ^), or match shorter text",
      fname, p, cost, n, M.budget), 3)
  end
end

-- string.find, match, gmatch and gsub with the check in front. `call(f, ...)`
-- runs the library function so that its errors name the script's line.
function M.guard(lib, call)
  local sfind, smatch, sgmatch, sgsub = lib.find, lib.match, lib.gmatch, lib.gsub
  local function len(s) return type(s) == "string" and #s or (type(s) == "number" and 24 or 0) end
  return {
    find = function(s, p, init, plain)
      if not plain then M.check("string.find", p, len(s)) end
      return call(sfind, s, p, init, plain)
    end,
    match = function(s, p, init)
      M.check("string.match", p, len(s))
      return call(smatch, s, p, init)
    end,
    gmatch = function(s, p, init)
      M.check("string.gmatch", p, len(s), true)
      return call(sgmatch, s, p, init)
    end,
    gsub = function(s, p, repl, n)
      M.check("string.gsub", p, len(s))
      return call(sgsub, s, p, repl, n)
    end,
  }
end

return M
