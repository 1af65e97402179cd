-- Resolving references once the script has loaded, so that declaration
-- order never matters: a value proposition's segment, its relievers' pains
-- and creators' gains, platform sides' depends_on. A reference matches by
-- id first, then by exact text; one that matches nothing is finding CS018,
-- one that could mean two things is CS024 (checks/references.lua); one that
-- names another segment's note is left unresolved for CS021.
-- Modules that derive from the resolved model (ranking) run after it.
local model = require "canvas.lang.model"
local categories = require "canvas.lang.categories"
local fields = require "canvas.lang.fields"
local checks = require "canvas.checks"
local text = require "canvas.util.text"
local suggest = require "canvas.util.suggest"

local M = {}

local hooks, finish_hooks = {}, {}
-- fn() runs after every resolution, in the order registered.
function M.on_resolve(fn) hooks[#hooks + 1] = fn end
-- fn() runs once at the end of each load, after resolving.
function M.on_finish(fn) finish_hooks[#finish_hooks + 1] = fn end

local S   -- the model being resolved

local function report(id, obj, message)
  model.report(checks.finding(id, obj, message))
end

-- The texts and ids of objects, for did-you-mean.
local function labels(list)
  local out = {}
  for _, o in ipairs(list) do
    out[#out + 1] = o.text or o.name
    if o.id then out[#out + 1] = o.id end
  end
  return out
end

local function where(obj)
  return model.describe(obj) .. " at " .. model.position(obj)
end

-- The segment `ref` names for `obj`, whose reference it is: `what` says
-- which ("value "V": segment ="), `unknown` says "names no segment" in the
-- words that fit. Reports CS018 or CS024; nil when there is none.
local function segment_ref(obj, what, ref, unknown)
  S = model.state()
  local seg, other = model.find_segment(ref)
  if not seg then
    report("CS018", obj, what .. " " .. text.quote(ref) .. (unknown or " names no segment")
      .. suggest.hint(ref, labels(S.segments), text.quote))
  elseif other then
    report("CS024", obj, what .. " " .. text.quote(ref) .. ": it is the id of " .. where(seg)
      .. " and the name of " .. where(other) .. "; the id wins. Give the segment an id "
      .. "that is no other segment's name")
  end
  return seg
end
M.segment_ref = segment_ref

-- The notes of list `list_name` in seg by text: first -> note, and the
-- texts that two notes share -> the second one. Built once per pass.
local function text_index(index, seg, list_name)
  local by = index[seg]
  if not by then by = {}; index[seg] = by end
  local t = by[list_name]
  if not t then
    local first, second = {}, {}
    local list = seg[list_name]
    for i = 1, #list do
      local n = list[i]
      local tx = n.text
      if first[tx] == nil then first[tx] = n elseif second[tx] == nil then second[tx] = n end
    end
    t = { first = first, second = second }
    by[list_name] = t
  end
  return t
end

-- The note of list list_name (pains, gains or jobs) of a segment other
-- than seg that `ref` names, by id first, then by exact text; nil when
-- there is none. A reliever that names another segment's pain addresses
-- nothing in seg's profile: that is CS021 (checks/valuemap.lua), which
-- asks this too, not an unknown reference.
local everywhere       -- list_name -> text -> the notes with it, of every segment
local everywhere_for   -- the model state it was made for

function M.elsewhere(ref, seg, list_name)
  local st = model.state()
  local o = st.ids[ref]
  if o and o.segment and o.segment ~= seg and model.list_of[o.category] == list_name then
    return o
  end
  -- made once per resolution, when the first such question comes
  if everywhere_for ~= st or st.dirty or not everywhere then
    everywhere, everywhere_for = {}, st
  end
  local by = everywhere[list_name]
  if not by then
    by = {}
    for _, other in ipairs(st.segments) do
      for _, n in ipairs(other[list_name]) do
        local list = by[n.text]
        if not list then list = {}; by[n.text] = list end
        list[#list + 1] = n
      end
    end
    everywhere[list_name] = by
  end
  for _, n in ipairs(by[ref] or {}) do
    if n.segment ~= seg then return n end
  end
  return nil
end

-- Resolves the reliever, creator or helper `item` of a value proposition
-- for seg: the pain, gain or job it names in list_name.
local function note_ref(item, seg, list_name, index)
  local ref = item.text
  local what = categories.note_of[list_name]
  local t = text_index(index, seg, list_name)
  local by_text = t.first[ref]
  local o = S.ids[ref]
  local by_id = o and o.segment == seg and model.list_of[o.category] == list_name and o or nil
  if by_id then
    if by_text and by_text ~= by_id then
      report("CS024", item, model.describe(item) .. ": " .. text.quote(ref) .. " is the id of "
        .. where(by_id) .. " and the text of " .. where(by_text) .. "; the id wins. Give the "
        .. "note an id that is no other note's text")
    end
    return by_id
  end
  if by_text then
    local twin = t.second[ref]
    if twin then
      report("CS024", item, model.describe(item) .. " could mean " .. where(by_text) .. " or "
        .. where(twin) .. ", which have the same text; the first is used. Give each "
        .. what .. " its own text, or an id to refer to it by")
    end
    return by_text
  end
  -- another segment's note: it addresses nothing here (CS021)
  local other = M.elsewhere(ref, seg, list_name)
  if other then
    local v = item.value
    local word = categories.word_of[item.category]
    report("CS021", item, word .. " " .. text.quote(ref) .. " names "
      .. (other.text == ref and ("a " .. other.category)
          or (other.category .. " " .. text.quote(other.text, 40)))
      .. " of segment " .. text.quote(other.segment.name)
      .. ", but value " .. text.quote(v and v.name or "?") .. " is for segment " .. text.quote(seg.name)
      .. ": it addresses nothing there. Move it to a value proposition for "
      .. text.quote(other.segment.name) .. ", or name a " .. what .. " of " .. text.quote(seg.name))
    return nil
  end
  -- nothing matches: say why as precisely as the model allows
  local msg = model.describe(item) .. " names no " .. what .. " of segment " .. text.quote(seg.name)
  -- a pain named by creates, a gain by relieves, a pain or gain by helps...
  local mirror, word
  for _, a in ipairs(categories.addressers) do
    if a.notes ~= list_name and not mirror then
      mirror, word = text_index(index, seg, a.notes).first[ref], a.word
    end
  end
  if o and o.category ~= "segment" then
    msg = msg .. " (that id is " .. model.describe(o)
      .. (o.segment and o.segment ~= seg and (" of segment " .. text.quote(o.segment.name)) or "") .. ")"
  elseif mirror then
    msg = msg .. "; " .. text.quote(ref) .. " is a " .. mirror.category .. " of that segment ("
      .. word .. " " .. text.quote(ref) .. " addresses it)"
  else
    msg = msg .. suggest.hint(ref, labels(seg[list_name]), text.quote)
  end
  report("CS018", item, msg)
  return nil
end

-- The lists of a segment and of a value, with the category of their items.
local SEGMENT_LISTS = { { "jobs", "job", "text" }, { "pains", "pain", "text" },
                        { "gains", "gain", "text" } }
local VALUE_LISTS = { { "products", "product", "name" }, { "relievers", "reliever", "text" },
                      { "creators", "creator", "text" }, { "helpers", "helper", "text" } }

-- Keeps what a script stored in place of a list of obj (`seg.pains = {
-- "Slow" }`, `rawset(seg, "jobs", nil)`), or in place of the text or the
-- position of one of its items (`p.text = nil`), from reaching ranking and
-- the checks: that is a load error at obj's declaration, and obj keeps only
-- the items that are of the list's category with their text and position
-- whole. A list is read once, without a call for each item unless one is
-- wrong.
local debug_getmetatable, math_type = debug.getmetatable, math.type

-- Whether x is an item of the class given (its metatable) whose label (its
-- text, or a product's name) is a text and whose position is a file and a
-- whole line, or neither.
local function whole(x, class, label)
  if debug_getmetatable(x) ~= class then return false end
  local t, f, l = x[label], x.file, x.line   -- (fields of the object itself)
  return type(t) == "string" and (f == nil or type(f) == "string")
    and (l == nil or math_type(l) == "integer")
end

-- One list of obj that canvas.c.sound_lists found broken: the load errors,
-- and only the whole items are kept.
local function mend(obj, l)
  local name, want, label = l[1], l[2], l[3]
  local list = rawget(obj, name)
  local class = model.classes[want]   -- (the real metatable of its items)
  local kept, got, broken, nbroken = {}, nil, nil, 0
  if type(list) == "table" then
    for i = 1, #list do
      local x = list[i]
      if whole(x, class, label) then kept[#kept + 1] = x
      elseif debug_getmetatable(x) == class then
        broken, nbroken = broken or x, nbroken + 1
      elseif got == nil then
        got = model.is_object(x) and model.describe(x) or text.show_value(x)
      end
    end
  end
  local word = categories.word_of[want]
  local what = model.describe(obj) .. ": "
  if type(list) ~= "table" or debug_getmetatable(list) ~= nil or got then
    model.fail_derived(obj.file, obj.line, what .. "its " .. name
      .. " were replaced by the script (now "
      .. (type(list) == "table" and ("a table holding " .. (got or "no list"))
          or text.show_value(list))
      .. "); declare them inside it, " .. word .. ' "..." { ... }, instead of storing into .'
      .. name)
  end
  if broken then
    model.fail_derived(obj.file, obj.line, what .. "the script changed the " .. label
      .. " or the line of "
      .. (nbroken == 1 and ("one of its " .. name) or (nbroken .. " of its " .. name))
      .. " (" .. label .. " = " .. text.show_value(broken[label]) .. ", line = "
      .. text.show_value(broken.line) .. "); a " .. want .. " must keep the " .. label
      .. " and the line it was declared with, and "
      .. (nbroken == 1 and "this one is" or "these are") .. " left out")
  end
  rawset(obj, name, kept)
end

-- The lists as canvas.c.sound_lists takes them: { name, class, label }.
local function spec_of(lists)
  local out = {}
  for i, l in ipairs(lists) do out[i] = { l[1], model.classes[l[2]], l[3] } end
  return out
end
local SEGMENT_SPEC, VALUE_SPEC = spec_of(SEGMENT_LISTS), spec_of(VALUE_LISTS)
local c_sound_lists = require("canvas.c").sound_lists

local function sound_lists(obj, lists, spec)
  local k, mended = c_sound_lists(obj, spec), 0
  while k ~= 0 and mended < #lists do   -- (each list is mended once at most)
    mend(obj, lists[k])
    mended = mended + 1
    k = c_sound_lists(obj, spec)   -- (the lists before k are whole now)
  end
end

-- The type of a field's value once declared, by the field's type.
local STORED = { text = "string", number = "number", boolean = "boolean", scale = "number",
                 choice = "string", list = "table", map = "table", ref = "string",
                 refs = "table", rules = "table" }

-- The fields of obj that the script set after declaring it to a value of
-- another type than its field's (`s.customer = { }`, `p.relevance =
-- "lots"`): a load error at obj's declaration each, and the field is unset,
-- so that ranking, the checks, the views and the exports do not fail on it.
-- A value of the right type outside the field's choices or scale is left
-- to them (a saved script reports it). `expect` is expected_types(c):
-- canvas.c.sound_fields reads the object's fields in C.
local c_sound_fields = require("canvas.c").sound_fields

-- The fields of category c now and the type each one's values have, as two
-- arrays (a script may declare fields of its own: made again each time).
local function expected_types(c)
  local names, types, reg = {}, {}, fields.registry[c]
  for _, name in ipairs(fields.order[c]) do   -- (in the order of declaration)
    local want = STORED[reg[name].type]
    if want then names[#names + 1], types[#types + 1] = name, want end
  end
  return { names, types }
end

local function sound_fields(obj, c, expect)
  local names, types = expect[1], expect[2]
  local name = c_sound_fields(obj, names, types)
  while name ~= nil do
    local spec, v = fields.registry[c][name], rawget(obj, name)
    model.fail(obj.file, obj.line, model.describe(obj) .. ": the script set " .. name
      .. " to " .. text.show_value(v) .. " after declaring it; " .. name .. " is "
      .. fields.describe(spec) .. ", given in the declaration's table { " .. name .. " = ... }")
    rawset(obj, name, nil)
    name = c_sound_fields(obj, names, types)
  end
end

-- The name of a segment or value proposition that the script changed after
-- declaring it: a load error, and the name it was declared with, which
-- by_name (name -> object) still knows, back.
local function sound_name(obj, by_name)
  local name = rawget(obj, "name")
  if type(name) == "string" and by_name[name] == obj then return end
  for declared, o in pairs(by_name) do
    if o == obj then
      model.fail_derived(obj.file, obj.line, categories.word_of[model.category(obj)] .. " "
        .. text.quote(declared) .. ": the script changed its name to " .. text.show_value(name)
        .. "; a name is given where it is declared")
      rawset(obj, "name", declared)
      return
    end
  end
end

-- The objects that own lists: the model's list of them, their category,
-- their lists (with canvas.c.sound_lists's form of them) and the table of
-- their declared names.
local OWNERS = {
  { "segments", "segment", SEGMENT_LISTS, SEGMENT_SPEC, "segment_by_name" },
  { "values", "value", VALUE_LISTS, VALUE_SPEC, "value_by_name" },
}

local function sound_model()
  for _, o in ipairs(OWNERS) do
    local lists, spec, by_name = o[3], o[4], S[o[5]]
    for _, obj in ipairs(S[o[1]]) do
      sound_name(obj, by_name)
      sound_lists(obj, lists, spec)
    end
  end
  for _, seg in ipairs(S.segments) do
    local deps = rawget(seg, "depends_on")   -- (resolving reads it)
    if deps ~= nil and type(deps) ~= "table" then
      model.fail_derived(seg.file, seg.line, model.describe(seg) .. ": the script set depends_on "
        .. "to " .. text.show_value(deps) .. " after declaring it; depends_on is a name or a list "
        .. "of names, given in the declaration's table { depends_on = ... }")
      rawset(seg, "depends_on", nil)
    end
  end
end

-- Before a view or an export, which write fields as they are: the fields
-- of every object that a script set after declaring it to a value of the
-- wrong type become load errors (model.fail) and are unset. Checking and
-- ranking do not need it (they read only numbers they test), so a check
-- does not pay for it. Returns the index in the model's problems of the
-- first such error, or nil when there is none.
function M.sound_fields()
  S = model.state()
  local first = #S.problems + 1
  local expect = setmetatable({}, { __index = function(t, c)
    local e = expected_types(c)
    t[c] = e
    return e
  end })
  if S.canvas then sound_fields(S.canvas, "canvas", expect.canvas) end
  for _, o in ipairs(OWNERS) do
    local category, lists = o[2], o[3]
    for _, obj in ipairs(S[o[1]]) do
      sound_fields(obj, category, expect[category])
      for _, l in ipairs(lists) do
        local list, c = obj[l[1]], l[2]
        local e = expect[c]
        for i = 1, #list do sound_fields(list[i], c, e) end
      end
    end
  end
  return #S.problems >= first and first or nil
end

-- Resolves every reference of the model again (idempotent).
function M.resolve()
  everywhere = nil
  S = model.state()
  S.dirty = false
  S.resolved = true
  S.findings = {}
  S.derived = {}
  sound_model()
  local index = {}
  for _, seg in ipairs(S.segments) do
    seg.values, seg.sides = {}, {}
  end
  for _, seg in ipairs(S.segments) do
    for _, ref in ipairs(seg.depends_on or {}) do
      local other = segment_ref(seg, model.describe(seg) .. ": depends_on names", ref,
        ", which is no segment")
      if other then seg.sides[#seg.sides + 1] = other end
    end
  end
  for _, v in ipairs(S.values) do
    local seg
    if v.segment then
      seg = segment_ref(v, model.describe(v) .. ": segment =", v.segment)
    elseif #S.segments == 1 then
      seg = S.segments[1]
    else
      report("CS018", v, model.describe(v) .. ' does not say which segment it is for; add segment = "..."')
    end
    rawset(v, "serves", seg)
    if seg then seg.values[#seg.values + 1] = v end
    for _, a in ipairs(categories.addressers) do
      for _, item in ipairs(v[a.list]) do
        rawset(item, "target", seg and note_ref(item, seg, a.notes, index) or nil)
      end
    end
  end
  for _, fn in ipairs(hooks) do fn() end
end

-- Brings references up to date for a query made while a script runs.
-- Lets go of the model last resolved (before another script in this
-- interpreter: the old model is garbage).
function M.forget() S, everywhere, everywhere_for = nil, nil, nil end

function M.refresh()
  if model.state().dirty then
    model.settle_pending()
    M.resolve()
  end
end

-- Ends a load: settles loose notes, names the canvas, resolves references.
function M.finish(default_name)
  model.settle_pending()
  local st = model.state()
  if not st.canvas and default_name then
    st.canvas = model.new("canvas", default_name, nil, nil)
    st.canvas.implicit = true
  end
  -- a query may have resolved the model already, with nothing declared since
  if st.dirty or not st.resolved then M.resolve() end
  for _, fn in ipairs(finish_hooks) do fn() end
end

return M
