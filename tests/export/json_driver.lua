-- The in-process half of tests/export_json.t and tests/diff.t, run in a
-- canvas process of its own with --trust:
--   canvas --trust json_driver.lua model SCRIPT OUT [SEGMENT]
--     loads SCRIPT into a fresh model and writes its JSON model
--     (canvas.render.export_json; only SEGMENT's part when given) to OUT,
--     and "ok" or "errors" and the load errors to OUT.status;
--   canvas --trust json_driver.lua diff OLD.json NEW.json OUT [text|json]
--     compares two JSON models (canvas.render.diff) and writes the
--     changes to OUT, and the number of changes to OUT.status.
-- It leaves an empty model for the host.
local model = require "canvas.lang.model"
local loader = require "canvas.script.loader"
local resolve = require "canvas.lang.resolve"
local source = require "canvas.lang.source"

local mode = ...
local args = table.pack(...)

local function put(path, data)
  local f = assert(io.open(path, "wb"))
  f:write(data)
  f:close()
end

local function slurp(path)
  local f = assert(io.open(path, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function collector()
  local lines = {}
  return { line = function(s) lines[#lines + 1] = s or "" end, flush = function() end,
           text = function() return table.concat(lines, "\n") .. (#lines > 0 and "\n" or "") end }
end

local function clear()
  model.reset()
  loader.reset()
  source.forget()
end

if mode == "model" then
  local path, out, only = args[2], args[3], args[4]
  assert(path and out, "usage: canvas --trust json_driver.lua model SCRIPT OUT")
  clear()
  loader.load_file(path)
  local base = (path:match("([^/]*)$") or path):gsub("%.lua$", "")
  resolve.finish(base ~= "" and base or "canvas")
  source.forget()
  local S = model.state()
  local errors = {}
  for _, list in ipairs { S.problems, S.derived } do
    for _, p in ipairs(list) do
      errors[#errors + 1] = tostring(p.file) .. ":" .. tostring(p.line) .. ": " .. p.message
    end
  end
  local w = collector()
  local opts = {}
  if only then opts.segments = { (assert(S.segment_by_name[only], "no segment " .. only)) } end
  require("canvas.render.export_json").export(S, w, opts)
  put(out, w.text())
  put(out .. ".status", #errors == 0 and "ok\n" or ("errors\n" .. table.concat(errors, "\n") .. "\n"))
elseif mode == "diff" then
  local old, new, out, format = args[2], args[3], args[4], args[5] or "text"
  assert(old and new and out, "usage: canvas --trust json_driver.lua diff OLD NEW OUT [text|json]")
  local diff = require "canvas.render.diff"
  local changes = diff.diff_json(slurp(old), slurp(new))
  local w = collector()
  if format == "json" then diff.render_json(changes, w) else diff.render_text(changes, w) end
  put(out, w.text())
  put(out .. ".status", #changes .. "\n")
else
  error("usage: canvas --trust json_driver.lua model|diff ...", 0)
end
clear()
