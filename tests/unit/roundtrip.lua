-- Loading canvas scripts into a fresh model from inside a trusted test
-- (render_script_test.lua, roundtrip_driver.lua), for the round trip of
-- canvas.render.script: load, write the canonical script, load that,
-- compare the two models through script.dump.
--
--   local rt = require "roundtrip"
--   local S, errors = rt.load_string('segment "A" { }', "a.lua")
--   ...
--   rt.clear()   -- at the end: the host then finds an empty model
local model = require "canvas.lang.model"
local loader = require "canvas.script.loader"
local resolve = require "canvas.lang.resolve"
local source = require "canvas.lang.source"

local M = {}

-- A new, empty model, with no file included yet.
function M.clear()
  model.reset()
  loader.reset()
  source.forget()
  return model.state()
end

-- Ends a load as the host does: loose notes settled, the canvas named,
-- references resolved and ranks set. Returns the model and its load
-- errors as "file:line: message" lines.
local function finish(default_name)
  resolve.finish(default_name)
  source.forget()
  local S = model.state()
  local errors = {}
  for _, list in ipairs { S.problems, S.derived } do
    for _, p in ipairs(list) do
      errors[#errors + 1] = tostring(p.file) .. ":" .. tostring(p.line) .. ": " .. p.message
    end
  end
  return S, errors
end

-- The canvas name a file gets when it declares none: its base name.
function M.default_name(path)
  local base = (path:match("([^/]*)$") or path):gsub("%.lua$", "")
  return base ~= "" and base or "canvas"
end

-- Loads the script file at path into a fresh model.
function M.load_file(path)
  M.clear()
  loader.load_file(path)
  return finish(M.default_name(path))
end

-- Loads code, called name in messages, into a fresh model.
function M.load_string(code, name)
  M.clear()
  loader.load_string(code, name or "(string)")
  return finish(nil)
end

-- The text without its first line (the header, which names the files).
function M.body(s)
  return (s:gsub("^[^\n]*\n", "", 1))
end

return M
