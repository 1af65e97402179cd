-- The rule registry: every check canvas knows, by stable ID. A rule is a
-- table with
--   id           "CS018", stable: configuration and editors use it
--   name         "unknown-reference", short, lower case, hyphenated
--   severity     the default: "error", "warning" or "info"
--   summary      one line: what the rule finds
--   explanation  why it matters and how it is found, in a few sentences
--   bad, good    a short script that the rule reports, and one it does not
--   thresholds   optional: name -> { default = n, doc = "...", max = n }
--   needs        optional: the facts of the pass it reads (checks/pass.lua)
--   run          optional: function(ctx) that reports findings; rules
--                without one are found elsewhere (references: lang/resolve)
-- One file per family of rules (checks/<family>.lua) returns a list of
-- rules; this module registers them in ID order. Findings made anywhere go
-- through M.finding so that each carries its rule's ID, name and severity.
--
-- Every run needs the reference rules (resolving reports them); the other
-- families are loaded the first time M.rules, M.order, M.thresholds or
-- M.threshold_names is read, so that starting canvas does not pay for them.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match = string.match
local M = {}

M.severities = { error = true, warning = true, info = true }
M.severity_names = { "error", "warning", "info" }

-- The command line's check options (only, ignore, strict, config), set
-- through the C API; findings() and check() in scripts follow them too.
M.cli = { strict = false }

local rules = {}            -- id -> rule
local order = {}            -- the IDs, sorted
local thresholds = {}       -- name -> { default, doc, rules = { id, ... } }
local threshold_names = {}

-- The rule families, one module each; the first is loaded at once.
local families = { "checks.references", "checks.profile", "checks.notes", "checks.segments",
                   "checks.valuemap", "checks.fitrules" }

local required = { "id", "name", "severity", "summary", "explanation", "bad", "good" }

-- Registers one rule, leaving the lists to be sorted by the caller; a
-- malformed rule is a defect of the stdlib, raised.
local function register(rule)
  for _, k in ipairs(required) do
    if type(rule[k]) ~= "string" or rule[k] == "" then
      error("checks: rule " .. tostring(rule.id) .. " needs " .. k, 2)
    end
  end
  if not str_match(rule.id, "^CS%d%d%d$") then error("checks: bad rule ID " .. rule.id, 2) end
  if not M.severities[rule.severity] then
    error("checks: rule " .. rule.id .. " has severity " .. rule.severity, 2)
  end
  if rules[rule.id] then error("checks: rule " .. rule.id .. " is defined twice", 2) end
  rules[rule.id] = rule
  order[#order + 1] = rule.id
  for name, t in pairs(rule.thresholds or {}) do
    local known = thresholds[name]
    if known then
      if known.default ~= t.default then
        error("checks: threshold " .. name .. " has two defaults", 2)
      end
      known.rules[#known.rules + 1] = rule.id
    else
      thresholds[name] = { default = t.default, max = t.max, doc = t.doc, rules = { rule.id } }
      threshold_names[#threshold_names + 1] = name
    end
  end
  return rule
end

-- Registers one rule and keeps the lists in order.
function M.define(rule)
  register(rule)
  table.sort(order)
  table.sort(threshold_names)
  return rule
end

-- A family's rules are registered first and sorted once.
local function load(family)
  for _, rule in ipairs(require("canvas." .. family)) do register(rule) end
  table.sort(order)
  table.sort(threshold_names)
end
load(families[1])

local lists = { rules = rules, order = order, thresholds = thresholds,
                threshold_names = threshold_names }
setmetatable(M, { __index = function(_, k)
  local list = lists[k]
  if list == nil then return nil end
  for i = 2, #families do load(families[i]) end
  for name, t in pairs(lists) do rawset(M, name, t) end
  return list
end })

-- The rule with this ID, or nil.
function M.get(id)
  return M.rules[id]
end

-- A finding of rule `id` about obj (anything with file and line).
function M.finding(id, obj, message)
  local rule = rules[id] or M.rules[id]   -- a rule of a family not loaded yet
  if not rule then error("checks: no rule " .. tostring(id), 2) end
  return { file = obj.file or "?", line = obj.line or 0, id = id, name = rule.name,
           severity = rule.severity, message = message, object = obj }
end

return M
