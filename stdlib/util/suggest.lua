-- Did-you-mean: the closest known word to a misspelt one.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gmatch = string.gmatch
local M = {}

local lower, sub, byte = string.lower, string.sub, string.byte

-- Optimal string alignment distance (Levenshtein plus swapped neighbours),
-- stopping early once every entry of a row exceeds `limit`.
local function distance(a, b, limit)
  local la, lb = #a, #b
  if math.abs(la - lb) > limit then return limit + 1 end
  local prev2, prev, cur = {}, {}, {}
  for j = 0, lb do prev[j] = j end
  for i = 1, la do
    cur[0] = i
    local best = i
    local ca = byte(a, i)
    for j = 1, lb do
      local cb = byte(b, j)
      local cost = (ca == cb) and 0 or 1
      local v = prev[j - 1] + cost
      local del, ins = prev[j] + 1, cur[j - 1] + 1
      if del < v then v = del end
      if ins < v then v = ins end
      if i > 1 and j > 1 and ca == byte(b, j - 1) and byte(a, i - 1) == cb then
        local t = prev2[j - 2] + 1
        if t < v then v = t end
      end
      cur[j] = v
      if v < best then best = v end
    end
    if best > limit then return limit + 1 end
    prev2, prev, cur = prev, cur, prev2
  end
  return prev[lb]
end
M.distance = distance

-- The candidate with the lowest score(c), skipping candidates scored nil.
local function best(candidates, score)
  local found, low
  for _, c in ipairs(candidates) do
    if type(c) == "string" then
      local v = score(c)
      if v and (low == nil or v < low) then found, low = c, v end
    end
  end
  return found
end

-- The candidate closest to `word` (case-insensitive), or nil when none is
-- close enough: at most a third of the word's length may differ. A candidate
-- that starts with the word, or that the word starts with, also counts.
function M.closest(word, candidates)
  if type(word) ~= "string" or word == "" then return nil end
  local w = lower(word)
  local limit = math.max(1, #w // 3)
  return best(candidates, function(c)
    if c == word then return nil end
    local lc = lower(c)
    local d = distance(w, lc, limit)
    if d > limit and #w >= 4 and (sub(lc, 1, #w) == w or sub(w, 1, #lc) == lc) then
      d = limit
    end
    return d <= limit and d or nil
  end)
end

-- The words of a text, lower-cased, as a set and a count.
local function words(s)
  local set, n = {}, 0
  for w in str_gmatch(lower(s), "[%w\128-\255]+") do
    if not set[w] then set[w] = true; n = n + 1 end
  end
  return set, n
end

-- For texts of several words: the candidate sharing the largest part of its
-- words with `phrase` (at least two words and half of the shorter text).
function M.closest_phrase(phrase, candidates)
  if type(phrase) ~= "string" then return nil end
  local want, nw = words(phrase)
  if nw < 2 then return nil end
  return best(candidates, function(c)
    local have, nh = words(c)
    local common = 0
    for w in pairs(want) do if have[w] then common = common + 1 end end
    local share = common / math.min(nw, nh)
    if common >= 2 and share >= 0.5 then return -share end
    return nil
  end)
end

-- "; did you mean 'x'?" or "" (the quote style follows `quote`); `word`
-- may be any value: only a string gets a suggestion.
function M.hint(word, candidates, quote)
  local c = M.closest(word, candidates) or M.closest_phrase(word, candidates)
  if not c then return "" end
  return "; did you mean " .. (quote or M.squote)(c) .. "?"
end

function M.squote(s) return "'" .. s .. "'" end

return M
