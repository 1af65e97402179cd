-- A tiny TAP producer for the unit tests (tests/unit/*_test.lua), which run
-- under `canvas --trust`; a test file loads it with `require "tap"` (canvas
-- finds modules beside the script) and ends with `t.done()`.
--
--   local t = require "tap"
--   t.ok(cond, "what holds")
--   t.is(got, want, "what it equals")     -- tables are compared deeply
--   t.like(got, "part", "what it holds")  -- got is a string holding "part"
--   t.done()                              -- prints the plan "1..N"
--
-- Failures print the values got and wanted as "#" comments. tests/unit.t
-- runs every file and reports its results through prove.
local M = {}

local n, failed = 0, 0

-- A value as Lua source, tables with sorted keys, for the diagnostics.
local function show(v, depth)
  depth = depth or 0
  if type(v) == "string" then return string.format("%q", v) end
  if type(v) ~= "table" then return tostring(v) end
  if depth > 4 then return "{...}" end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) == type(b) and (type(a) == "number" or type(a) == "string") then return a < b end
    return type(a) < type(b)
  end)
  local parts, len = {}, #v
  for _, k in ipairs(keys) do
    if math.type(k) == "integer" and k >= 1 and k <= len then
      parts[#parts + 1] = show(v[k], depth + 1)
    else
      local key = type(k) == "string" and k:match("^[%a_][%w_]*$") and k
        or "[" .. show(k, depth + 1) .. "]"
      parts[#parts + 1] = key .. " = " .. show(v[k], depth + 1)
    end
  end
  return "{ " .. table.concat(parts, ", ") .. " }"
end
M.show = show

local function same(a, b)
  if a == b then return true end
  if type(a) ~= "table" or type(b) ~= "table" then
    return a ~= a and b ~= b   -- NaN is NaN
  end
  for k, v in pairs(a) do
    if not same(v, b[k]) then return false end
  end
  for k in pairs(b) do
    if a[k] == nil then return false end
  end
  return true
end

-- diag(text): a comment line (or several) in the output.
function M.diag(s)
  for line in (tostring(s) .. "\n"):gmatch("(.-)\n") do
    print("# " .. line)
  end
end

-- ok(cond, description): passes when cond is truthy. Returns cond.
function M.ok(cond, desc)
  n = n + 1
  -- a "#" in the description would start a TAP directive
  desc = tostring(desc or ""):gsub("\n", "\\n"):gsub("#", "\\#")
  if cond then
    print("ok " .. n .. " - " .. desc)
  else
    failed = failed + 1
    print("not ok " .. n .. " - " .. desc)
    -- the line of the test file that made the check
    for level = 2, 20 do
      local info = debug.getinfo(level, "Sl")
      if not info then break end
      if info.currentline > 0 and not info.short_src:find("tap.lua", 1, true) then
        M.diag("  at " .. info.short_src .. ":" .. info.currentline)
        break
      end
    end
  end
  return cond
end

-- is(got, want, description): got equals want (deeply for tables).
function M.is(got, want, desc)
  local pass = same(got, want)
  M.ok(pass, desc)
  if not pass then
    M.diag("  got:  " .. show(got))
    M.diag("  want: " .. show(want))
  end
  return pass
end

-- like(got, part, description): got is a string that contains part (plain
-- text, not a pattern).
function M.like(got, part, desc)
  local pass = type(got) == "string" and got:find(part, 1, true) ~= nil
  M.ok(pass, desc)
  if not pass then
    M.diag("  got:  " .. show(got))
    M.diag("  wanted it to contain: " .. show(part))
  end
  return pass
end

-- done(): prints the plan; returns the number of failures.
function M.done()
  print("1.." .. n)
  return failed
end

return M
