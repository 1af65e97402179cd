-- The text of the scripts being loaded, kept for the length of a load so
-- that a mistake inside a table can be reported at its own line: a
-- declaration records the line where it starts, and a misspelt field
-- written three lines further down is found in the text of that
-- declaration's table.
local M = {}

local texts = {}     -- file name as messages show it -> source text
local starts = {}    -- file name -> offsets of the start of each line

function M.remember(name, src) texts[name] = src; starts[name] = nil end
function M.forget() texts, starts = {}, {} end

-- fn(name, src) for every text at hand.
function M.each(fn)
  for name, src in pairs(texts) do fn(name, src) end
end

local find, sub, byte = string.find, string.sub, string.byte

local function line_starts(name)
  local t = starts[name]
  if t then return t end
  local src = texts[name]
  t = { 1 }
  local pos = 1
  while true do
    local nl = find(src, "\n", pos, true)
    if not nl then break end
    t[#t + 1] = nl + 1
    pos = nl + 1
  end
  starts[name] = t
  return t
end

-- The line of offset pos: a binary search in the line starts.
local function line_at(t, pos)
  local lo, hi = 1, #t
  while lo < hi do
    local mid = (lo + hi + 1) // 2
    if t[mid] <= pos then lo = mid else hi = mid - 1 end
  end
  return lo
end

-- The line of byte `offset` in the text of `file` (a text at hand).
function M.line(file, offset)
  return line_at(line_starts(file), offset)
end

-- The offset after a long bracket's end, for "[==[" at pos with `level`
-- equals signs; nil when it is not closed.
local function long_end(src, pos, level)
  local close = "]" .. string.rep("=", level) .. "]"
  local _, e = find(src, close, pos, true)
  return e and e + 1
end

-- Skips a string, comment or long string starting at pos; returns the
-- offset after it, or nil when pos starts none of them.
local function skip(src, pos)
  local c = sub(src, pos, pos)
  if c == '"' or c == "'" then
    local i = pos + 1
    while true do
      local d = sub(src, i, i)
      if d == "" or d == "\n" then return i end   -- unfinished: the parser said so
      if d == "\\" then i = i + 2
      elseif d == c then return i + 1
      else i = i + 1 end
    end
  elseif c == "[" then
    local eq = find(src, "^%[=*%[", pos)
    if eq then
      local _, e = find(src, "^%[=*%[", pos)
      return long_end(src, e + 1, e - pos - 1) or #src + 1
    end
  elseif c == "-" and sub(src, pos + 1, pos + 1) == "-" then
    local _, e = find(src, "^%-%-%[=*%[", pos)
    if e then return long_end(src, e + 1, e - pos - 3) or #src + 1 end
    local nl = find(src, "\n", pos, true)
    return nl or #src + 1
  end
  return nil
end

-- The line in `file` where field `key` of the declaration that starts on
-- `line` with the text or name `label` is written: the first `key =` at
-- the top level of the table that follows the label. nil when the text is
-- not at hand or the field cannot be found (the caller keeps the
-- declaration's line).
function M.field_line(file, line, label, key)
  local src = texts[file]
  if not src or type(key) ~= "string" or not line or line < 1 then return nil end
  local t = line_starts(file)
  local from = t[line]
  if not from then return nil end
  local pos = from
  if type(label) == "string" and label ~= "" then
    local a = find(src, '"' .. label .. '"', from, true) or find(src, "'" .. label .. "'", from, true)
    if a and line_at(t, a) == line then pos = a + #label + 2 end
  end
  -- the table's opening brace: the next thing after the label
  local open = find(src, "^%s*{", pos)
  if not open then return nil end
  local i = find(src, "{", open, true) + 1
  local depth = 1
  local n = #src
  while i <= n do
    local after = skip(src, i)
    if after then
      i = after
    else
      local b = byte(src, i)
      if b == 123 then          -- {
        depth = depth + 1
        i = i + 1
      elseif b == 125 then      -- }
        depth = depth - 1
        if depth == 0 then return nil end
        i = i + 1
      elseif depth == 1 and find(src, "^[%a_]", i) then
        local _, e = find(src, "^[%w_]+", i)
        local word = sub(src, i, e)
        if word == key and find(src, "^%s*=[^=]", e + 1) then return line_at(t, i) end
        i = e + 1
      else
        i = i + 1
      end
    end
  end
  return nil
end

return M
