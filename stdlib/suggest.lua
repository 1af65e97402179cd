-- Did-you-mean: the closest known word to a misspelt one.
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

-- The candidate closest to `word` (case-insensitive), or nil when none is
-- close enough: at most a third of the word's length may differ. A candidate
-- that starts with the word, or that the word starts with, also counts.
-- `candidates` is a list of strings, or an iterator function yielding them.
function M.closest(word, candidates)
  if type(word) ~= "string" or word == "" then return nil end
  local w = lower(word)
  local limit = math.max(1, #w // 3)
  local best, bestd
  local function consider(c)
    if type(c) ~= "string" or c == word then return end
    local lc = lower(c)
    local d
    if lc == w then
      d = 0
    else
      d = distance(w, lc, bestd and math.min(bestd, limit) or limit)
      if d > limit and #w >= 4 and (sub(lc, 1, #w) == w or sub(w, 1, #lc) == lc) then
        d = limit
      end
    end
    if d <= limit and (bestd == nil or d < bestd) then best, bestd = c, d end
  end
  if type(candidates) == "function" then
    for c in candidates do consider(c) end
  else
    for _, c in ipairs(candidates) do consider(c) end
  end
  return best
end

-- The words of a text, lower-cased, as a set and a count.
local function words(s)
  local set, n = {}, 0
  for w in lower(s):gmatch("[%w\128-\255]+") do
    if not set[w] then set[w] = true; n = n + 1 end
  end
  return set, n
end

-- For texts of several words: the candidate sharing the largest part of its
-- words with `phrase` (at least two words and half of the shorter text).
function M.closest_phrase(phrase, candidates)
  local want, nw = words(phrase)
  if nw < 2 then return nil end
  local best, bestscore
  local function consider(c)
    if type(c) ~= "string" then return end
    local have, nh = words(c)
    local common = 0
    for w in pairs(want) do if have[w] then common = common + 1 end end
    local score = common / math.min(nw, nh)
    if common >= 2 and score >= 0.5 and (bestscore == nil or score > bestscore) then
      best, bestscore = c, score
    end
  end
  if type(candidates) == "function" then
    for c in candidates do consider(c) end
  else
    for _, c in ipairs(candidates) do consider(c) end
  end
  return best
end

-- "; did you mean 'x'?" or "" (the quote style follows `quote`).
function M.hint(word, candidates, quote)
  local c = M.closest(word, candidates)
  if not c then c = M.closest_phrase(word, candidates) end
  if not c then return "" end
  return "; did you mean " .. (quote or M.squote)(c) .. "?"
end

function M.squote(s) return "'" .. s .. "'" end

return M
