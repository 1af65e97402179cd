-- How checks are configured, from weakest to strongest: the project file
-- (.canvas.lua in the script's folder or the nearest parent, or --config
-- FILE), the script's own `checks { ... }`, the command line (--only,
-- --ignore, --strict). Per declaration, `ignore = "CS005"` silences a rule
-- for it (a segment's ignore covers its notes too), and a comment
-- `-- canvas: ignore CS005` silences it on that line, or on the next line
-- when the comment stands on a line of its own.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gmatch, str_gsub = string.match, string.gmatch, string.gsub
local model = require "canvas.lang.model"
local resolve = require "canvas.lang.resolve"
local source = require "canvas.lang.source"
local registry = require "canvas.checks"
local text = require "canvas.util.text"
local suggest = require "canvas.util.suggest"

local M = {}

M.cli = registry.cli

-- Custom checks' IDs: upper-case letters, digits, - and _ (not CS###).
local CUSTOM_ID = "^%u[%u%d_%-]*$"

local function all_ids()
  local ids = {}
  for i, id in ipairs(registry.order) do ids[i] = id end
  for _, chk in ipairs(model.state().custom_checks or {}) do ids[#ids + 1] = chk.id end
  return ids
end

-- nil when id names a rule, else the problem (with did-you-mean). A
-- custom-looking ID is accepted when `defer` is given (it is checked once
-- the script has declared its checks) and recorded there.
function M.id_problem(id, defer, file, line)
  if type(id) ~= "string" then
    return "a rule ID is text such as \"CS005\"; got " .. text.show_value(id)
  end
  if registry.rules[id] then return nil end
  for _, chk in ipairs(model.state().custom_checks or {}) do
    if chk.id == id then return nil end
  end
  if defer and str_match(id, CUSTOM_ID) and not str_match(id, "^CS%d+$") then
    defer[#defer + 1] = { id = id, file = file, line = line }
    return nil
  end
  return text.quote(id) .. " is no rule" .. suggest.hint(id, all_ids(), text.quote)
    .. " (canvas explain lists the rules)"
end

-- The problem as it follows "has": '"CS05", which is no rule; ...'.
function M.which(p)
  return (str_gsub(p, " is no rule", ", which is no rule", 1))
end
local which = M.which

-- A list of rule IDs from a value (one ID or a list), or nil and a problem.
function M.ids(v, defer, file, line)
  if type(v) ~= "table" then v = { v } end
  local out = {}
  for i, id in ipairs(v) do
    local p = M.id_problem(id, defer, file, line)
    if p then return nil, p end
    out[i] = id
  end
  return out
end

local function set_of(list)
  local s = {}
  for _, x in ipairs(list or {}) do s[x] = true end
  return s
end

local CONFIG_KEYS = { "ignore", "only", "severity" }

-- Validates a `checks { ... }` table; returns the config, or nil and a
-- problem phrase.
local function validate(def, defer, file, line)
  if type(def) ~= "table" or getmetatable(def) ~= nil then
    return nil, "checks needs a table: checks { min_notes = 5, ignore = { \"CS005\" } }; got "
      .. text.show_value(def)
  end
  local cfg = { thresholds = {}, severity = {} }
  local known = {}
  for _, k in ipairs(CONFIG_KEYS) do known[#known + 1] = k end
  for _, k in ipairs(registry.threshold_names) do known[#known + 1] = k end
  for k, v in pairs(def) do
    if k == "ignore" or k == "only" then
      local ids, p = M.ids(v, defer, file, line)
      if not ids then return nil, k .. " has " .. which(p) end
      cfg[k] = ids
    elseif k == "severity" then
      if type(v) ~= "table" then
        return nil, "severity is a table of rule ID = severity: severity = { CS004 = \"error\" }"
      end
      for id, sev in pairs(v) do
        local p = M.id_problem(id, defer, file, line)
        if p then return nil, "severity has " .. which(p) end
        if not registry.severities[sev] then
          return nil, "severity gives " .. tostring(id) .. " " .. text.show_value(sev) .. "; use "
            .. text.either({ '"error"', '"warning"', '"info"' })
            .. suggest.hint(sev, registry.severity_names, text.quote)
        end
        cfg.severity[id] = sev
      end
    elseif type(k) == "string" and registry.thresholds[k] then
      local max = registry.thresholds[k].max
      if math.type(v) ~= "integer" or v < 0 or (max and v > max) then
        return nil, k .. " = " .. text.show_value(v) .. " is not a whole number "
          .. (max and ("from 0 to " .. max) or "of 0 or more")
      end
      cfg.thresholds[k] = v
    else
      return nil, "has the unknown key " .. text.show_value(k) .. "; it takes "
        .. text.either(known, "and") .. suggest.hint(k, known, text.quote)
    end
  end
  return cfg
end

-- Merges config b over a (b wins); either may be nil.
local function merge(a, b)
  if not b then return a end
  if not a then return b end
  local out = { thresholds = {}, severity = {}, ignore = {}, only = b.only or a.only }
  for _, c in ipairs { a, b } do
    for k, v in pairs(c.thresholds or {}) do out.thresholds[k] = v end
    for k, v in pairs(c.severity or {}) do out.severity[k] = v end
    for _, id in ipairs(c.ignore or {}) do out.ignore[#out.ignore + 1] = id end
  end
  return out
end
M.merge = merge

-- The `checks { ... }` word for scripts: the script's configuration.
function M.word(file, line)
  local S = model.state()
  return function(def)
    S.deferred_ids = S.deferred_ids or {}
    local cfg, problem = validate(def, S.deferred_ids, file, line)
    if not cfg then
      model.fail(file, line, "checks " .. problem)
      return
    end
    S.check_config = merge(S.check_config, cfg)
  end
end

---------------------------------------------------------------------------
-- Inline comments: -- canvas: ignore CS005, CS007
---------------------------------------------------------------------------
local find, sub = string.find, string.sub

-- Records the inline ignores of one source text in S.inline[file]: line ->
-- set of IDs, or true for every rule.
function M.scan(file, src)
  local S = model.state()
  local pos = 1
  while true do
    local a = find(src, "canvas:", pos, true)
    if not a then break end
    pos = a + 7
    -- a comment: "--" before it on the same line, only spaces between
    local ls = a
    while ls > 1 and sub(src, ls - 1, ls - 1) ~= "\n" do ls = ls - 1 end
    local before = sub(src, ls, a - 1)
    local dash = find(before, "%-%-%s*$")
    if dash then
      local le = find(src, "\n", a, true) or #src + 1
      local rest = sub(src, a + 7, le - 1)
      local words = str_match(rest, "^%s*ignore(.*)$")
      if words then
        local line = source.line(file, a)
        local alone = str_match(before:sub(1, dash - 1), "^%s*$") ~= nil
        local ids = {}
        for id in str_gmatch(words, "[^%s,]+") do ids[#ids + 1] = id end
        local set = true
        if #ids > 0 then
          set = {}
          for _, id in ipairs(ids) do
            local p = M.id_problem(id, nil)
            if p then model.fail(file, line, "canvas: ignore has " .. which(p)) else set[id] = true end
          end
        end
        S.inline = S.inline or {}
        local t = S.inline[file]
        if not t then t = {}; S.inline[file] = t end
        t[line] = set
        if alone then
          t[line + 1] = set
        end
      end
    end
  end
end

-- Custom IDs named before the checks that declare them: known by now?
function M.check_deferred()
  local S = model.state()
  for _, d in ipairs(S.deferred_ids or {}) do
    local p = M.id_problem(d.id, nil)
    if p then model.fail(d.file, d.line, "checks: " .. p) end
  end
  S.deferred_ids = {}
end

-- At the end of each load, while its texts are at hand.
resolve.on_finish(function()
  source.each(M.scan)
  M.check_deferred()
end)

---------------------------------------------------------------------------
-- The project file
---------------------------------------------------------------------------

-- The nearest project file at or above the real folder dir, as messages
-- show it (relative to the working directory cwd when inside it), or nil.
local function project_from(c, dir, cwd)
  while dir do
    local candidate = (dir == "/" and "" or dir) .. "/.canvas.lua"
    if c.exists(candidate) then   -- (dir has no links left: realpath made it)
      -- as messages show it: relative to the working directory when inside it
      if cwd and candidate:sub(1, #cwd + 1) == cwd .. "/" then candidate = candidate:sub(#cwd + 2) end
      return candidate
    end
    if dir == "/" then return nil end
    dir = str_match(dir, "^(.*)/[^/]*$")
    if dir == "" then dir = "/" end
  end
  return nil
end

local projects = {}   -- in a check of several files: folder -> its project file or false

-- The project file for a script at `path`: .canvas.lua in its folder or
-- the nearest parent folder that has one; nil when none does. In a check of
-- several files each folder is looked up once (see script/loader.lua's
-- batch).
function M.find_project(path)
  local c = require "canvas.c"
  local loader = require "canvas.script.loader"
  local from = path and loader.dirname(path) or "."
  if loader.batch then
    local known = projects[from]
    if known ~= nil then return known or nil end
    local found = project_from(c, loader.real_dir(from), loader.cwd())
    projects[from] = found or false
    return found
  end
  return project_from(c, c.realpath(from), c.cwd())
end

-- Loads a project file: a Lua file whose only word is `checks { ... }`.
-- Returns its config, or nil after recording a load problem.
function M.load_project(path)
  local c = require "canvas.c"
  local src, err = c.readfile(path)
  if not src then
    model.fail(path, 0, "cannot read the project file " .. text.quote(path) .. ": " .. err)
    return nil
  end
  local cfg, failed = nil, false
  local env = setmetatable({
    checks = function(def)
      local _, line = c.where()
      local got, problem = validate(def, nil, path, line)
      if not got then
        model.fail(path, line or 0, "checks " .. problem)
        failed = true
      else
        cfg = merge(cfg, got)
      end
    end,
  }, { __index = function(_, k)
    error("a project file holds only checks { ... }; '" .. tostring(k) .. "' is not available", 2)
  end })
  local fn, serr = load(src, "@" .. path, "t", env)
  if not fn then
    local file, line, rest = require("canvas.script.loader").split(serr)
    model.fail(file or path, line or 0, rest)
    return nil
  end
  local ok, e = pcall(fn)
  if not ok then
    local file, line, rest = require("canvas.script.loader").split(text.error_text(e))
    model.fail(file or path, line or 0, text.escape(rest))
    return nil
  end
  if failed then return nil end
  return cfg or { thresholds = {}, severity = {} }
end

-- The configuration in force: project file, then script, then command line.
-- `cli` holds only, ignore (lists of IDs), strict and config (a path).
function M.effective(cli, script_path)
  local S = model.state()
  local project
  local path = cli.config or M.find_project(script_path)
  if path then project = M.load_project(path) end
  local cfg = merge(merge(project, S.check_config), {
    thresholds = {}, severity = {}, ignore = cli.ignore or {}, only = cli.only,
  })
  cfg.only_set = cfg.only and set_of(cfg.only) or nil
  cfg.ignore_set = set_of(cfg.ignore)
  -- the command line wins: a rule it names with --only runs even when the
  -- script or the project file ignores it (unless --ignore names it too)
  if cli.only then
    local cli_ignore = set_of(cli.ignore)
    for _, id in ipairs(cli.only) do
      if not cli_ignore[id] then cfg.ignore_set[id] = nil end
    end
  end
  cfg.strict = cli.strict
  cfg.project = path
  return cfg
end

return M
