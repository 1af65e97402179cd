-- The C boundary: src/canvas.c calls api(op, ...) under protection for
-- every operation of include/canvas.h: settings, loading, diagnostics, read
-- access to the model and views. Nothing else in the stdlib is called from C.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gmatch, str_gsub = string.match, string.gmatch, string.gsub
local text = require "canvas.util.text"
local c = require "canvas.c"

-- The rest of the stdlib is required when an operation first needs it: an
-- interpreter that only gathers a report of findings never loads the
-- language, and one that runs a script never loads the checks.
local lazy = require "canvas.util.lazy"
local model = lazy "canvas.lang.model"
local resolve = lazy "canvas.lang.resolve"
local categories = lazy "canvas.lang.categories"
local fields = lazy "canvas.lang.fields"
local loader = lazy "canvas.script.loader"

local H = {}

local status = c.status   -- from canvas.h
local OK, USAGE, LOAD = status.OK, status.USAGE, status.LOAD

local diagnostics = {}   -- of the last load, sorted
local anchor = {}        -- strings handed to C stay referenced here

local function keep(s)
  if s ~= nil then anchor[#anchor + 1] = s end
  return s
end

-- Sorts problems by file (in order of first appearance), line, then the
-- order they were found in.
local function sorted(list) return loader.sort(list) end

-- A diagnostic is one line; a script can make its messages as long as it
-- likes, so they are cut at a length a terminal can still show.
local MAX_MESSAGE = 2000
local function cut(message)
  if #message <= MAX_MESSAGE then return message end
  return text.shorten(message, MAX_MESSAGE)
end

-- Every diagnostic of the model, in one list: load errors, errors found
-- while deriving (ranking) and findings. After a load the findings are
-- those resolving made, shown as warnings (loading reports what it sees;
-- judging is for checks); after canvas_check, the checks' findings with
-- their severities. With first_problem, only the load errors from that
-- one on (found after the load had been reported).
local function record(p, severity)
  return { file = text.escape(p.file), line = p.line, severity = severity or p.severity,
           id = p.id, name = p.name, message = cut(p.message), seq = p.seq }
end

local function model_loaded() return package.loaded["canvas.lang.model"] ~= nil end

local function collect(checked, first_problem)
  if not model_loaded() then   -- nothing was loaded, nothing went wrong
    diagnostics = {}
    return
  end
  local S = model.state()
  local list = {}
  local function add(p, severity)
    list[#list + 1] = record(p, severity)
  end
  if first_problem then
    -- only the problems from this one on: the rest were reported already
    for i = first_problem, #S.problems do add(S.problems[i], "error") end
    diagnostics = sorted(list)
    return
  end
  for _, p in ipairs(S.problems) do add(p, "error") end
  if not loader.has_language() then   -- only load errors: nothing was declared
    diagnostics = sorted(list)
    return
  end
  for _, p in ipairs(S.derived) do add(p, "error") end
  if checked then
    -- the check's own records, made for this list: they become the diagnostics
    for _, f in ipairs(checked) do
      f.file, f.message = text.escape(f.file), cut(f.message)
      list[#list + 1] = f
    end
  else
    for _, f in ipairs(require("canvas.checks.filter").load_findings(S)) do add(f, "warning") end
  end
  diagnostics = sorted(list)
end

-- The loads that ended before the language was loaded (they declared
-- nothing): resolving them waits until an operation needs the model.
local deferred = {}

local function finish_deferred()
  for _, name in ipairs(deferred) do resolve.finish(name or nil) end
  deferred = {}
end

local function finish_load(default_name)
  if not loader.has_language() then
    deferred[#deferred + 1] = default_name or false
    require("canvas.lang.source").forget()
    collect()
    return #diagnostics > 0 and LOAD or OK
  end
  finish_deferred()
  resolve.finish(default_name)
  require("canvas.lang.source").forget()
  collect()
  local S = model.state()
  return (#S.problems > 0 or #S.derived > 0) and LOAD or OK
end

local function start_load()
  anchor = {}
  if model_loaded() then model.state().problems = {} end
end

local function script_name(path)
  local base = str_match(path, "([^/]*)$") or path
  base = str_gsub(base, "%.lua$", "")
  if base == "" then base = "canvas" end
  return base
end

local ops = {}

function ops.set_trust(n)
  loader.options.trust = n == 1
  return OK
end

function ops.set_traceback(n)
  loader.options.traceback = n == 1
  return OK
end

function ops.add_include_dir(dir)
  local real = c.realpath(dir)
  if not real then return USAGE end
  local list = loader.options.include_dirs
  list[#list + 1] = real
  return OK
end

function ops.clear_args()
  loader.options.args = {}
  return OK
end

function ops.add_arg(s)
  local a = loader.options.args
  a[#a + 1] = s
  return OK
end

function ops.load_file(path)
  start_load()
  loader.load_file(path)
  return finish_load(script_name(path))
end

function ops.load_buffer(code, path)
  start_load()
  loader.load_file(path, code)
  return finish_load(script_name(path))
end

function ops.load_string(code, name)
  start_load()
  loader.load_string(code, name or "(string)")
  return finish_load(nil)
end

function ops.diagnostic_count()
  return #diagnostics
end

function ops.diagnostic(i)
  return diagnostics[i]
end

function ops.first_error()
  for _, d in ipairs(diagnostics) do
    if d.severity == "error" then
      return keep(d.file .. ":" .. d.line .. ": " .. d.message)
    end
  end
  return nil
end

-- A limit stopped the run: report the load errors found so far and the
-- limit, at the last place the script was seen running.
function ops.limit_hit(message, source, script, line)
  local S = model.state()
  S.findings, S.derived = {}, {}   -- (the model is loaded: model.fail needs it)
  if source == "" then source = script ~= "" and script or (loader.current or "?") end
  model.fail(source, line, message)
  collect()
end

---------------------------------------------------------------------------
-- Checks
---------------------------------------------------------------------------
-- The check options of the command line.
local function check_options() return require("canvas.checks").cli end

-- "CS005,CS007" or "CS005 CS007" -> list, or nil and a message.
local function id_list(flag, value)
  local config = require "canvas.checks.config"
  local out = {}
  for id in str_gmatch(value, "[^%s,]+") do
    local p = config.id_problem(id, {})
    if p then return nil, flag .. ": " .. p end
    out[#out + 1] = id
  end
  if #out == 0 then return nil, flag .. " needs rule IDs, such as CS005 or CS005,CS007" end
  return out
end

-- Sets a check option of the command line: only, ignore (rule IDs),
-- strict ("1" or "0"), config (the project file). Returns nothing, or a
-- message for the user.
function ops.check_option(name, value)
  if name == "only" or name == "ignore" then
    local ids, problem = id_list("--" .. name, value)
    if not ids then return keep(problem) end
    check_options()[name] = ids
  elseif name == "strict" then
    check_options().strict = value == "1"
  elseif name == "config" then
    if not c.realpath(value) then
      return keep("--config " .. text.quote(value) .. ": no such file")
    end
    check_options().config = value
  else
    return keep("unknown check option " .. text.quote(name))
  end
end

-- Runs the checks on the loaded model; the diagnostics become the load
-- errors (a faulty project file) and the findings.
function ops.check()
  local S = model.state()
  local found, cfg = require("canvas.checks.engine").run(check_options(), loader.current)
  collect(found)
  if #S.problems > 0 or #S.derived > 0 then return LOAD end
  for _, f in ipairs(found) do
    if f.severity == "error" or (cfg.strict and f.severity == "warning") then
      return status.FINDINGS
    end
  end
  return OK
end

local random_seed   -- math.randomseed's state when checking was made ready (ops.fresh)

-- Loads what checking a script needs before any script is loaded (the
-- language comes first, as for every operation that is not light): canvas
-- check of several files copies an interpreter so prepared for each file.
-- `fit` (1): the fit's JSON writer too, for a report that carries it.
function ops.warm_check(fit)
  loader.batch = true                      -- folders and the project file asked once
  loader.env()                             -- the scripts' environment, the same for each
  require "canvas.lang.query"
  local registry = require "canvas.checks"
  local _ = registry.order                 -- every family of rules
  require "canvas.checks.engine"
  require "canvas.checks.wording"
  require "canvas.eval.rank"
  require "canvas.eval.fit"
  if fit == 1 then require "canvas.render.findings_json" end
  -- the random numbers of each script begin here (ops.fresh)
  random_seed = { math.randomseed() }
  math.randomseed(random_seed[1], random_seed[2])
end

-- Makes the interpreter as a new one for the next script, after a script
-- was loaded and checked in it (src/main.c: the workers of canvas check of
-- several files): a new model, a new script environment, no source text,
-- diagnostic or cache of the script before, and the random numbers from
-- where they began. Whatever the script before could reach is gone with
-- its model and environment; what it could not reach stays.
function ops.fresh()
  if model_loaded() then
    model.reset()
    resolve.forget()
  end
  loader.fresh()
  require("canvas.lang.source").forget()
  require("canvas.script.pattern_cost").forget()
  if random_seed then math.randomseed(random_seed[1], random_seed[2]) end
  diagnostics, deferred, anchor = {}, {}, {}
  return OK
end

-- The fit of every segment as JSON text, for a report's JSON (the model of
-- a checked file).
function ops.fit_json()
  return keep(require("canvas.render.findings_json").fit_text(model.state().segments))
end

-- A report of several files' diagnostics (canvas check FILE...): each
-- file is loaded and checked in an interpreter of its own, and its
-- diagnostics are copied into this one, which writes them in one format.
local report = { files = {}, diagnostics = {},
                 counts = { errors = 0, warnings = 0, info = 0 } }   -- of the files added as lines
-- With the text format the report streams: each file's findings are written
-- as soon as it is checked (as a compiler prints), the summary at the end.
local stream   -- nil, or the writer findings are streamed to

local summary_mode = false
local file_status_word = { [LOAD] = "it failed to load", [status.LIMIT] = "a limit stopped it",
                           [status.INTERRUPTED] = "interrupted" }

function ops.report_stream(colour, summary)
  stream = text.writer(colour == 1)
  summary_mode = summary == 1
end

-- A file's line of check --summary: its findings by severity and the fit
-- coverage of its top notes (from the fit JSON the report carries).
local function summary_line(file, code, list, fit)
  local n = { error = 0, warning = 0, info = 0 }
  for _, d in ipairs(list) do n[d.severity] = (n[d.severity] or 0) + 1 end
  local s = text.escape(file) .. ": " .. text.count(n.error, "error") .. ", "
    .. text.count(n.warning, "warning") .. ", " .. n.info .. " info"
  if fit then
    local ok, segs = pcall(require("canvas.cjson").decode, fit)
    if ok and type(segs) == "table" then
      local covered, total = 0, 0
      for _, f in ipairs(segs) do
        covered = covered + (math.tointeger(f.covered) or 0)
        total = total + (math.tointeger(f.total) or 0)
      end
      s = s .. "; fit coverage " .. require("canvas.render.fit").ratio(covered, total)
    end
  elseif code ~= OK and code ~= status.FINDINGS then
    s = s .. "; not checked (" .. (file_status_word[code] or "failed") .. ")"
  end
  return s
end
local file_status = { [OK] = "checked", [status.FINDINGS] = "checked", [LOAD] = "failed",
                      [status.LIMIT] = "limit", [status.INTERRUPTED] = "limit" }

function ops.report_add(file, code, list, fit)
  report.files[#report.files + 1] = { file = text.escape(file), status = file_status[code] or "failed",
                                      fit = fit }
  for _, d in ipairs(list) do
    report.diagnostics[#report.diagnostics + 1] = d
  end
  if stream and summary_mode then
    stream.line(summary_line(file, code, list, fit))
    stream.flush()
  elseif stream then
    local findings_text = require "canvas.render.findings_text"
    for _, d in ipairs(list) do stream.line(findings_text.line(d, stream)) end
    stream.flush()
  end
end

-- A file's findings as lines of the text format, for a report that streams
-- text (report_add_lines): "E W I" (how many errors, warnings and info)
-- on the first line, then the line of each finding. Made where the file
-- was checked, so that the report only writes them.
function ops.diagnostic_lines(colour)
  local findings_text = require "canvas.render.findings_text"
  local out = text.writer(colour == 1)   -- (only styles the severity words)
  local n = findings_text.summary({ diagnostics = diagnostics })   -- as the report counts
  local lines = {}
  for i, d in ipairs(diagnostics) do lines[i + 1] = findings_text.line(d, out) end
  lines[1] = n.errors .. " " .. n.warnings .. " " .. n.info
  lines[#lines + 1] = ""
  return keep(table.concat(lines, "\n"))
end

function ops.report_add_lines(file, lines, code)
  report.files[#report.files + 1] = { file = text.escape(file), status = file_status[code] or "failed" }
  local e, w, i, from = str_match(lines, "^(%d+) (%d+) (%d+)\n()")
  if not e then error("report_add_lines: no counts") end
  local n = report.counts
  n.errors, n.warnings, n.info = n.errors + tonumber(e), n.warnings + tonumber(w), n.info + tonumber(i)
  if stream and not summary_mode then stream.raw(string.sub(lines, from)) end
end

function ops.report_write(format, colour)
  local render = require "canvas.render"
  local fmt = render.findings[format]
  if not fmt then return keep(render.unknown_format(format)) end
  local rules, seen = {}, {}
  -- the text lists no rules: the registry (every rule's module) is not needed
  local registry = format == "text" and { order = {}, rules = {} } or require "canvas.checks"
  for _, id in ipairs(registry.order) do
    rules[#rules + 1] = registry.rules[id]
    seen[id] = true
  end
  local custom_name = {}   -- a custom check's ID -> its name, in the first file that has it
  for _, d in ipairs(report.diagnostics) do
    if d.id and not registry.rules[d.id] then
      -- two files may give the same ID (U001) to different checks: in
      -- formats that list the rules, the later one becomes ID:name
      if custom_name[d.id] and custom_name[d.id] ~= d.name and format ~= "text" then
        d.id = d.id .. ":" .. d.name
      end
      custom_name[d.id] = custom_name[d.id] or d.name
    end
    if d.id and not seen[d.id] then
      seen[d.id] = true
      rules[#rules + 1] = { id = d.id, name = d.name, severity = d.severity,
                            summary = d.name, explanation = "A check of the script's own." }
    end
  end
  local findings_text = require "canvas.render.findings_text"
  local doc = { tool = { name = "canvas", version = c.version }, files = report.files,
                diagnostics = report.diagnostics, rules = rules }
  doc.summary = findings_text.summary(doc)   -- counted once, for every format
  for k, v in pairs(report.counts) do doc.summary[k] = doc.summary[k] + v end
  if stream and format == "text" then   -- the findings are out already
    local out = text.writer(colour == 1)
    out.line(findings_text.summary_line(doc.summary))
    out.flush()
    return
  end
  require(fmt).format(doc, text.writer(colour == 1))
end

---------------------------------------------------------------------------
-- The operations made when first called
---------------------------------------------------------------------------
-- Reading the model, views, exports, diff, help and explanations
-- (ops/views.lua), and the REPL and the language server (ops/session.lua):
-- their modules are loaded when C first calls one of them, so that running
-- or checking a script loads neither. What they share with this file:
local shared = {
  keep = keep, record = record, sorted = sorted, collect = collect, start_load = start_load,
  set_diagnostics = function(list) diagnostics = list end,
  diagnostics = function() return diagnostics end,
  model = model, resolve = resolve, categories = categories, fields = fields,
  text = text, c = c, LOAD = LOAD,
}
local LATER = {}
for _, op in ipairs { "canvas_name", "segment_count", "segment_name", "note_count", "note_text",
                      "field", "unresolved_count", "render", "export", "help", "new_script",
                      "diff", "explain", "closest" } do
  LATER[op] = "canvas.ops.views"
end
for _, op in ipairs { "eval", "complete", "history_load", "history_add", "history_save",
                      "lsp_message", "lsp_idle", "lsp_bad_message", "lsp_doc" } do
  LATER[op] = "canvas.ops.session"
end
setmetatable(ops, { __index = function(t, op)
  local module = LATER[op]
  if not module then return nil end
  for name, f in pairs(require(module)(shared)) do
    LATER[name] = nil
    rawset(t, name, f)
  end
  return rawget(t, op)
end })

-- The operations that need no language: settings, diagnostics and the
-- report of findings. The loads bring in the language only when the script
-- uses it. Every other operation has it loaded first.
local LIGHT = { set_trust = true, set_traceback = true, add_include_dir = true,
                clear_args = true, add_arg = true, diagnostic_count = true, diagnostic = true,
                first_error = true, check_option = true, report_stream = true,
                report_add = true, report_write = true, closest = true, limit_hit = true,
                load_file = true, load_buffer = true, load_string = true }

function H.api(op, ...)
  local f = ops[op]
  if not f then error("canvas: unknown API operation " .. tostring(op)) end
  if not LIGHT[op] and not loader.has_language() then
    loader.language()
    finish_deferred()
  end
  return f(...)
end

return H
