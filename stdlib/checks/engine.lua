-- Running the checks on a loaded model: the configuration in force
-- (checks/config.lua), one pass over the notes for the facts the enabled
-- rules need (checks/pass.lua), each enabled rule, the custom checks, the
-- references that resolving found, then the filter (ignored rules, objects
-- and lines) and the severities configured. Finding, filtering and
-- formatting are separate steps; formatting is render/findings_*.lua.
local model = require "canvas.lang.model"
local resolve = require "canvas.lang.resolve"
local registry = require "canvas.checks"
local config = require "canvas.checks.config"
-- the custom checks' module, loaded when a script declares one (check "...")
local function custom() return require "canvas.checks.custom" end
local pass = require "canvas.checks.pass"

local M = {}

local filter = require "canvas.checks.filter"
local ignored_by_object, ignored_inline = filter.by_object, filter.inline
local ignored_inline_at = filter.inline_at

-- Runs every enabled check on the current model. `cli` is the command
-- line's configuration ({ only, ignore, strict, config }); `script` the
-- path of the script, where the project file is looked for. Returns the
-- findings, filtered, with their severities, unsorted; and the config.
function M.run(cli, script)
  resolve.refresh()
  local S = model.state()
  local cfg = config.effective(cli or {}, script)
  local only, ignore = cfg.only_set, cfg.ignore_set
  local function enabled(id)
    return not ignore[id] and (only == nil or only[id] == true)
  end
  local need, rules = {}, {}
  for _, id in ipairs(registry.order) do
    local rule = registry.rules[id]
    if rule.run and enabled(id) then
      rules[#rules + 1] = rule
      for _, f in ipairs(rule.needs or {}) do need[f] = true end
    end
  end
  local raw = {}
  local fits = {}
  -- nothing to silence: no finding needs to be held against the ignores
  local none = filter.none(S)
  local ctx = {
    S = S,
    facts = pass.run(S, need),
    threshold = function(name)
      local v = cfg.thresholds[name]
      if v == nil then v = registry.thresholds[name].default end
      return v
    end,
    -- the fit of a segment with the top_k in force, made once per run
    fit = function(seg)
      local f = fits[seg]
      if not f then
        local top_k = cfg.thresholds.top_k or registry.thresholds.top_k.default
        f = require("canvas.eval.fit").of(seg, top_k)
        fits[seg] = f
      end
      return f
    end,
    -- whether a finding of rule id about obj would be silenced (by an
    -- ignore on it or its owner, or a comment on its line): for rules
    -- that gather several objects into one finding
    silenced = none and function() return false end or function(obj, id)
      return ignored_by_object(obj, id) or ignored_inline_at(S, obj.file, obj.line, id)
    end,
    report = function(id, obj, message)
      raw[#raw + 1] = registry.finding(id, obj, message)
    end,
  }
  for _, rule in ipairs(rules) do rule.run(ctx) end
  -- the rules report about the objects filter.none looked at; what comes
  -- next (resolving's findings, custom checks) is always held against them
  local from_rules = #raw
  for _, f in ipairs(S.findings) do
    if enabled(f.id) then raw[#raw + 1] = f end
  end
  if #(S.custom_checks or {}) > 0 then
    custom().run(S, enabled, function(chk, obj, message, severity)
      raw[#raw + 1] = { file = obj.file or "?", line = obj.line or 0, id = chk.id, name = chk.name,
                        severity = severity or chk.severity, message = message, object = obj,
                        custom = chk }
    end)
  end
  local out = {}
  local seq = 0
  for i, f in ipairs(raw) do
    if (none and i <= from_rules)
        or (not ignored_by_object(f.object, f.id) and not ignored_inline(S, f)) then
      seq = seq + 1
      local sev = cfg.severity[f.id] or f.severity
      if i <= from_rules then   -- made by this run: completed where it is
        f.severity, f.seq = sev, S.seq + seq
        out[#out + 1] = f
      else                      -- resolving's (the model keeps them), custom checks': copied
        out[#out + 1] = { file = f.file, line = f.line, id = f.id, name = f.name, severity = sev,
                          message = f.message, object = f.object, seq = S.seq + seq,
                          custom = f.custom }
      end
    end
  end
  return out, cfg
end

-- Prints findings where the script prints, as canvas check's text.
function M.print(list)
  local host = require "canvas.c"
  local out = { line = function(s) host.print(s or "", "\n") end, flush = function() end,
                style = function(_, s) return s end }
  -- one file, the script: findings_text counts the summary from the list
  require("canvas.render.findings_text").format({ diagnostics = list, files = { {} }, rules = {},
    tool = {} }, out)
end

-- The words for scripts: checks { ... }, check "name" { ... } (and check()
-- to run every check and print the findings), findings().
function M.words()
  local where = require("canvas.c").where
  local function copy(list)
    local out = {}
    for i, f in ipairs(list) do
      out[i] = { file = f.file, line = f.line, id = f.id, name = f.name, severity = f.severity,
                 message = f.message, object = f.object }
    end
    return require("canvas.script.loader").sort(out)
  end
  local words = {}
  function words.checks(def)
    config.word(where())(def)
  end
  function words.findings()
    return copy((M.run(config.cli, require("canvas.script.loader").current)))
  end
  function words.check(name, ...)
    if name == nil and select("#", ...) == 0 then
      local list = words.findings()
      M.print(list)
      return list
    end
    local file, line = where()
    return custom().word(name, file, line)
  end
  return words
end

-- The rule of a finding, built-in or custom, as the formats list it.
function M.rule_of(f)
  if f.custom then
    local c = f.custom
    return { id = c.id, name = c.name, severity = c.severity, summary = c.summary,
             explanation = "A check of the script's own, declared at " .. c.file .. ":" .. c.line .. "." }
  end
  return registry.rules[f.id]
end

return M
