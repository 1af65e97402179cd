-- How the REPL prints the values of an expression. Canvas objects print
-- as one-line summaries (with their rank where they have one), lists of
-- them one a line, findings as canvas check writes them, a fit report as
-- canvas fit does; other tables as Lua literals, cut at a depth and a
-- size; functions by where they were defined. Never "table: 0x...".
-- Tables are read with raw access (no __index, __pairs or __len runs); a
-- table's own __tostring is honoured, as Lua's print would, since the
-- REPL prints under the limits of the statement.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_find, str_match, str_gmatch, str_gsub =
  string.find, string.match, string.gmatch, string.gsub
local model = require "canvas.lang.model"
local text = require "canvas.util.text"

local M = {}

M.MAX_DEPTH = 3      -- nested tables shown; deeper ones as {...}
M.MAX_ITEMS = 30     -- entries shown of one table; the rest counted
M.MAX_STRING = 200   -- characters of a string inside a literal
M.MAX_LINES = 200    -- lines of one value, at most

local escapes = { ["\n"] = "\\n", ["\r"] = "\\r", ["\t"] = "\\t", ['"'] = '\\"', ["\\"] = "\\\\" }

-- A string as a Lua literal: double-quoted, escaped, cut.
function M.quoted(s)
  local cut = false
  if #s > M.MAX_STRING then
    s = s:sub(1, M.MAX_STRING)
    -- do not end inside a UTF-8 sequence
    while #s > 0 and s:byte(#s) >= 0x80 and s:byte(#s) < 0xC0 do s = s:sub(1, -2) end
    if #s > 0 and s:byte(#s) >= 0xC0 then s = s:sub(1, -2) end
    cut = true
  end
  s = str_gsub(s, '[%c"\\]', function(ch)
    return escapes[ch] or string.format("\\%03d", ch:byte())
  end)
  return '"' .. s .. '"' .. (cut and "..." or "")
end

local keywords = {}
for w in str_gmatch([[and break do else elseif end false for function goto if in local nil not or
  repeat return then true until while]], "%a+") do keywords[w] = true end

local function is_identifier(k)
  return type(k) == "string" and str_match(k, "^[%a_][%w_]*$") ~= nil and not keywords[k]
end

-- Where a function was defined, for "function (stdin:3)".
local function function_text(f)
  local info = debug.getinfo(f, "S")
  if info and info.what == "Lua" and info.short_src then
    local src = info.short_src
    if str_find(src, str_gsub(require("canvas.c").stdlib_prefix, "^@", ""), 1, true) == 1 then
      return "function (built in)"
    end
    return "function (" .. text.escape(src) .. ":" .. info.linedefined .. ")"
  end
  return "function (built in)"
end

-- A value's __tostring, if it has one of its own (not a canvas object's).
local function own_tostring(v)
  local mt = getmetatable(v)
  if type(mt) ~= "table" then return nil end
  local ts = rawget(mt, "__tostring")
  if ts == nil then return nil end
  local ok, s = pcall(tostring, v)
  if ok and type(s) == "string" then return text.escape(s) end
  return nil
end

local literal   -- defined below

-- The keys of t in a stable order: the list part first, then the others
-- sorted (numbers, then strings, then the rest by type).
local function keys_of(t)
  local n = rawlen(t)
  local list, others = {}, {}
  for i = 1, n do list[i] = i end
  local k = next(t)
  while k ~= nil do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then others[#others + 1] = k end
    k = next(t, k)
  end
  local order = { number = 1, string = 2, boolean = 3 }
  table.sort(others, function(a, b)
    local ta, tb = type(a), type(b)
    if ta ~= tb then return (order[ta] or 9) < (order[tb] or 9) end
    if ta == "number" or ta == "string" then return a < b end
    return false
  end)
  return list, others
end

-- A short text for any value inside a literal.
local function scalar(v)
  local t = type(v)
  if t == "string" then return M.quoted(v) end
  if t == "number" then
    if math.type(v) == "float" and v == math.floor(v) and math.abs(v) < 2^53 then
      return string.format("%.1f", v)
    end
    return tostring(v)
  end
  if t == "boolean" or t == "nil" then return tostring(v) end
  if t == "function" then return function_text(v) end
  if model.is_object(v) then return text.escape(tostring(v)) end
  if t == "table" then return nil end
  return t    -- userdata, thread
end

function literal(v, depth, seen)
  local s = scalar(v)
  if s then return s end
  local own = own_tostring(v)
  if own then return own end
  if seen[v] then return "{...} (a table that holds itself)" end
  if depth >= M.MAX_DEPTH then return "{...}" end
  seen[v] = true
  local list, others = keys_of(v)
  local parts, shown = {}, 0
  local total = #list + #others
  for _, i in ipairs(list) do
    if shown >= M.MAX_ITEMS then break end
    parts[#parts + 1] = literal(rawget(v, i), depth + 1, seen)
    shown = shown + 1
  end
  for _, k in ipairs(others) do
    if shown >= M.MAX_ITEMS then break end
    local key = is_identifier(k) and k or ("[" .. (scalar(k) or "{...}") .. "]")
    parts[#parts + 1] = key .. " = " .. literal(rawget(v, k), depth + 1, seen)
    shown = shown + 1
  end
  seen[v] = nil
  if total > shown then parts[#parts + 1] = "... (" .. (total - shown) .. " more)" end
  if #parts == 0 then return "{}" end
  return "{ " .. table.concat(parts, ", ") .. " }"
end
M.literal = function(v) return literal(v, 0, {}) end

-- Whether v is a plain list of canvas objects (what pains(), segments()
-- and the lists of a segment give).
local function object_list(v)
  if type(v) ~= "table" or getmetatable(v) ~= nil then return false end
  local n = rawlen(v)
  if n == 0 then return false end
  for i = 1, n do
    if not model.is_object(rawget(v, i)) then return false end
  end
  local k = next(v)
  while k ~= nil do
    if not (math.type(k) == "integer" and k >= 1 and k <= n) then return false end
    k = next(v, k)
  end
  return true
end

-- One line for a canvas object: its summary, its rank where it has one,
-- and where it was declared.
function M.object_line(o)
  local s = tostring(o)
  local rank = rawget(o, "rank")
  if rank then
    local seg = rawget(o, "segment")
    local list = seg and rawget(seg, require("canvas.lang.categories").list_of[o.category])
    s = s .. ", rank " .. rank .. (list and (" of " .. #list) or "")
      .. (seg and (" in " .. text.quote(seg.name, 40)) or "")
  end
  if rawget(o, "file") then s = s .. " (" .. model.position(o) .. ")" end
  return text.escape(s)
end

-- Whether v looks like a list of findings (findings() and check() give).
local function finding_list(v)
  if type(v) ~= "table" or getmetatable(v) ~= nil or rawlen(v) == 0 then return false end
  for i = 1, rawlen(v) do
    local f = rawget(v, i)
    if type(f) ~= "table" or type(rawget(f, "id")) ~= "string" or type(rawget(f, "message")) ~= "string"
        or rawget(f, "severity") == nil then
      return false
    end
  end
  return true
end

-- Whether v is a fit report (fit(segment) gives).
local function fit_report(v)
  return type(v) == "table" and getmetatable(v) == nil and model.is_object(rawget(v, "segment"), "segment")
    and type(rawget(v, "stage")) == "string" and type(rawget(v, "top_k")) == "number"
end

-- The lines that show value v.
function M.lines(v, width)
  local out = {}
  width = width or 80
  -- a long line wrapped to the width, the lines after the first indented
  local function add(s, indent)
    local lines = text.wrap(s, math.max(20, width - #indent))
    for i, l in ipairs(lines) do out[#out + 1] = (i == 1 and "" or indent) .. l end
  end
  if model.is_object(v) then
    add(M.object_line(v), "  ")
  elseif object_list(v) then
    for i = 1, rawlen(v) do add("- " .. M.object_line(rawget(v, i)), "    ") end
  elseif finding_list(v) then
    local ft = require "canvas.render.findings_text"
    local plain = { style = function(_, s) return s end }
    for i = 1, rawlen(v) do out[#out + 1] = ft.line(rawget(v, i), plain) end
  elseif fit_report(v) then
    local buf = {}
    local w = { line = function(s) buf[#buf + 1] = s or "" end, flush = function() end,
                style = function(_, s) return s end }
    require("canvas.render.fit").render(nil, { v.segment }, w, width or 80, v.top_k)
    out = buf
  elseif type(v) == "string" then
    out[1] = text.escape(v)
  else
    out[1] = literal(v, 0, {})
  end
  if #out > M.MAX_LINES then
    local n = #out - M.MAX_LINES
    for i = #out, M.MAX_LINES + 1, -1 do out[i] = nil end
    out[#out + 1] = "... (" .. n .. " more lines)"
  end
  return out
end

-- The text that shows the values of an expression (results packed with
-- table.pack): each value on lines of its own, or, when all are short
-- scalars, on one line separated by tabs as Lua's REPL does.
function M.format(results, width)
  local n = results.n or #results
  if n == 0 then return nil end
  local shown, simple = {}, true
  for i = 1, n do
    local v = results[i]
    shown[i] = M.lines(v, width)
    if #shown[i] > 1 or (type(v) == "table" and not model.is_object(v)) then simple = false end
  end
  if simple then
    local parts = {}
    for i = 1, n do parts[i] = shown[i][1] end
    return table.concat(parts, "\t")
  end
  local all = {}
  for i = 1, n do
    for _, l in ipairs(shown[i]) do all[#all + 1] = l end
  end
  return table.concat(all, "\n")
end

return M
