-- Ranking: step 5 of the framework. By default jobs rank by importance,
-- pains by severity and gains by relevance, highest first. `rank` rules
-- change that per category, for every segment or one: by one field, several
-- in order, weights, or a Lua function. Ranking is stable: ties keep the
-- order of declaration. Notes without a score rank last.
local model = require "canvas.lang.model"
local resolve = require "canvas.lang.resolve"
local categories = require "canvas.lang.categories"
local fields = require "canvas.lang.fields"
local text = require "canvas.util.text"
local suggest = require "canvas.util.suggest"
local where = require("canvas.c").where

local M = {}

M.categories = categories.lists
local category_note = categories.note_of
local singular = categories.list_of     -- rank "pain" means rank "pains"
local default_field = categories.scale_of

local rules = {}        -- category -> list of rules, in declaration order
local chosen = {}       -- category -> segment -> the rule that applies

-- The rules declared, by category (for the canonical script writer).
function M.rules() return rules end

function M.reset()
  rules = { jobs = {}, pains = {}, gains = {} }
  chosen = { jobs = {}, pains = {}, gains = {} }
end
M.reset()
model.on_reset(M.reset)

local function numeric(spec)
  return spec.type == "scale" or spec.type == "number"
end

-- The rule's `by` in a normal form, or nil and a problem.
local function normalize_by(category, by)
  local target = category_note[category]
  local reg = fields.registry[target]
  local function check_field(name)
    if type(name) ~= "string" then
      return "names a field with " .. text.show_value(name) .. "; write field names in quotes"
    end
    local spec = reg[name]
    if not spec then
      local hint = suggest.hint(name, fields.order[target], text.quote)
      if hint == "" then
        local owners = {}
        for _, c in ipairs(categories.notes) do
          if fields.registry[c.note][name] then owners[#owners + 1] = c.note end
        end
        if #owners > 0 then hint = " (it is a field of " .. text.either(owners) .. ")" end
      end
      return "ranks by " .. text.quote(name) .. ", which is not a " .. target .. " field" .. hint
    end
    if not numeric(spec) then
      return "ranks by " .. text.quote(name) .. ", a " .. spec.type .. " field; rank by scale "
        .. "or number fields, or give by = function(note) return <number> end"
    end
  end
  if type(by) == "string" then
    local p = check_field(by)
    if p then return nil, p end
    return { kind = "fields", fields = { by }, label = by }
  elseif type(by) == "function" then
    return { kind = "function", fn = by, label = "a function" }
  elseif type(by) == "table" and getmetatable(by) == nil then
    local n = #by
    if n > 0 then
      for k in pairs(by) do
        if not (math.type(k) == "integer" and k >= 1 and k <= n) then
          return nil, "mixes a list of fields with " .. text.show_value(k)
            .. " = ...; give either { \"a\", \"b\" } (in order) or { a = 2, b = 1 } (weights)"
        end
      end
      for _, f in ipairs(by) do
        local p = check_field(f)
        if p then return nil, p end
      end
      return { kind = "fields", fields = by, label = table.concat(by, ", then ") }
    end
    local weights = {}
    for f, w in pairs(by) do
      local p = check_field(f)
      if p then return nil, p end
      if type(w) ~= "number" or w ~= w then
        return nil, "gives " .. f .. " the weight " .. text.show_value(w) .. "; weights are numbers"
      end
      weights[#weights + 1] = { f, w }
    end
    if #weights == 0 then return nil, "has an empty by = { }" end
    table.sort(weights, function(a, b) return a[1] < b[1] end)
    local parts = {}
    for i, fw in ipairs(weights) do
      local w = fw[2]
      local sign = w < 0 and " - " or " + "
      if i == 1 then sign = w < 0 and "-" or "" end
      parts[i] = sign .. M.score_text(math.abs(w)) .. " x " .. fw[1]
    end
    return { kind = "weights", weights = weights, label = table.concat(parts) }
  end
  return nil, "has by = " .. text.show_value(by) .. "; use a field name, a list of field "
    .. "names, a table of weights or a function(note)"
end

local rule_keys = { "by", "order", "segment" }

-- rank "pains" { by = ..., order = "descending", segment = "..." }
local function declare(rule, def)
  local what = "rank " .. text.quote(rule.name)
  if type(def) ~= "table" or getmetatable(def) ~= nil then
    model.fail(rule.file, rule.line, what .. " needs a table: rank " .. text.quote(rule.name)
      .. ' { by = "' .. default_field[rule.category] .. '" }; got ' .. text.show_value(def))
    return
  end
  for k in pairs(def) do
    local known = false
    for _, x in ipairs(rule_keys) do if k == x then known = true end end
    if not known then
      model.fail(rule.file, rule.line, what .. " has the unknown key " .. text.show_value(k)
        .. "; a rule takes by, order and segment"
        .. suggest.hint(k, rule_keys, text.quote))
      return
    end
  end
  if def.by == nil then
    model.fail(rule.file, rule.line, what .. ' needs by = ...: a field ("severity"), fields in '
      .. 'order ({ "severity", "frequency" }), weights ({ severity = 2, frequency = 1 }) or a '
      .. "function(note) returning a number")
    return
  end
  local by, problem = normalize_by(rule.category, def.by)
  if not by then
    model.fail(rule.file, rule.line, what .. " " .. problem)
    return
  end
  local order = def.order or "descending"
  if type(order) == "string" then order = order:lower() end
  if order ~= "descending" and order ~= "ascending" then
    model.fail(rule.file, rule.line, what .. " has order = " .. text.show_value(order)
      .. '; use "descending" (highest first, the default) or "ascending"')
    return
  end
  if def.segment ~= nil and type(def.segment) ~= "string" then
    model.fail(rule.file, rule.line, what .. " has segment = " .. text.show_value(def.segment)
      .. "; give the segment's name or id in quotes")
    return
  end
  rule.by, rule.descending, rule.segment = by, order == "descending", def.segment
  rule.done = true
  local list = rules[rule.category]
  list[#list + 1] = rule
  model.state().dirty = true
end

-- The `rank` word for scripts.
function M.word(name)
  local file, line = where()
  local category = type(name) == "string" and (singular[name] or name)
  if not category_note[category] then
    model.fail(file, line, "rank needs what to rank: rank \"jobs\", rank \"pains\" or rank "
      .. "\"gains\"; got " .. text.show_value(name)
      .. suggest.hint(name, M.categories, text.quote))
    return function() end
  end
  local rule = { name = name, category = category, file = file, line = line, done = false }
  local S = model.state()
  local rec = { word = "rank", name = name, file = file, line = line, done = false,
                example = '{ by = "' .. default_field[category] .. '" }' }
  S.pending_tables[#S.pending_tables + 1] = rec
  return function(def)
    rec.done = true
    declare(rule, def)
    -- returned so that a segment's table that holds it can say it is misplaced
    return setmetatable({}, { __metatable = "canvas rank rule" })
  end
end

---------------------------------------------------------------------------
-- Scoring and sorting
---------------------------------------------------------------------------

-- Compares two scores: numbers, or lists of numbers in which false marks
-- a missing field and counts lowest.
local function less(a, b)
  if type(a) == "table" then
    for i = 1, #a do
      local x, y = a[i], b[i]
      if x ~= y then
        if x == false then return true end
        if y == false then return false end
        return x < y
      end
    end
    return false
  end
  return a < b
end

-- Scores every note of list by rule, into scores[i] for list[i]; returns
-- false after recording a problem when a function rule fails.
-- (A field that ranks holds a number; one that a script set to something
-- else after the declaration, p.severity = "lots", counts as no score.)
local function score_all(list, rule, scores)
  local by = rule.by
  if by.kind == "fields" and #by.fields == 1 then
    local f = by.fields[1]
    for i = 1, #list do
      local v = list[i][f]
      if v ~= nil and (type(v) ~= "number" or v ~= v) then v = nil end
      scores[i] = v
    end
  elseif by.kind == "fields" then
    local fs = by.fields
    for i = 1, #list do
      local n, key, any = list[i], {}, false
      for j = 1, #fs do
        local v = n[fs[j]]
        if v == nil or type(v) ~= "number" or v ~= v then key[j] = false else key[j] = v; any = true end
      end
      scores[i] = any and key or nil
    end
  elseif by.kind == "weights" then
    local ws = by.weights
    for i = 1, #list do
      local n, sum, any = list[i], 0, false
      for j = 1, #ws do
        local v = n[ws[j][1]]
        if type(v) == "number" and v == v then sum = sum + ws[j][2] * v; any = true end
      end
      scores[i] = any and sum or nil
    end
  else
    local fn = by.fn
    for i = 1, #list do
      local n = list[i]
      local ok, v = pcall(fn, n)
      if not ok or math.type(v) == nil or v ~= v then
        local why
        if not ok then
          why = "failed: " .. text.escape(text.error_text(v))
        elseif v ~= v then
          why = "returned NaN"
        else
          why = "returned " .. text.show_value(v) .. "; it must return a number"
        end
        model.fail_derived(rule.file, rule.line, "rank " .. text.quote(rule.name)
          .. ": the function " .. why .. " (for " .. model.describe(n) .. " at "
          .. model.position(n) .. ")")
        for k = 1, #list do scores[k] = nil end
        return false
      end
      scores[i] = v
    end
  end
  return true
end

local function default_rule(category)
  local f = default_field[category]
  return { name = category, category = category, descending = true,
           by = { kind = "fields", fields = { f }, label = f } }
end
M.default_rule = default_rule

-- The rule that applies to `category` in segment seg.
function M.rule_for(seg, category)
  return chosen[category][seg] or default_rule(category)
end

-- Decides which rule applies to each segment: the last rule scoped to it
-- (by name or id), else the last rule for every segment, else the default.
local function choose()
  local S = model.state()
  for _, category in ipairs(M.categories) do
    local global, scoped = nil, {}
    for _, rule in ipairs(rules[category]) do
      local scope = rule.segment
      if scope == nil then
        global = rule
      else
        local seg = resolve.segment_ref(rule, "rank " .. text.quote(rule.name) .. ": segment =", scope)
        if seg then scoped[seg] = rule end
      end
    end
    local map = {}
    for _, seg in ipairs(S.segments) do map[seg] = scoped[seg] or global end
    chosen[category] = map
  end
end

-- When every score is a whole number of modest size, the order (score, then
-- declaration) packs into one integer per note, and those are sorted in C
-- (canvas.c.sort_integers): much faster than a comparator on large
-- profiles. Returns the positions in rank order, or nil when the scores do
-- not fit.
local PACK = 1 << 31       -- declaration indexes stay below this (integers: the
local SPAN = 1 << 20       -- keys, their sort and % stay integer); scores within +-SPAN
local math_type = math.type
local sort_integers = require("canvas.c").sort_integers
local newtable = require("canvas.c").newtable
local function packed_order(n, desc, scores)
  if n >= PACK then return nil end
  local keys = newtable(n)
  for i = 1, n do
    local sc = scores[i]
    local k
    if sc == nil then
      k = 2 * SPAN + 1                       -- after every score
    elseif math_type(sc) == "integer" and sc > -SPAN and sc < SPAN then
      k = (desc and -sc or sc) + SPAN
    else
      return nil
    end
    keys[i] = k * PACK + i
  end
  sort_integers(keys, n)
  for i = 1, n do keys[i] = keys[i] % PACK end
  return keys
end

-- Ranks a copy of one list; records each note's rank and score in the
-- note itself (note.rank, note.score: keys the model reserves). A note is
-- made with room for them, so this does not grow its table. Scores and
-- the order are kept by position in the list (declaration order), which
-- breaks ties.
local function rank_list(list, rule)
  local n = #list
  local scores = newtable(n)   -- (sized: filled by position)
  local order   -- order[rank] = the position in list of the note at that rank
  if score_all(list, rule, scores) then
    local desc = rule.descending
    order = packed_order(n, desc, scores)
    if not order then
      order = {}
      for i = 1, n do order[i] = i end
      table.sort(order, function(a, b)
        local sa, sb = scores[a], scores[b]
        if sa == nil or sb == nil then
          if sa ~= nil then return true end
          if sb ~= nil then return false end
        elseif less(sa, sb) then
          return not desc
        elseif less(sb, sa) then
          return desc
        end
        return a < b
      end)
    end
  else                        -- a failed function rule: declaration order, no scores
    order = {}
    for i = 1, n do order[i] = i end
  end
  local out = newtable(n)
  for i = 1, n do
    local j = order[i]
    local note = list[j]
    out[i] = note
    note.rank = i             -- (objects have no __newindex: plain stores)
    note.score = scores[j]
  end
  return out
end

-- Ranks every profile of the model.
function M.rank_all()
  local S = model.state()
  choose()
  for _, seg in ipairs(S.segments) do
    local ranked = {}
    for _, category in ipairs(M.categories) do
      ranked[category] = rank_list(seg[category], M.rule_for(seg, category))
    end
    seg.ranked = ranked
  end
end
resolve.on_resolve(M.rank_all)

-- Whether two scores are the same: numbers, or lists of numbers (a rule
-- by several fields). No score is the same as none.
function M.same_score(a, b)
  if a == nil or b == nil then return false end
  if type(a) ~= "table" or type(b) ~= "table" then return a == b end
  if #a ~= #b then return false end
  for i = 1, #a do if a[i] ~= b[i] then return false end end
  return true
end

-- A score as text: "5", "2.5", "5, 3" or "-" when there is none.
function M.score_text(score)
  if score == nil or score == false then return "-" end
  if type(score) == "table" then
    local parts = {}
    for i = 1, #score do parts[i] = M.score_text(score[i]) end
    return table.concat(parts, ", ")
  end
  if math.type(score) == "integer" then return tostring(score) end
  if score == math.floor(score) and math.abs(score) < 2^53 then
    return string.format("%d", score)
  end
  return string.format("%.4g", score)
end

-- How a rule ranks, for headings: "by severity, highest first".
function M.describe(rule)
  return "by " .. rule.by.label .. ", " .. (rule.descending and "highest" or "lowest") .. " first"
end

return M
