-- `canvas explain`: one rule's explanation, thresholds and examples, or
-- the list of every rule. Both read the rule registry (checks/).

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gmatch, str_gsub = string.gmatch, string.gsub
local text = require "canvas.util.text"

local M = {}

local function paragraph(out, s, width, indent)
  local flat = str_gsub(str_gsub(str_gsub(s, "%s*\n%s*", " "), "^%s+", ""), "%s+$", "")
  for _, l in ipairs(text.wrap(flat, math.max(20, width - #indent))) do out.line(indent .. l) end
end

-- Every rule, one a line: ID, name, severity, what it finds.
function M.list(registry, out, width)
  local w = 0
  for _, id in ipairs(registry.order) do w = math.max(w, #registry.rules[id].name) end
  for _, id in ipairs(registry.order) do
    local r = registry.rules[id]
    out.line(id .. "  " .. text.pad(r.name, w) .. "  " .. text.pad(r.severity, 7) .. "  " .. r.summary)
  end
  out.line("")
  paragraph(out, "canvas explain ID shows a rule's explanation and examples. canvas check runs "
    .. "them all; the reference rules CS018, CS021 and CS024 are also reported, as warnings, "
    .. "by canvas run, rank and show.", width or 80, "")
  out.flush()
end

function M.rule(r, out, width)
  width = width or 80
  out.line(r.id .. " " .. r.name .. " (" .. r.severity .. " by default)")
  paragraph(out, r.summary, width, "  ")
  out.line("")
  paragraph(out, r.explanation, width, "")
  if r.thresholds then
    out.line("")
    out.line("Thresholds (set them with checks { name = value }):")
    local names = {}
    for k in pairs(r.thresholds) do names[#names + 1] = k end
    table.sort(names)
    for _, k in ipairs(names) do
      local t = r.thresholds[k]
      out.line("  " .. k .. " = " .. tostring(t.default) .. "   " .. t.doc)
    end
  end
  out.line("")
  out.line("Reported:")
  for l in str_gmatch(r.bad .. "\n", "(.-)\n") do out.line("  " .. l) end
  out.line("")
  out.line("Not reported:")
  for l in str_gmatch(r.good .. "\n", "(.-)\n") do out.line("  " .. l) end
  out.line("")
  paragraph(out, "To silence it: ignore = \"" .. r.id .. "\" on the declaration, a comment -- canvas: "
    .. "ignore " .. r.id .. " on the line or the line before, checks { ignore = { \"" .. r.id
    .. "\" } } in the script or its .canvas.lua, or --ignore " .. r.id .. ".", width, "")
  out.flush()
end

return M
