-- Findings as SARIF 2.1.0 (the OASIS interchange format for the results of
-- static analysis), in the subset that GitHub code scanning reads: one run,
-- the tool with every rule, the files as artifacts, one result a finding.
--
-- A load error (a finding without a rule id) is a result of the rule
-- "load-error", which is always in the rules list. Levels: error -> error,
-- warning -> warning, info -> note. A finding with no line (line 0) has a
-- location without a region. docs/formats.md has the whole mapping.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_find, str_gsub = string.find, string.gsub
local json = require "canvas.render.findings_json"
local findings_text = require "canvas.render.findings_text"
local text = require "canvas.util.text"

local M = {}

M.SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
M.VERSION = "2.1.0"

-- The most results GitHub takes in one run (it rejects a file with more);
-- past it, the most severe are kept and the rest counted in the run's
-- properties as "omittedResults".
M.max_results = 25000

-- GitHub's limits on a rule's texts, in characters.
local NAME_MAX, DESCRIPTION_MAX = 255, 1024

M.LOAD_ERROR = {
  id = "load-error", severity = "error",
  summary = "The script did not load",
  explanation = "canvas could not load the script: a syntax error, an error raised while it ran, "
    .. "a mistake in a declaration, or a memory or time limit that stopped it. The rest of the "
    .. "file may not have been checked, so fix this first.",
}

local LEVEL = { error = "error", warning = "warning", info = "note" }
local PROBLEM = { error = "error", warning = "warning", info = "recommendation" }
local RANK = { error = 1, warning = 2, note = 3 }

local function level_of(severity) return LEVEL[severity] or "warning" end

local function nonempty(s)
  if type(s) == "string" and str_find(s, "%S") then return s end
  return nil
end

-- A file path as given, as a URI reference: percent-encoded but for
-- letters, digits, "-", ".", "_", "~" and "/"; "./" in front dropped. A
-- relative path is relative to %SRCROOT% (GitHub reads it from the root of
-- the repository); an absolute path becomes a file:// URI.
function M.uri(path)
  local p = tostring(path)
  while p:sub(1, 2) == "./" do p = str_gsub(p, "^%./+", "", 1) end
  local enc = str_gsub(p, "[^%w%-%._~/]", function(c) return string.format("%%%02X", c:byte()) end)
  if p:sub(1, 1) == "/" then return "file://" .. enc, nil end
  if enc == "" then enc = "." end
  return enc, "%SRCROOT%"
end

local function rule_object(r)
  local name = nonempty(r.name) or r.id
  local short = nonempty(r.summary) or name
  local full = nonempty(r.explanation) or short
  return json.object(
    "id", r.id,
    -- SARIF wants a name that differs from the id, or none
    "name", name ~= r.id and text.shorten(name, NAME_MAX) or nil,
    "shortDescription", json.object("text", text.shorten(short, DESCRIPTION_MAX)),
    "fullDescription", json.object("text", text.shorten(full, DESCRIPTION_MAX)),
    "defaultConfiguration", json.object("level", level_of(r.severity)),
    "help", json.object("text", full),
    "helpUri", nonempty(r.help_uri),
    "properties", json.object("problem.severity", PROBLEM[r.severity] or "warning"))
end

-- The rules in the report's order, then load-error, then any rule id that
-- a finding names but the list lacks (so every result has its rule).
local function rule_list(report)
  local rules, index = {}, {}
  local function add(r)
    if r.id == nil or index[r.id] then return end
    rules[#rules + 1] = r
    index[r.id] = #rules - 1          -- ruleIndex counts from 0
  end
  for _, r in ipairs(report.rules or {}) do add(r) end
  add(M.LOAD_ERROR)
  for _, d in ipairs(report.diagnostics or {}) do
    if d.id ~= nil then add({ id = d.id, name = d.name, severity = d.severity }) end
  end
  return rules, index
end

-- Which findings to write: all of them, or past max_results the most
-- severe, in their order. Returns the list and how many were left out.
local function kept(diagnostics, max)
  if #diagnostics <= max then return diagnostics, 0 end
  local order = {}
  for i, d in ipairs(diagnostics) do order[i] = { i = i, r = RANK[level_of(d.severity)] } end
  table.sort(order, function(a, b)
    if a.r ~= b.r then return a.r < b.r end
    return a.i < b.i
  end)
  local keep = {}
  for k = 1, max do keep[order[k].i] = true end
  local list = {}
  for i, d in ipairs(diagnostics) do
    if keep[i] then list[#list + 1] = d end
  end
  return list, #diagnostics - max
end

function M.sarif(report)
  local tool = report.tool or {}
  local rules, rule_index = rule_list(report)
  local artifacts, artifact_index = {}, {}
  for _, f in ipairs(report.files or {}) do
    if f.file ~= nil and artifact_index[f.file] == nil then
      local uri, base = M.uri(f.file)
      artifacts[#artifacts + 1] = json.object(
        "location", json.object("uri", uri, "uriBaseId", base),
        "roles", json.array({ "analysisTarget" }))
      artifact_index[f.file] = #artifacts - 1
    end
  end
  local list, omitted = kept(report.diagnostics or {}, M.max_results)
  local results = {}
  local uris = {}   -- file -> { uri, base }: a file has many findings
  for i, d in ipairs(list) do
    local id = d.id or M.LOAD_ERROR.id
    local file = d.file or "?"
    local u = uris[file]
    if not u then
      u = { M.uri(file) }
      uris[file] = u
    end
    local uri, base = u[1], u[2]
    local line = findings_text.line_number(d)
    results[i] = json.object(
      "ruleId", id,
      "ruleIndex", rule_index[id],
      "level", level_of(d.severity),
      "message", json.object("text", nonempty(d.message) or "(no message)"),
      "locations", json.array({ json.object("physicalLocation", json.object(
        "artifactLocation", json.object("uri", uri, "uriBaseId", base,
                                        "index", artifact_index[file]),
        "region", line >= 1 and json.object("startLine", line) or nil)) }))
  end
  local rule_objects = {}
  for i, r in ipairs(rules) do rule_objects[i] = rule_object(r) end
  local run = json.object(
    "tool", json.object("driver", json.object(
      "name", nonempty(tool.name) or "canvas",
      "version", nonempty(tool.version),
      "informationUri", nonempty(tool.uri),
      "rules", json.array(rule_objects))),
    "artifacts", json.array(artifacts),
    "results", json.array(results),
    "properties", omitted > 0 and json.object("omittedResults", omitted) or nil)
  return json.object(
    "$schema", M.SCHEMA,
    "version", M.VERSION,
    "runs", json.array({ run }))
end

function M.format(report, out)
  json.write(M.sarif(report), out)
end

return M
