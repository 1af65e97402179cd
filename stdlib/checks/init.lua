-- The rule registry: every check canvas knows, by stable ID. A rule is a
-- table with
--   id           "CS018", stable: configuration and editors use it
--   name         "unknown-reference", short, lower case, hyphenated
--   severity     the default: "error", "warning" or "info"
--   summary      one line: what the rule finds
--   explanation  why it matters and how it is found, in a few sentences
--   bad, good    a short script that the rule reports, and one it does not
--   thresholds   optional: name -> { default = n, doc = "..." }
--   needs        optional: the facts of the pass it reads (checks/pass.lua)
--   run          optional: function(ctx) that reports findings; rules
--                without one are found elsewhere (references: lang/resolve)
-- One file per family of rules (checks/<family>.lua) returns a list of
-- rules; this module registers them in ID order. Findings made anywhere go
-- through M.finding so that each carries its rule's ID, name and severity.
local M = {}

M.severities = { error = true, warning = true, info = true }
M.severity_names = { "error", "warning", "info" }

M.rules = {}        -- id -> rule
M.order = {}        -- the IDs, sorted
M.thresholds = {}   -- name -> { default, doc, rules = { id, ... } }
M.threshold_names = {}

-- The rule families, one module each.
local families = { "checks.references", "checks.profile", "checks.notes", "checks.segments" }

local required = { "id", "name", "severity", "summary", "explanation", "bad", "good" }

-- Registers one rule; a malformed rule is a defect of the stdlib, raised.
function M.define(rule)
  for _, k in ipairs(required) do
    if type(rule[k]) ~= "string" or rule[k] == "" then
      error("checks: rule " .. tostring(rule.id) .. " needs " .. k, 2)
    end
  end
  if not rule.id:match("^CS%d%d%d$") then error("checks: bad rule ID " .. rule.id, 2) end
  if not M.severities[rule.severity] then
    error("checks: rule " .. rule.id .. " has severity " .. rule.severity, 2)
  end
  if M.rules[rule.id] then error("checks: rule " .. rule.id .. " is defined twice", 2) end
  M.rules[rule.id] = rule
  M.order[#M.order + 1] = rule.id
  table.sort(M.order)
  for name, t in pairs(rule.thresholds or {}) do
    local known = M.thresholds[name]
    if known then
      if known.default ~= t.default then
        error("checks: threshold " .. name .. " has two defaults", 2)
      end
      known.rules[#known.rules + 1] = rule.id
    else
      M.thresholds[name] = { default = t.default, doc = t.doc, rules = { rule.id } }
      M.threshold_names[#M.threshold_names + 1] = name
      table.sort(M.threshold_names)
    end
  end
  return rule
end

for _, family in ipairs(families) do
  for _, rule in ipairs(require("canvas." .. family)) do M.define(rule) end
end

-- The rule with this ID, or nil.
function M.get(id)
  return M.rules[id]
end

-- A finding of rule `id` about obj (anything with file and line).
function M.finding(id, obj, message)
  local rule = M.rules[id]
  if not rule then error("checks: no rule " .. tostring(id), 2) end
  return { file = obj.file or "?", line = obj.line or 0, id = id, name = rule.name,
           severity = rule.severity, message = message, object = obj }
end

return M
