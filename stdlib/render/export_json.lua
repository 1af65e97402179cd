-- canvas export --format json: the whole model as one JSON document, the
-- data model "canvas-model/1" (every key is described in docs/formats.md
-- and docs/model.schema.json):
--
--   { "schema": "canvas-model/1", "tool": {...}, "canvas": {...},
--     "fields": [...], "segments": [...], "values": [...], "fit": [...],
--     "findings": [...] }
--
-- M.model(S, opts) builds it as plain Lua tables: arrays carry the
-- metatable M.ARRAY (so that an empty one is still written []), maps of
-- field values M.MAP, and a missing value is M.null (cjson's null, so a
-- decoded document compares the same). The segments, values, fit and
-- findings are M.lazy arrays, whose items are made as they are written. M.export writes it, indented by two
-- spaces, with every object's keys in a fixed order (the order M.model
-- gives them; maps in alphabetical order) so that two exports of the same
-- model are the same text. Strings and numbers are encoded by lua-cjson,
-- through the writer of canvas.render.findings_json.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gmatch = string.gmatch
local categories = require "canvas.lang.categories"
local fields = require "canvas.lang.fields"
local model = require "canvas.lang.model"
local rank = require "canvas.eval.rank"
local fj = require "canvas.render.findings_json"

local M = {}

M.SCHEMA = "canvas-model/1"

M.null = fj.null
M.ARRAY = { __name = "canvas.json.array" }
M.MAP = { __name = "canvas.json.map" }

-- The key order of each object that M.object made (weak: no leak).
local key_order = setmetatable({}, { __mode = "k" })

-- object(k1, v1, k2, v2, ...): a plain table whose keys are written in
-- this order; a nil value is written null.
function M.object(...)
  local args, o, keys = table.pack(...), {}, {}
  for i = 1, args.n, 2 do
    local k, v = args[i], args[i + 1]
    keys[#keys + 1] = k
    if v == nil then v = M.null end
    o[k] = v
  end
  key_order[o] = keys
  return o
end

function M.array(list) return setmetatable(list or {}, M.ARRAY) end

-- An array of n items that are made only as they are written, make(i) for
-- item i, and dropped once written: a big model's segments and findings
-- are never all held as JSON-ready tables at once.
M.LAZY = { __name = "canvas.json.lazy" }
function M.lazy(n, make) return setmetatable({ n = n, make = make }, M.LAZY) end
function M.map(t) return setmetatable(t or {}, M.MAP) end

local function opt(v)
  if v == nil then return M.null end
  return v
end

---------------------------------------------------------------------------
-- Encoding
---------------------------------------------------------------------------

-- Keys whose value, when it is an empty table with no mark (decoded JSON
-- has none), is an object; any other empty table is an array.
local OBJECT_KEYS = { fields = true, words = true, tool = true, canvas = true, target = true,
                      ranking = true, aliases = true, bases = true }

local function is_array(t, key)
  local mt = getmetatable(t)
  if mt == M.ARRAY or mt == M.LAZY then return true end
  if mt == M.MAP or key_order[t] then return false end
  local n = #t
  if n == 0 then return next(t) == nil and not OBJECT_KEYS[key] end
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  return true
end

local string_literal, number_literal = fj.string_literal, fj.number_literal
local concat, type, tostring, math_type = table.concat, type, tostring, math.type
local printable = require("canvas.c").printable

-- The indentation of each depth, made once.
local INDENT = setmetatable({ [0] = "" }, { __index = function(t, d)
  local s = t[d - 1] .. "  "
  t[d] = s
  return s
end })

-- The text before a key's value at each depth: its indentation, the key,
-- ": " (made once for each key and depth).
local LEAD = setmetatable({}, { __index = function(t, d)
  local by_key = setmetatable({}, { __index = function(keys, k)
    local s = INDENT[d] .. string_literal(k) .. ": "
    keys[k] = s
    return s
  end })
  t[d] = by_key
  return by_key
end })

-- Writes v (tables of M.model, or decoded JSON) as indented JSON text
-- ending with a newline: each piece goes to parts, and every few thousand
-- pieces are passed to sink as one string (so that a big model is never
-- all in memory as text).
local function emit(v, sink)
  local parts, n = {}, 0
  local value
  -- One value of an array or an object: strings (most values) and whole
  -- numbers go in as they are, between quotes or as concat writes them
  -- ("%d"), with nothing made for them; the rest through value().
  local function item(y, key, depth)
    local t = type(y)
    if t == "string" and printable(y, '"\\') then
      parts[n + 1] = '"'; parts[n + 2] = y; parts[n + 3] = '"'
      n = n + 3
    elseif t == "number" and math_type(y) == "integer" then
      n = n + 1; parts[n] = y
    else
      value(y, key, depth)
    end
  end
  function value(x, key, depth)
    local t = type(x)
    if x == nil or x == M.null then
      n = n + 1; parts[n] = "null"
    elseif t == "string" then
      n = n + 1; parts[n] = string_literal(x)
    elseif t == "number" then
      n = n + 1
      if x ~= x or x == math.huge or x == -math.huge then parts[n] = "null"
      else parts[n] = number_literal(x) end
    elseif t == "boolean" then
      n = n + 1; parts[n] = x and "true" or "false"
    elseif t ~= "table" then
      n = n + 1; parts[n] = "null"
    elseif is_array(x, key) then
      local lazy = getmetatable(x) == M.LAZY and x.make
      local len = lazy and x.n or #x
      if len == 0 then n = n + 1; parts[n] = "[]"; return end
      local inner = INDENT[depth + 1]
      n = n + 1; parts[n] = "[\n"
      for i = 1, len do
        n = n + 1; parts[n] = inner
        if lazy then item(lazy(i), key, depth + 1) else item(x[i], key, depth + 1) end
        n = n + 1; parts[n] = i < len and ",\n" or "\n"
        if n > 4096 then sink(concat(parts, "", 1, n)); n = 0 end
      end
      n = n + 1; parts[n] = INDENT[depth]
      n = n + 1; parts[n] = "]"
    else
      local keys = key_order[x]
      if not keys then
        keys = {}
        for k in pairs(x) do keys[#keys + 1] = tostring(k) end
        table.sort(keys)
      end
      local lead, sep = LEAD[depth + 1], "{\n"
      for i = 1, #keys do
        local k = keys[i]
        local y = x[k]
        if y ~= nil then
          parts[n + 1] = sep; parts[n + 2] = lead[k]
          n = n + 2
          sep = ",\n"
          item(y, k, depth + 1)
        end
      end
      n = n + 1
      if sep == "{\n" then parts[n] = "{}"
      else parts[n] = "\n"; n = n + 1; parts[n] = INDENT[depth]; n = n + 1; parts[n] = "}" end
    end
  end
  value(v, nil, 0)
  n = n + 1; parts[n] = "\n"
  sink(concat(parts, "", 1, n))
end

-- The JSON text of v (tables of M.model, or decoded JSON), indented, with
-- no final newline.
function M.encode(v)
  local chunks = {}
  emit(v, function(s) chunks[#chunks + 1] = s end)
  return (concat(chunks):sub(1, -2))
end

-- Writes v as JSON through writer out, and flushes it: through out.raw
-- when it has it, else one line at a time (a chunk always ends a line).
function M.write(v, out)
  emit(v, out.raw or function(s)
    for line in str_gmatch(s, "[^\n]+") do out.line(line) end
  end)
  out.flush()
end

---------------------------------------------------------------------------
-- The model
---------------------------------------------------------------------------

-- Fields that an object's JSON has as keys of its own, not in `fields`.
local OWN = {
  segment = { id = true, depends_on = true },
  value = { id = true, segment = true },
  reliever = { id = true, how = true },
  creator = { id = true, how = true },
  helper = { id = true, how = true },
}
local NONE = { id = true }

local function field_value(spec, v)
  if type(v) == "table" then
    local out = {}
    for k, x in pairs(v) do out[k] = x end
    if spec and spec.type == "map" then return M.map(out) end
    return M.array(out)
  end
  return v
end

-- The fields set on obj (a declaration of category cat), and the words
-- of its scale fields: fields { severity = 5 }, words { severity = "extreme" }.
local function field_values(obj, cat)
  local reg, skip = fields.registry[cat], OWN[cat] or NONE
  local out, words = M.map(), M.map()
  for _, name in ipairs(fields.order[cat]) do
    local v = rawget(obj, name)
    if v ~= nil and not skip[name] then
      local spec = reg[name]
      out[name] = field_value(spec, v)
      if spec and spec.type == "scale" and spec.words and spec.words[v] then
        words[name] = spec.words[v]
      end
    end
  end
  return out, words
end

local function score_of(score)
  if score == nil then return M.null end
  if type(score) == "table" then
    local out = {}
    for i = 1, #score do out[i] = score[i] == false and M.null or score[i] end
    return M.array(out)
  end
  return score
end

local function note_json(n)
  local f, w = field_values(n, n.category)
  return M.object("text", n.text, "id", rawget(n, "id"), "fields", f, "words", w,
                  "rank", rawget(n, "rank"), "score", score_of(rawget(n, "score")),
                  "file", n.file, "line", n.line)
end

local function ranking(seg)
  local args = {}
  for _, c in ipairs(categories.notes) do
    local rule = rank.rule_for(seg, c.list)
    args[#args + 1] = c.list
    args[#args + 1] = M.object("by", rule.by.label, "kind", rule.by.kind,
                               "order", rule.descending and "descending" or "ascending")
  end
  return M.object(table.unpack(args))
end

local function segment_json(seg)
  local f, w = field_values(seg, "segment")
  local sides, values = {}, {}
  for i, s in ipairs(seg.sides or {}) do sides[i] = s.name end
  for i, v in ipairs(seg.values or {}) do values[i] = v.name end
  local args = { "name", seg.name, "id", opt(rawget(seg, "id")), "fields", f, "words", w,
                 "depends_on", M.array(sides), "values", M.array(values),
                 "ranking", ranking(seg) }
  for _, c in ipairs(categories.notes) do
    local list = {}
    for i, n in ipairs(seg[c.list]) do list[i] = note_json(n) end
    args[#args + 1] = c.list
    args[#args + 1] = M.array(list)
  end
  args[#args + 1] = "file"; args[#args + 1] = opt(seg.file)
  args[#args + 1] = "line"; args[#args + 1] = opt(seg.line)
  return M.object(table.unpack(args))
end

local function target_json(t)
  if not t then return M.null end
  return M.object("segment", t.segment and t.segment.name, "category", t.category,
                  "text", t.text, "id", rawget(t, "id"), "rank", rawget(t, "rank"))
end

local function value_json(v)
  local f, w = field_values(v, "value")
  local products = {}
  for i, p in ipairs(v.products) do
    local pf, pw = field_values(p, "product")
    products[i] = M.object("name", p.name, "id", rawget(p, "id"), "fields", pf, "words", pw,
                           "file", p.file, "line", p.line)
  end
  local args = { "name", v.name, "id", opt(rawget(v, "id")),
                 "segment", opt(v.serves and v.serves.name), "fields", f, "words", w,
                 "products", M.array(products) }
  for _, a in ipairs(categories.addressers) do
    local list = {}
    for i, item in ipairs(v[a.list]) do
      local itf, itw = field_values(item, a.item)
      list[i] = M.object("text", item.text, "id", rawget(item, "id"), "how", rawget(item, "how"),
                         "target", target_json(rawget(item, "target")), "fields", itf,
                         "words", itw, "file", item.file, "line", item.line)
    end
    args[#args + 1] = a.list
    args[#args + 1] = M.array(list)
  end
  args[#args + 1] = "file"; args[#args + 1] = opt(v.file)
  args[#args + 1] = "line"; args[#args + 1] = opt(v.line)
  return M.object(table.unpack(args))
end

-- The fields that scripts declared, in the order of the canonical script.
local function user_fields_json()
  local list = {}
  for i, spec in ipairs(require("canvas.render.script").user_fields()) do
    local aliases = M.null
    if spec.aliases then
      aliases = M.map()
      for k, x in pairs(spec.aliases) do aliases[k] = x end
    end
    local function copy(l)
      if not l then return M.null end
      local out = {}
      for j, x in ipairs(l) do out[j] = x end
      return M.array(out)
    end
    list[i] = M.object("name", spec.name, "on", copy(spec.targets), "type", spec.type,
                       "values", copy(spec.values), "aliases", aliases, "words", copy(spec.words),
                       "doc", spec.doc, "file", spec.file, "line", spec.line)
  end
  return M.array(list)
end

-- The fit of seg, as findings_json.fit_text writes it (and each top note's id).
local function fit_json(seg, top_k)
  local fit = require "canvas.eval.fit"
  local f = fit.of(seg, top_k)
  local args = { "segment", seg.name, "stage", f.stage, "top_k", f.top_k, "covered", f.covered,
                 "total", f.total, "addressed", f.addressed, "backed", f.backed }
  for _, c in ipairs(categories.notes) do
    local cat = f[c.list]
    local top = {}
    for j, e in ipairs(cat.top) do
      local by = {}
      for b, item in ipairs(e.by) do
        by[b] = M.object("value", item.value.name, "word", categories.word_of[item.category],
                         "how", rawget(item, "how"))
      end
      top[j] = M.object("text", e.note.text, "id", rawget(e.note, "id"), "rank", e.note.rank,
                        "tie", e.tie, "addressed_by", M.array(by))
    end
    args[#args + 1] = c.list
    args[#args + 1] = M.object("covered", cat.covered, "total", cat.total, "ties", cat.ties,
                               "top", M.array(top))
  end
  return M.object(table.unpack(args))
end

-- The segment a finding's object belongs to, or nil.
local function segment_of(o)
  if not model.is_object(o) then return nil end
  local c = o.category
  if c == "segment" then return o end
  if c == "value" then return rawget(o, "serves") end
  local owner = rawget(o, categories.owner_key[c] or "")
  if not owner then return nil end
  if owner.category == "value" then return rawget(owner, "serves") end
  return owner
end

-- The load errors of S, then the findings of the checks (as canvas check
-- finds them: the command line's and the script's configuration), by
-- file and line.
local function findings_json(S)
  local loader = require "canvas.script.loader"
  local found = require("canvas.checks.engine").run(require("canvas.checks").cli, loader.current)
  local all = {}
  for _, list in ipairs { S.problems or {}, S.derived or {} } do
    for _, p in ipairs(list) do
      all[#all + 1] = { file = p.file, line = p.line, severity = "error", message = p.message,
                        seq = p.seq or 0 }
    end
  end
  for _, f in ipairs(found) do all[#all + 1] = f end
  loader.sort(all)
  return M.lazy(#all, function(i)
    local f = all[i]
    local seg = segment_of(f.object)
    return M.object("file", f.file or "?", "line", math.tointeger(f.line) or 0,
                    "severity", f.severity or "error", "id", f.id, "name", f.name,
                    "message", f.message or "", "segment", seg and seg.name)
  end)
end

-- The whole model S (the current one by default) as plain tables; see the
-- top of this file. opts.segments, a list of segments, limits segments,
-- values (those serving them) and fit to those.
function M.model(S, opts)
  opts = opts or {}
  require("canvas.lang.resolve").refresh()
  S = S or model.state()
  local segs = opts.segments or S.segments
  local chosen = {}
  for _, seg in ipairs(segs) do chosen[seg] = true end
  local top_k = require("canvas.eval.fit").top_k()
  local values = {}
  for _, v in ipairs(S.values) do
    if not opts.segments or (v.serves and chosen[v.serves]) then values[#values + 1] = v end
  end
  local cv = M.null
  if S.canvas then
    local f, w = field_values(S.canvas, "canvas")
    cv = M.object("name", S.canvas.name, "implicit", S.canvas.implicit == true,
                  "fields", f, "words", w, "file", S.canvas.file, "line", S.canvas.line)
  end
  return M.object(
    "schema", M.SCHEMA,
    "tool", M.object("name", "canvas", "version", tostring(require("canvas.c").version)),
    "canvas", cv,
    "fields", user_fields_json(),
    "segments", M.lazy(#segs, function(i) return segment_json(segs[i]) end),
    "values", M.lazy(#values, function(i) return value_json(values[i]) end),
    "fit", M.lazy(#segs, function(i) return fit_json(segs[i], top_k) end),
    "findings", findings_json(S))
end

-- Writes the model as JSON through writer out (out.line, out.flush).
function M.export(S, out, opts)
  M.write(M.model(S, opts), out)
end

return M
