-- The field registry: every field that a declaration may carry, with its type
-- and allowed values. Built-in fields (vocabulary.lua) and user fields
-- (`field "x" { ... }` in scripts) are registered by the same `declare`;
-- validation, help and docs all read this one registry.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match = string.match
local suggest = require "canvas.util.suggest"
local text = require "canvas.util.text"

local M = {}

local categories = require "canvas.lang.categories"

-- What a field can be declared on, in the order docs list them.
M.targets = categories.all
local is_target = {}
for _, t in ipairs(M.targets) do is_target[t] = true end

-- Names accepted in `on = ...` besides the targets themselves.
M.target_groups = {
  note = {},
  relieves = { "reliever" },
  creates = { "creator" },
  helps = { "helper" },
}
for i, c in ipairs(categories.notes) do M.target_groups.note[i] = c.note end

-- Keys the model uses itself; no field may take them.
M.reserved = categories.reserved

M.registry = {}   -- target -> name -> spec
M.order = {}      -- target -> list of names, in declaration order
M.user_order = {} -- target -> the names in M.order that scripts declared
for _, t in ipairs(M.targets) do M.registry[t], M.order[t], M.user_order[t] = {}, {}, {} end

-- Words are compared without regard to case, and " " or "_" count as "-".
local lower, gsub = string.lower, string.gsub
local function canon(s)
  return (gsub(lower(s), "[ _]", "-"))
end

-- word -> what it stands for, for the words of a choice (values and
-- aliases) or a scale (words -> numbers), built once per spec: written
-- exactly, and in canonical form.
-- Kept in the spec itself (spec.lookup), built on first use.
local function lookup(spec)
  local t = spec.lookup
  if t then return t end
  t = { exact = {}, canon = {} }
  local function add(word, meaning)
    t.exact[word] = meaning
    t.canon[canon(word)] = meaning
  end
  if spec.words then
    for i, w in ipairs(spec.words) do add(w, i) end
  else
    for a, w in pairs(spec.aliases or {}) do add(a, w) end
    for _, w in ipairs(spec.values) do add(w, w) end
  end
  spec.lookup = t
  return t
end

---------------------------------------------------------------------------
-- Types. convert(spec, v) returns the stored value, or nil and a problem
-- phrase that follows "field = <value> ": "is not ...; use ...".
---------------------------------------------------------------------------
local types = {}
M.types = types

local function allowed_words(spec)
  local out = {}
  for _, w in ipairs(spec.values) do out[#out + 1] = w end
  return out
end

types.text = {
  describe = function() return "text" end,
  convert = function(_, v)
    if type(v) == "string" then return v end
    return nil, "is not text; write it in quotes"
  end,
}

types.number = {
  describe = function() return "a number" end,
  convert = function(_, v)
    if type(v) == "number" and v == v then return v end
    return nil, "is not a number"
  end,
}

types.boolean = {
  describe = function() return "true or false" end,
  convert = function(_, v)
    if type(v) == "boolean" then return v end
    return nil, "is not true or false"
  end,
}

local function scale_words(spec)
  local out = {}
  for i, w in ipairs(spec.words) do out[i] = '"' .. w .. '" (' .. i .. ")" end
  return out
end

types.scale = {
  describe = function(spec)
    if spec.words then
      return "a whole number 1..5 or one of " .. text.either(scale_words(spec))
    end
    return "a whole number 1..5"
  end,
  convert = function(spec, v)
    if type(v) == "number" then
      local i = math.tointeger(v)
      if i and i >= 1 and i <= 5 then return i end
      return nil, "is outside the scale; use " .. types.scale.describe(spec)
    end
    if type(v) == "string" and spec.words then
      local t = lookup(spec)
      local i = t.exact[v] or t.canon[canon(v)]
      if i then return i end
      return nil, "is not " .. text.article(spec.name) .. " word; use "
        .. types.scale.describe(spec) .. suggest.hint(v, spec.words, text.quote)
    end
    return nil, "is not on the scale; use " .. types.scale.describe(spec)
  end,
}

local function choose(spec, v)
  if type(v) ~= "string" then return nil end
  local t = lookup(spec)
  return t.exact[v] or t.canon[canon(v)]
end

local function quoted_list(list)
  local out = {}
  for i, w in ipairs(list) do out[i] = '"' .. w .. '"' end
  return out
end

types.choice = {
  describe = function(spec) return "one of " .. text.either(quoted_list(spec.values)) end,
  convert = function(spec, v)
    local w = choose(spec, v)
    if w then return w end
    local hint = suggest.hint(v, allowed_words(spec), text.quote)
    return nil, "is not allowed; use " .. types.choice.describe(spec) .. hint
  end,
}

-- A list of text or of choices; a single value stands for a list of one.
types.list = {
  describe = function(spec)
    if spec.values then
      return "a list of " .. text.either(quoted_list(spec.values), "and/or")
    end
    return "text or a list of text"
  end,
  convert = function(spec, v)
    if type(v) ~= "table" then v = { v } end
    if getmetatable(v) ~= nil then return nil, "is not a list" end
    local n = #v
    for k in pairs(v) do
      if math.type(k) ~= "integer" or k < 1 or k > n then
        return nil, "is not a plain list { ..., ... }"
      end
    end
    local out = {}
    for i = 1, n do
      local item = v[i]
      if spec.values then
        local w = choose(spec, item)
        if not w then
          local hint = suggest.hint(item, allowed_words(spec), text.quote)
          return nil, "has " .. text.show_value(item) .. ", which is not allowed; use "
            .. types.list.describe(spec) .. hint
        end
        out[i] = w
      else
        if type(item) ~= "string" then
          return nil, "has " .. text.show_value(item) .. "; use " .. types.list.describe(spec)
        end
        out[i] = item
      end
    end
    return out
  end,
}

-- A table of named text entries, e.g. bases = { demographic = "..." }.
types.map = {
  describe = function(spec)
    return "a table with " .. text.either(spec.keys, "and/or") .. " (text each)"
  end,
  convert = function(spec, v)
    if type(v) ~= "table" or getmetatable(v) ~= nil then
      return nil, "is not a table; use " .. types.map.describe(spec)
    end
    local out = {}
    for k, item in pairs(v) do
      spec.key_choice = spec.key_choice or { values = spec.keys, aliases = spec.key_aliases }
      local key = choose(spec.key_choice, k)
      if not key then
        local hint = suggest.hint(k, spec.keys)
        return nil, "has the key " .. text.show_value(k) .. "; use "
          .. text.either(spec.keys, "and/or") .. hint
      end
      if type(item) ~= "string" then
        return nil, "has " .. key .. " = " .. text.show_value(item) .. "; write it as text"
      end
      out[key] = item
    end
    return out
  end,
}

-- References to other declarations by id or exact text, resolved once the
-- whole script has loaded.
types.ref = {
  describe = function() return "the name or id of what it refers to" end,
  convert = function(_, v)
    if type(v) == "string" then return v end
    return nil, "is not a name; write the name or id in quotes"
  end,
}

types.refs = {
  describe = function() return "a name or a list of names" end,
  convert = function(_, v)
    if type(v) ~= "table" then v = { v } end
    local out = {}
    for i, item in ipairs(v) do
      if type(item) ~= "string" then
        return nil, "has " .. text.show_value(item) .. "; write each name in quotes"
      end
      out[i] = item
    end
    return out
  end,
}

-- Rule IDs, for `ignore`: the built-in rules' IDs are checked here; an ID
-- of the script's own checks (U001, or one it gives) is taken as written.
types.rules = {
  describe = function() return 'a rule ID or a list of them: "CS005" or { "CS005", "CS007" }' end,
  convert = function(_, v)
    local list = type(v) == "table" and v or { v }
    if getmetatable(list) ~= nil then return nil, "is not a list of rule IDs" end
    local problem = require("canvas.checks.config").id_problem
    local out = {}
    for i, id in ipairs(list) do
      local p = problem(id, {})
      if p then
        if type(v) == "table" or type(id) ~= "string" then
          return nil, "has " .. require("canvas.checks.config").which(p)
        end
        return nil, "names no rule" .. gsub(p, "^.- is no rule", "")
      end
      out[i] = id
    end
    return out
  end,
}

-- Types a script may give in `field "x" { type = ... }`.
M.user_types = { "text", "number", "boolean", "scale", "choice", "list" }

---------------------------------------------------------------------------
-- Declaring fields
---------------------------------------------------------------------------

-- The targets named by `on` (a word or a list), or nil and a problem.
local function targets_of(on)
  if on == nil then
    return nil, "needs on = ...: " .. text.either(M.targets) .. ' (or "note")'
  end
  local list = type(on) == "table" and on or { on }
  local out, seen = {}, {}
  for _, t in ipairs(list) do
    local group = type(t) == "string" and M.target_groups[t]
    if group then
      for _, x in ipairs(group) do
        if not seen[x] then seen[x] = true; out[#out + 1] = x end
      end
    elseif type(t) == "string" and is_target[t] then
      if not seen[t] then seen[t] = true; out[#out + 1] = t end
    else
      local all = {}
      for _, x in ipairs(M.targets) do all[#all + 1] = x end
      all[#all + 1] = "note"
      return nil, "has on = " .. text.show_value(t) .. "; use "
        .. text.either(all) .. suggest.hint(t, all)
    end
  end
  if #out == 0 then return nil, "has an empty on = { }" end
  return out
end

local spec_keys = { on = true, type = true, values = true, aliases = true,
                    words = true, keys = true, key_aliases = true, doc = true }

-- Checks the declaration of field `name` described by `def`: its targets,
-- or nil and a message. `builtin` lets the stdlib use types and names
-- scripts cannot.
function M.check(name, def, builtin)
  if type(name) ~= "string" or not str_match(name, "^[%a_][%w_]*$") then
    return nil, "a field name is a word of letters, digits and _; got "
      .. text.show_value(name)
  end
  local what = 'field "' .. name .. '"'   -- a plain word: nothing to escape or shorten
  if type(def) ~= "table" then
    return nil, what .. " needs a table: field " .. text.quote(name)
      .. ' { on = "pain", type = "scale" }'
  end
  for k in pairs(def) do
    if not spec_keys[k] then
      local keys = {}
      for x in pairs(spec_keys) do keys[#keys + 1] = x end
      table.sort(keys)
      return nil, what .. " has the unknown key " .. text.show_value(k)
        .. suggest.hint(k, keys)
    end
  end
  if M.reserved[name] and not builtin then
    return nil, what .. " cannot be declared: the model uses '" .. name .. "' itself"
  end
  local targets, problem = targets_of(def.on)
  if not targets then return nil, what .. " " .. problem end
  local ftype = def.type or "text"
  local allowed = builtin and types or {}
  if not builtin then
    for _, t in ipairs(M.user_types) do allowed[t] = types[t] end
  end
  if not allowed[ftype] then
    local names = builtin and {} or M.user_types
    return nil, what .. " has type = " .. text.show_value(ftype) .. "; use "
      .. text.either(quoted_list(names))
      .. suggest.hint(ftype, names, text.quote)
  end
  if ftype == "choice" or (ftype == "list" and def.values ~= nil) then
    local values = def.values
    if type(values) ~= "table" or #values == 0 then
      return nil, what .. " of type " .. ftype .. " needs values = { \"...\", ... }"
    end
    for _, v in ipairs(values) do
      if type(v) ~= "string" then
        return nil, what .. " has a value that is not text: " .. text.show_value(v)
      end
    end
  elseif def.values ~= nil then
    return nil, what .. " has values, which only a choice or list field takes"
  end
  if ftype == "scale" and def.words ~= nil then
    local words = def.words
    if type(words) ~= "table" or #words ~= 5 then
      return nil, what .. " needs exactly five words = { ... }, lowest first"
    end
    for _, w in ipairs(words) do
      if type(w) ~= "string" then
        return nil, what .. " has a scale word that is not text: " .. text.show_value(w)
      end
    end
  elseif def.words ~= nil then
    return nil, what .. " has words, which only a scale field takes"
  end
  return targets
end

-- Puts a checked declaration in the registry: its spec, or nil and a
-- message when a target has the field already.
local function register(name, def, builtin, targets)
  local ftype = def.type or "text"
  local spec = { name = name, type = ftype, targets = targets, doc = def.doc,
                 builtin = builtin or false, convert = types[ftype].convert }
  if ftype == "choice" or (ftype == "list" and def.values ~= nil) then
    spec.values, spec.aliases = def.values, def.aliases
  end
  if ftype == "scale" and def.words ~= nil then spec.words = def.words end
  if ftype == "map" then spec.keys, spec.key_aliases = def.keys, def.key_aliases end
  for _, t in ipairs(targets) do
    local old = M.registry[t][name]
    if old then
      local at = old.file and (" at " .. old.file .. ":" .. old.line) or " (built in)"
      return nil, 'field "' .. name .. '" is already declared on ' .. t .. at
    end
  end
  for _, t in ipairs(targets) do
    -- a script's field is listed as one before it is in the registry, so
    -- that reset_user finds it whatever stops the declaration midway
    if not builtin then
      local user = M.user_order[t]
      user[#user + 1] = name
    end
    local order = M.order[t]
    order[#order + 1] = name
    M.registry[t][name] = spec
  end
  return spec
end

-- Registers field `name` described by `def`. Returns the spec, or nil and a
-- message. `builtin` lets the stdlib use types and names scripts cannot.
function M.declare(name, def, builtin)
  local targets, problem = M.check(name, def, builtin)
  if not targets then return nil, problem end
  return register(name, def, builtin, targets)
end

-- The stdlib's own fields (lang/vocabulary.lua), declared at every start:
-- without M.check, which tests/unit/lang_fields_test.lua runs on each of
-- them instead. Returns the spec, or nil and a message.
function M.declare_builtin(name, def)
  local targets, problem = targets_of(def.on)
  if not targets then return nil, 'field "' .. tostring(name) .. '" ' .. problem end
  return register(name, def, true, targets)
end

-- Forgets the fields that scripts declared (a new model starts clean). A
-- target whose fields are all built in is left as it is: there are some
-- hundred of them, and an interpreter that checks several scripts resets
-- before each.
function M.reset_user()
  for _, t in ipairs(M.targets) do
    if #M.user_order[t] > 0 then
      local reg, order = M.registry[t], M.order[t]
      for _, name in ipairs(M.user_order[t]) do
        if reg[name] and not reg[name].builtin then reg[name] = nil end
      end
      local keep = {}
      for _, name in ipairs(order) do
        if reg[name] then keep[#keep + 1] = name end
      end
      M.order[t] = keep
      M.user_order[t] = {}
    end
  end
end

-- Converts the value of field `name` on a `target` declaration. Returns the
-- stored value, or nil and a message such as
--   severity = "high" is not a severity word; use ...
function M.convert(target, name, v)
  local spec = M.registry[target][name]
  if not spec then return nil, M.unknown(target, name) end
  local out, problem = spec.convert(spec, v)
  if out == nil then return nil, M.problem(spec, v, problem) end
  return out
end

-- The message for value v that field spec refused with `problem`.
function M.problem(spec, v, problem)
  if type(v) == "table" then return spec.name .. " " .. problem end
  return spec.name .. " = " .. text.show_value(v) .. " " .. problem
end

-- The message for a field that `target` does not have.
function M.unknown(target, name)
  if type(name) ~= "string" then
    return "a field name must be a word; got " .. text.show_value(name)
  end
  local names = M.order[target]
  local hint = suggest.hint(name, names)
  if hint == "" then
    -- Maybe it is a field of something else: say whose.
    local owners = {}
    for _, t in ipairs(M.targets) do
      if M.registry[t][name] then owners[#owners + 1] = t end
    end
    if #owners > 0 then
      return "'" .. name .. "' is a field of " .. text.either(owners)
        .. ", not of a " .. target
    end
    return "unknown field '" .. name .. "' for a " .. target
      .. " (declare your own with field \"" .. name .. "\" { on = \"" .. target
      .. "\", type = \"text\" })"
  end
  return "unknown field '" .. name .. "' for a " .. target .. hint
end

-- The field's value as one line of text (for the C API and summaries).
function M.format(spec, v)
  if v == nil then return nil end
  local t = type(v)
  if t == "table" then
    if spec and spec.type == "map" then
      local out = {}
      for _, k in ipairs(spec.keys) do
        if v[k] then out[#out + 1] = k .. ": " .. v[k] end
      end
      return table.concat(out, "; ")
    end
    local out = {}
    for i, x in ipairs(v) do out[i] = tostring(x) end
    return table.concat(out, ", ")
  end
  return tostring(v)
end

-- A scale value with its word, e.g. "5 (extreme)".
function M.scale_text(spec, v)
  if spec and spec.words and spec.words[v] then
    return v .. " (" .. spec.words[v] .. ")"
  end
  return tostring(v)
end

-- Describes what a field allows, for help and docs.
function M.describe(spec)
  return types[spec.type].describe(spec)
end

return M
