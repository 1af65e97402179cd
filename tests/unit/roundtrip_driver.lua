-- One half of the round trip of tests/roundtrip.t, run in a process of
-- its own: `canvas --trust roundtrip_driver.lua SCRIPT OUT` loads SCRIPT
-- into a fresh model and writes
--   OUT.status   "ok", or "errors" and the load errors
--   OUT.lua      the canonical script (canvas.render.script.save)
--   OUT.dump     the model's dump, OUT.partial the dump without ranks and
--                checks (what a script with a function rule or a check
--                of its own still keeps)
--   OUT.problems what the canonical script cannot hold, one a line
-- and then leaves an empty model for the host.
local rt = require "roundtrip"
local script = require "canvas.render.script"

local path, out = ...
assert(path and out, "usage: canvas --trust roundtrip_driver.lua SCRIPT OUT")

local function put(name, data)
  local f = assert(io.open(out .. name, "wb"))
  f:write(data)
  f:close()
end

local S, errors = rt.load_file(path)
if #errors > 0 then
  put(".status", "errors\n" .. table.concat(errors, "\n") .. "\n")
else
  local ok, err, problems = script.save(out .. ".lua", S)
  if not ok then
    put(".status", "save failed: " .. tostring(err) .. "\n")
  else
    local lines = {}
    for i, p in ipairs(problems) do lines[i] = p.file .. ":" .. p.line .. ": " .. p.message end
    put(".problems", table.concat(lines, "\n") .. (#lines > 0 and "\n" or ""))
    put(".dump", script.dump(S))
    put(".partial", script.dump(S, { ranks = false, checks = false }))
    put(".status", "ok\n")
  end
end
rt.clear()
