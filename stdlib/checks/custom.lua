-- Checks that scripts write themselves:
--
--   check "Extreme pains rest on evidence" {
--     severity = "warning", each = "pain",
--     when = function(p) return p.severity == 5 end,
--     test = function(p) return p.evidence ~= nil end,
--     message = "an extreme pain needs evidence",
--   }
--   check "No segment without a channel" (function(report)
--     for _, s in ipairs(segments()) do
--       if not s.channel then report(s, "say how the segment is reached") end
--     end
--   end)
--
-- A custom check gets an ID of its own (`id = "SHOP1"`, or U001, U002, ...
-- in the order of declaration) and its findings stand among the built-in
-- ones, at the line of the object they report on. A check whose function
-- fails is reported at its own line and the other checks go on.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gsub = string.match, string.gsub
local model = require "canvas.lang.model"
local text = require "canvas.util.text"
local suggest = require "canvas.util.suggest"
local categories = require "canvas.lang.categories"

local M = {}

local KEYS = { "severity", "each", "when", "test", "message", "run", "id", "about" }
local EACH = { "job", "pain", "gain", "note", "segment", "value", "reliever", "creator", "helper" }
local is_each = {}
for _, e in ipairs(EACH) do is_each[e] = true end
local severities = { error = true, warning = true, info = true }

-- "Every extreme pain is relieved" -> "every-extreme-pain-is-relieved"
local function slug(s)
  local out = str_gsub(str_gsub(str_gsub(s:lower(), "[^%w]+", "-"), "^%-+", ""), "%-+$", "")
  return out ~= "" and out or "custom-check"
end

-- The objects a check with `each` looks at, in declaration order.
function M.objects(S, each)
  local out = {}
  if each == "segment" then
    for i, s in ipairs(S.segments) do out[i] = s end
  elseif each == "value" then
    for i, v in ipairs(S.values) do out[i] = v end
  elseif each == "reliever" or each == "creator" or each == "helper" then
    for _, v in ipairs(S.values) do
      for _, x in ipairs(v[categories.list_of[each]]) do out[#out + 1] = x end
    end
  else
    for _, s in ipairs(S.segments) do
      for _, c in ipairs(categories.notes) do
        if each == "note" or each == c.note then
          for _, n in ipairs(s[c.list]) do out[#out + 1] = n end
        end
      end
    end
  end
  return out
end

local function declare(S, name, def, file, line)
  local what = "check " .. text.quote(name)
  local chk = { title = name, name = slug(name), file = file, line = line, severity = "warning" }
  if type(def) == "function" then
    chk.run = def
  elseif type(def) == "table" and getmetatable(def) == nil then
    for k in pairs(def) do
      local known = false
      for _, x in ipairs(KEYS) do if k == x then known = true end end
      if not known then
        return nil, what .. " has the unknown key " .. text.show_value(k) .. "; a check takes "
          .. text.either(KEYS, "and") .. suggest.hint(k, KEYS, text.quote)
      end
    end
    if def.severity ~= nil then
      if not severities[def.severity] then
        return nil, what .. " has severity = " .. text.show_value(def.severity)
          .. '; use "error", "warning" or "info"'
          .. suggest.hint(def.severity, { "error", "warning", "info" }, text.quote)
      end
      chk.severity = def.severity
    end
    for _, k in ipairs { "when", "test", "run" } do
      if def[k] ~= nil and type(def[k]) ~= "function" then
        return nil, what .. ": " .. k .. " must be a function; got " .. text.show_value(def[k])
      end
    end
    if def.message ~= nil and type(def.message) ~= "string" and type(def.message) ~= "function" then
      return nil, what .. ": message must be text or a function(object); got "
        .. text.show_value(def.message)
    end
    if def.run then
      if def.test or def.each then
        return nil, what .. " has run and also each/test; give either run = function(report) "
          .. "or each and test"
      end
      chk.run = def.run
    else
      local each = def.each
      if type(each) == "string" then each = str_gsub(each, "s$", "") end
      if each == "relieve" then each = "reliever" end
      if each == "create" then each = "creator" end
      if each == "help" then each = "helper" end
      if not is_each[each] then
        return nil, what .. " needs each = " .. text.either(EACH) .. " (what it looks at) and "
          .. "test = function(x) returning true when x is fine; got each = " .. text.show_value(def.each)
          .. suggest.hint(def.each, EACH, text.quote)
      end
      if not def.test then
        return nil, what .. " needs test = function(" .. each .. ") returning true when it is fine"
      end
      chk.each, chk.when, chk.test = each, def.when, def.test
      chk.message = def.message or name
    end
    if def.about ~= nil then chk.about = tostring(def.about) end
    if def.id ~= nil then
      if type(def.id) ~= "string" or not str_match(def.id, "^%u[%u%d_%-]*$")
          or str_match(def.id, "^CS%d+$") then
        return nil, what .. " has id = " .. text.show_value(def.id) .. "; an ID of your own is "
          .. "upper-case letters, digits, - and _ (CS001 and the like are the built-in rules')"
      end
      chk.id = def.id
    end
  else
    return nil, what .. " needs a table { each = ..., test = ..., message = ... } or a "
      .. "function(report); got " .. text.show_value(def)
  end
  local list = S.custom_checks
  local used = {}
  for _, other in ipairs(list) do used[other.id] = true end
  if not chk.id then
    -- U001, U002, ... for the checks without an ID of their own, skipping
    -- any that a check took for itself
    S.custom_auto = (S.custom_auto or 0) + 1
    while used[string.format("U%03d", S.custom_auto)] do S.custom_auto = S.custom_auto + 1 end
    chk.id = string.format("U%03d", S.custom_auto)
  end
  for _, other in ipairs(list) do
    if other.id == chk.id then
      return nil, what .. ": the ID " .. chk.id .. " is already used by check "
        .. text.quote(other.title) .. " at " .. other.file .. ":" .. other.line
    end
  end
  chk.summary = chk.about or name
  list[#list + 1] = chk
  return chk
end

-- The `check "name" { ... }` word (its first part, given the position).
function M.word(name, file, line)
  local S = model.state()
  S.custom_checks = S.custom_checks or {}
  if type(name) ~= "string" or name == "" then
    model.fail(file, line, "check needs its name first, in quotes: check \"Every pain has a "
      .. "severity\" { each = \"pain\", test = function(p) return p.severity end }; got "
      .. text.show_value(name))
    return function() end
  end
  local rec = { word = "check", name = name, file = file, line = line, done = false,
                example = '{ each = "pain", test = function(p) return p.severity ~= nil end }' }
  S.pending_tables[#S.pending_tables + 1] = rec
  return function(def)
    rec.done = true
    local _, problem = declare(S, name, def, file, line)
    if problem then model.fail(file, line, problem) end
  end
end

-- Runs the custom checks that `enabled(id)` lets through; `add(chk,
-- object, message, severity)` records a finding.
function M.run(S, enabled, add)
  for _, chk in ipairs(S.custom_checks or {}) do
    if enabled(chk.id) then
      local current   -- the object being tested, for the message of a failure
      local function report(obj, message)
        if not (type(obj) == "table" and model.is_object(obj)) then
          error("report needs a segment, note or value first; got " .. text.show_value(obj), 2)
        end
        add(chk, obj, text.error_text(message == nil and chk.title or message))
      end
      local ok, err = pcall(function()
        if chk.run then
          chk.run(report)
          return
        end
        local when, test, message = chk.when, chk.test, chk.message
        for _, obj in ipairs(M.objects(S, chk.each)) do
          current = obj
          if when == nil or when(obj) then
            if not test(obj) then
              local m = message
              if type(m) == "function" then m = m(obj) end
              add(chk, obj, text.error_text(m))
            end
          end
        end
      end)
      if not ok then
        local msg = text.escape(text.error_text(err))
        add(chk, chk, "check " .. text.quote(chk.title) .. " failed: " .. msg
          .. (current and (" (for " .. model.describe(current) .. " at "
            .. model.position(current) .. ")") or ""),
          "error")
      end
    end
  end
end

return M
