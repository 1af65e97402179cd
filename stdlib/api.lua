-- The C boundary: src/canvas.c calls api(op, ...) under protection for
-- every operation of include/canvas.h: settings, loading, diagnostics, read
-- access to the model and views. Nothing else in the stdlib is called from C.
local model = require "canvas.lang.model"
local resolve = require "canvas.lang.resolve"
local categories = require "canvas.lang.categories"
local fields = require "canvas.lang.fields"
local loader = require "canvas.script.loader"
local declare = require "canvas.lang.declare"
local text = require "canvas.util.text"
local c = require "canvas.c"

local H = {}

declare.load_vocabulary()

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
local function sorted(list)
  local order = loader.fileorder
  table.sort(list, function(a, b)
    local fa, fb = order[a.file] or math.maxinteger, order[b.file] or math.maxinteger
    if fa ~= fb then return fa < fb end
    if a.file ~= b.file then return a.file < b.file end
    if a.line ~= b.line then return a.line < b.line end
    return a.seq < b.seq
  end)
  return list
end

-- A diagnostic is one line; a script can make its messages as long as it
-- likes, so they are cut at a length a terminal can still show.
local MAX_MESSAGE = 2000
local function cut(message)
  if #message <= MAX_MESSAGE then return message end
  return text.shorten(message, MAX_MESSAGE)
end

-- Every diagnostic of the model, in one list: load errors, errors found
-- while deriving (ranking) and findings. A finding is shown as a warning
-- here: loading reports what it sees, judging is for checks.
local function collect()
  local S = model.state()
  local list = {}
  local function add(p, severity)
    list[#list + 1] = { file = text.escape(p.file), line = p.line, severity = severity,
                        id = p.id, name = p.name, message = cut(p.message), seq = p.seq }
  end
  for _, p in ipairs(S.problems) do add(p, "error") end
  for _, p in ipairs(S.derived) do add(p, "error") end
  for _, f in ipairs(S.findings) do add(f, "warning") end
  diagnostics = sorted(list)
end

local function finish_load(default_name)
  resolve.finish(default_name)
  require("canvas.lang.source").forget()
  collect()
  local S = model.state()
  return (#S.problems > 0 or #S.derived > 0) and LOAD or OK
end

local function start_load()
  anchor = {}
  model.state().problems = {}
end

local function script_name(path)
  local base = path:match("([^/]*)$") or path
  base = base:gsub("%.lua$", "")
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

function ops.canvas_name()
  local cv = model.state().canvas
  return cv and keep(cv.name) or nil
end

function ops.segment_count()
  return #model.state().segments
end

local function segment(i)
  return model.state().segments[i]
end

function ops.segment_name(_, i)
  local s = segment(i)
  return s and s.name
end

local lists = {}
for _, l in ipairs(categories.lists) do lists[l] = true end

function ops.note_count(category, i)
  local s = segment(i)
  if not s or not lists[category] then return 0 end
  return #s[category]
end

function ops.note_text(category, i, j)
  local s = segment(i)
  if not s or not lists[category] then return nil end
  local n = s[category][j]
  return n and n.text
end

function ops.field(category, name, i, j)
  local s = segment(i)
  if not s then return nil end
  local obj = s
  if category ~= "" then
    if not lists[category] then return nil end
    obj = s[category][j]
    if not obj then return nil end
  end
  local spec = fields.registry[obj.category][name]
  if not spec then return nil end
  return keep(fields.format(spec, rawget(obj, name)))
end

function ops.unresolved_count()
  local n = 0
  for _, f in ipairs(model.state().findings) do
    if f.id == "CS018" then n = n + 1 end
  end
  return n
end

-- A limit stopped the run: report the load errors found so far and the
-- limit, at the last place the script was seen running.
function ops.limit_hit(message, source, script, line)
  local S = model.state()
  S.findings, S.derived = {}, {}
  if source == "" then source = script ~= "" and script or (loader.current or "?") end
  model.fail(source, line, message)
  collect()
end

-- Writes a view of the model; returns nothing, or a message for the user.
function ops.render(segname, what, width, colour)
  local render = require "canvas.render"
  if not render.views[what] then return keep(render.unknown(what)) end
  resolve.refresh()
  local S = model.state()
  local segments = S.segments
  if segname ~= nil then
    local s = model.find_segment(segname)
    if not s then return keep(model.no_segment(segname)) end
    segments = { s }
  end
  render.render(what, S.canvas, segments, text.writer(colour == 1), width)
end

-- The index in `names` of the closest to `word`, for did-you-mean in C.
function ops.closest(word, names)
  local best = require("canvas.util.suggest").closest(word, names)
  for i, n in ipairs(names) do
    if n == best then return i end
  end
  return 0
end

function H.api(op, ...)
  local f = ops[op]
  if not f then error("canvas: unknown API operation " .. tostring(op)) end
  return f(...)
end

return H
