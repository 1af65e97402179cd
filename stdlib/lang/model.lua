-- The model: the canvas, its segments with their profiles (jobs, pains,
-- gains), the value propositions, and the problems found while loading.
-- Objects are plain tables with a locked metatable per category, so scripts
-- read fields directly (`pain.severity`) and print readable summaries.
local categories = require "canvas.lang.categories"
local fields = require "canvas.lang.fields"
local source = require "canvas.lang.source"
local text = require "canvas.util.text"
local suggest = require "canvas.util.suggest"
local strlist, strlist_add = require("canvas.c").strlist, require("canvas.c").strlist_add

local M = {}

local math_type = math.type
-- The numbers of a scale as a script may write them (3, or 3.0) -> the
-- integer kept: a table lookup, what the field's convert would give.
local SCALE_NUMBER = { 1, 2, 3, 4, 5 }
local S  -- the current model; see M.reset

M.category_of = categories.category_of
M.list_of = categories.list_of
M.word_of = categories.word_of
M.owner_key = categories.owner_key
local word_of, owner_key, holds = categories.word_of, categories.owner_key, categories.holds

---------------------------------------------------------------------------
-- Describing objects
---------------------------------------------------------------------------

-- `pain "Fear of ..."`: how messages name a declaration.
function M.describe(obj)
  local c = obj.category
  return word_of[c] .. " " .. text.quote(obj.text or obj.name or "?", 50)
end

function M.position(obj)
  return (obj.file or "?") .. ":" .. (obj.line or 0)
end

-- The short marks shown after a note: kind, type/level, scale.
local scale_field = categories.scale_of
function M.marks(obj)
  local c = obj.category
  local reg = fields.registry[c]
  local out = {}
  if obj.kind then out[#out + 1] = obj.kind end
  if c == "job" and obj.role then out[#out + 1] = obj.role end
  if c == "pain" and obj.type then out[#out + 1] = obj.type end
  if c == "gain" and obj.level then out[#out + 1] = obj.level end
  local sf = scale_field[c]
  if sf and obj[sf] then
    out[#out + 1] = sf .. " " .. fields.scale_text(reg[sf], obj[sf])
  end
  return table.concat(out, ", ")
end

local function summary(obj)
  local c = obj.category
  if c == "segment" then
    return string.format("segment %s (%s, %s, %s)", text.quote(obj.name),
      text.count(#obj.jobs, "job"), text.count(#obj.pains, "pain"), text.count(#obj.gains, "gain"))
  elseif c == "value" then
    local parts = { text.count(#obj.products, "product"), text.count(#obj.relievers, "reliever"),
                    text.count(#obj.creators, "creator") }
    if #obj.helpers > 0 then parts[#parts + 1] = text.count(#obj.helpers, "helper") end
    return string.format("value %s for %s (%s)",
      text.quote(obj.name), obj.segment and text.quote(obj.segment) or "no segment",
      table.concat(parts, ", "))
  elseif c == "canvas" then
    return string.format("canvas %s (%s)", text.quote(obj.name), text.count(#S.segments, "segment"))
  end
  local marks = M.marks(obj)
  return M.describe(obj) .. (marks ~= "" and (" [" .. marks .. "]") or "")
end
M.summary = summary

---------------------------------------------------------------------------
-- Classes
---------------------------------------------------------------------------
local apply  -- defined below

-- What every object of a category answers besides its own fields: its
-- category. A table, not a function, so that reading a field a note does
-- not have (n.role) costs one more lookup in C and no call.
M.classes = {}
local category_of_meta = {}   -- locked metatable value -> category
for _, c in ipairs(fields.targets) do
  local methods = { category = c }
  M.classes[c] = {
    __index = methods,
    __tostring = summary,
    __call = function(obj, tbl) return apply(obj, tbl) end,
    __metatable = "canvas " .. c,
    __name = "canvas." .. c,
  }
  category_of_meta["canvas " .. c] = c
end
local classes = M.classes
local category_of_class = {}   -- class (the real metatable) -> category
for c, class in pairs(classes) do category_of_class[class] = c end
local debug_getmetatable = debug.getmetatable

-- The category of a canvas object, or nil for any other value.
local function category_of(v)
  if type(v) ~= "table" then return nil end
  return category_of_meta[getmetatable(v)]
end
M.category = category_of

function M.is_object(v, cat)
  local c = category_of(v)
  return c ~= nil and (cat == nil or c == cat)
end

---------------------------------------------------------------------------
-- State
---------------------------------------------------------------------------
-- Modules that keep state of their own (ranking rules, checks) register
-- here to be reset with the model.
local reset_hooks = {}
function M.on_reset(fn) reset_hooks[#reset_hooks + 1] = fn end

function M.reset()
  fields.reset_user()
  for _, fn in ipairs(reset_hooks) do fn() end
  S = {
    canvas = nil,
    segments = {}, values = {},
    segment_by_name = {}, value_by_name = {},
    ids = {},
    ids_of = {},            -- category -> its ids, in the order given (a canvas.c strlist)
    problems = {},          -- load errors: { file, line, message, seq }
    derived = {},           -- load errors found after resolving (ranking)
    findings = {},          -- what resolving found (CS018, CS024): see checks/
    pending = {},           -- notes and value items not yet in a table
    pending_owner = {},     -- the segment or value current when each was made
    npending = 0,           -- how many are pending (# of a long list costs)
    pending_tables = {},    -- `field "x"`, `rank "x"` without their table yet
    current = {},           -- current segment and value, by category
    custom_checks = {},     -- check "name" { ... }: checks/custom.lua
    check_config = nil,     -- checks { ... }: checks/config.lua
    inline = {},            -- file -> line -> ignored rule IDs (-- canvas: ignore)
    deferred_ids = {},      -- custom rule IDs named before their checks
    seq = 0,
  }
  M.S = S
  return S
end
M.reset()

function M.state() return S end

-- Records a load error at `file:line`.
function M.fail(file, line, message)
  S.seq = S.seq + 1
  S.problems[#S.problems + 1] = { file = file or "?", line = line or 0,
                                  message = message, seq = S.seq }
end

local function fail_at(obj, message)
  M.fail(obj.file, obj.line, message)
end
M.fail_at = fail_at

---------------------------------------------------------------------------
-- Making objects
---------------------------------------------------------------------------

-- A new object of `category` called `label` declared at file:line. Notes and
-- value items wait in `pending` until a table claims them or the load ends.
function M.new(category, label, file, line, detached)
  local obj
  if category == "segment" then
    obj = { name = label, file = file, line = line,
            jobs = {}, pains = {}, gains = {}, values = {}, sides = {} }
  elseif category == "value" then
    obj = { name = label, file = file, line = line,
            products = {}, relievers = {}, creators = {}, helpers = {} }
  elseif category == "canvas" or category == "product" then
    obj = { name = label, file = file, line = line }
  else
    -- room for the owner, the rank and score that ranking adds and two
    -- fields without growing the table (the nil entries only size it)
    obj = { text = label, file = file, line = line, segment = nil,
            rank = nil, score = nil, f1 = nil, f2 = nil }
  end
  setmetatable(obj, classes[category])
  S.dirty = true
  local ok = owner_key[category]
  if ok and not detached then
    local n = S.npending + 1
    S.npending = n
    S.pending[n] = obj
    S.pending_owner[n] = S.current[ok] or false
  end
  return obj
end

-- A new note or value item of `category`: M.new's case for the words
-- that a script writes most, made without its choices.
function M.new_item(category, label, file, line)
  local obj = setmetatable({ text = label, file = file, line = line, segment = nil,
                             rank = nil, score = nil, f1 = nil, f2 = nil }, classes[category])
  local s = S
  s.dirty = true
  local n = s.npending + 1
  s.npending = n
  s.pending[n] = obj
  s.pending_owner[n] = s.current[owner_key[category]] or false
  return obj
end

-- Declares a named object (canvas, segment, value), refusing a second one
-- with the same name. Returns the object (a detached one after an error so
-- that the script can go on and every mistake is reported).
function M.declare_named(category, name, file, line)
  local obj = M.new(category, name, file, line)
  if category == "canvas" then
    if S.canvas then
      fail_at(obj, "canvas " .. text.quote(name) .. " is declared again (the canvas "
        .. text.quote(S.canvas.name) .. " was declared at " .. M.position(S.canvas)
        .. "); a script has one canvas")
      return obj
    end
    S.canvas = obj
    return obj
  end
  local by = category == "segment" and S.segment_by_name or S.value_by_name
  local old = by[name]
  if old then
    fail_at(obj, word_of[category] .. " " .. text.quote(name)
      .. " is already declared at " .. M.position(old) .. "; give each "
      .. word_of[category] .. " its own name")
  else
    by[name] = obj
    local list = category == "segment" and S.segments or S.values
    list[#list + 1] = obj
  end
  S.current[category] = obj
  return obj
end

local function register_id(obj, id)
  local old = S.ids[id]
  if old and old ~= obj then
    fail_at(obj, M.describe(obj) .. ": id " .. text.quote(id) .. " is already used by "
      .. M.describe(old) .. " at " .. M.position(old) .. "; ids must be unique")
    return false
  end
  if not old then
    local c = obj.category
    local list = S.ids_of[c]
    if not list then
      list = strlist()
      S.ids_of[c] = list
    end
    strlist_add(list, id)
  end
  S.ids[id] = obj
  return true
end

-- Attaches item (a note or value item of category c) to owner, in order.
local list_of = categories.list_of
local function attach(owner, item, c)
  item[owner_key[c]] = owner   -- (objects have no __newindex: a plain store)
  local list = owner[list_of[c]]
  list[#list + 1] = item
end

-- Puts item, found in the table of obj at `index`, into obj. This runs for
-- every note of a script, so it reads the metatable once.
local function claim(obj, item, index)
  -- an object of the model, told by its class (the real metatable: no
  -- string to make for __metatable), or else anything a script wrote
  local c = category_of_class[debug_getmetatable(item)]
  if not c then
    local mt = type(item) == "table" and getmetatable(item)
    if mt == "canvas rank rule" then
      fail_at(obj, M.describe(obj) .. ": item " .. index .. " is a rank rule, which ranks every "
        .. "segment; write it after the " .. word_of[obj.category] .. " with segment = "
        .. text.quote(obj.name or obj.text or "?") .. " to rank only this one")
      return
    end
    c = category_of_meta[mt]
  end
  if not (c and holds[obj.category][c]) then
    local allowed = {}
    for k in pairs(holds[obj.category]) do allowed[#allowed + 1] = word_of[k] end
    table.sort(allowed)
    local got = M.is_object(item) and (word_of[c] .. " " .. text.quote(item.text or item.name))
      or text.show_value(item)
    fail_at(obj, M.describe(obj) .. ": item " .. index .. " is " .. got .. "; the table of a "
      .. word_of[obj.category] .. " holds fields and " .. text.either(allowed) .. " declarations")
    -- reported once: the misplaced item is not also "outside any" owner
    if c and owner_key[c] and rawget(item, owner_key[c]) == nil then
      rawset(item, owner_key[c], false)
    end
    return
  end
  local key = owner_key[c]
  local owner = rawget(item, key)
  if owner == obj then return end
  if owner then
    fail_at(item, M.describe(item) .. " is already in " .. M.describe(owner) .. " at "
      .. M.position(owner) .. "; declare it again to use it twice")
    return
  end
  attach(obj, item, c)
end

-- Cross-field rules that a single field cannot check.
local function validate(obj)
  if obj.category == "job" and obj.role and obj.kind ~= "supporting" then
    fail_at(obj, M.describe(obj) .. ': role = "' .. obj.role .. '" is only for supporting jobs; '
      .. 'add kind = "supporting" or remove the role')
  end
end

-- Applies the table of fields `tbl` to obj: `job "x" { kind = ... }`.
function apply(obj, tbl)
  S.dirty = true
  if type(tbl) ~= "table" or getmetatable(tbl) ~= nil then
    fail_at(obj, M.describe(obj) .. " expects a table of fields { ... } after its name; got "
      .. (M.is_object(tbl) and M.describe(tbl) or text.show_value(tbl)))
    return obj
  end
  local c = obj.category   -- (from its class: apply is only ever called on objects)
  local reg = fields.registry[c]
  local n = #tbl
  local errs  -- { key, message } pairs, reported in key order
  local item = 1          -- the list's items come first, in order: no test for them
  for k, v in next, tbl do
    local spec = reg[k]   -- only string keys name fields
    if k == item then
      item = item + 1
    elseif spec then
      -- the common cases without a call: a word of a choice written
      -- exactly, a whole number on a scale
      local value, problem
      local lk = spec.lookup
      if lk and spec.type == "choice" then value = lk.exact[v] end
      if value == nil and spec.type == "scale" then value = SCALE_NUMBER[v] end
      if value == nil then value, problem = spec.convert(spec, v) end
      if value == nil then
        errs = errs or {}
        errs[#errs + 1] = { k, fields.problem(spec, v, problem) }
      elseif k ~= "id" or register_id(obj, value) then
        obj[k] = value   -- (objects have no __newindex: a plain store)
      end
    elseif not (math_type(k) == "integer" and k >= 1 and k <= n) then
      local problem
      if math_type(k) == "integer" then
        problem = "item " .. k .. " comes after a gap (nil) in the list"
      else
        problem = fields.unknown(c, k)
      end
      errs = errs or {}
      errs[#errs + 1] = { tostring(k), problem }
    end
  end
  if errs then
    -- each at the line where its field is written, when the text shows it
    table.sort(errs, function(a, b) return a[1] < b[1] end)
    for _, e in ipairs(errs) do
      local line = source.field_line(obj.file, obj.line, obj.text or obj.name, e[1])
      M.fail(obj.file, line or obj.line, M.describe(obj) .. ": " .. e[2])
    end
  end
  if n > 0 then
    if not holds[c] then
      fail_at(obj, M.describe(obj) .. ": a " .. word_of[c] .. " holds only fields (name = value); "
        .. "found " .. n .. " list item" .. (n > 1 and "s" or ""))
    else
      for i = 1, n do claim(obj, tbl[i], i) end
    end
  end
  if c == "job" and rawget(obj, "role") then validate(obj) end
  return obj
end
M.apply = apply
-- `job "x" { ... }` calls the object with its table: straight into apply
for _, class in pairs(classes) do class.__call = apply end

---------------------------------------------------------------------------
-- The end of a load: loose notes
---------------------------------------------------------------------------

-- Notes written outside any table belong to the segment (or value) declared
-- most recently before them.
function M.settle_pending()
  local pending, owners = S.pending, S.pending_owner
  for i = 1, #pending do
    local item = pending[i]
    -- notes keep their segment and value items their value under these
    -- reserved keys: one of them set means the item has its owner
    if rawget(item, "segment") == nil and rawget(item, "value") == nil then
      local c = category_of(item)
      local key = owner_key[c]
      local owner = owners[i]
      if owner then
        attach(owner, item, c)
      else
        fail_at(item, M.describe(item) .. " is outside any " .. key .. "; write it inside "
          .. key .. ' "..." { ... } or after one')
      end
    end
  end
  S.pending, S.pending_owner, S.npending = {}, {}, 0
  for _, f in ipairs(S.pending_tables) do
    if not f.done then
      M.fail(f.file, f.line, f.word .. " " .. text.quote(f.name) .. " needs its table: "
        .. f.word .. " " .. text.quote(f.name) .. " " .. f.example)
    end
  end
  S.pending_tables = {}
end

-- Records a load error found while deriving (ranking): these are found
-- again on every pass, so each pass starts them afresh.
function M.fail_derived(file, line, message)
  S.seq = S.seq + 1
  S.derived[#S.derived + 1] = { file = file or "?", line = line or 0,
                                message = message, seq = S.seq }
end

-- Records a finding (made by checks.finding) in order with the problems.
function M.report(finding)
  S.seq = S.seq + 1
  finding.seq = S.seq
  S.findings[#S.findings + 1] = finding
end

-- The segment that `ref` names: by id first, then by name. A second
-- segment that the other way matches comes back too (an ambiguous
-- reference). Returns nil when none matches.
function M.find_segment(ref)
  local by_id = S.ids[ref]
  if by_id and by_id.category ~= "segment" then by_id = nil end
  local by_name = S.segment_by_name[ref]
  if by_id then
    return by_id, (by_name ~= by_id) and by_name or nil
  end
  return by_name
end

-- "no segment "X"; did you mean "Y"? The segments are "Y" and "Z"": what
-- every caller says about a segment reference that names none.
function M.no_segment(ref)
  local names, quoted = {}, {}
  for i, x in ipairs(S.segments) do names[i], quoted[i] = x.name, text.quote(x.name) end
  local hint = suggest.hint(ref, names, text.quote)
  local msg = "no segment " .. text.quote(ref) .. hint
  if #quoted > 0 then
    return msg .. (hint ~= "" and " The" or "; the") .. " segments are " .. text.either(quoted, "and")
  end
  return msg .. "; no segment is declared yet"
end

return M
