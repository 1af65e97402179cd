-- canvas new: a commented template script for a market pattern, made from
-- the text of examples/template.lua (built into the binary, so the two are
-- one text): the canvas gets the name and the market pattern asked for;
-- the template's worked segment stays, as the example to replace; and for
-- patterns with several segments, the others follow as empty segments whose
-- comments ask the questions of the five steps. A multi-sided platform's
-- sides name each other with depends_on. The script loads; canvas check on
-- it says what is still missing.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gmatch, str_gsub = string.match, string.gmatch, string.gsub
local text = require "canvas.util.text"

local M = {}

M.markets = { "mass", "niche", "segmented", "diversified", "multi-sided" }
local known = {}
for _, m in ipairs(M.markets) do known[m] = true end

-- How many segments a pattern starts with: one for mass and niche, two
-- for the others.
function M.default_segments(market)
  return (market == "mass" or market == "niche") and 1 or 2
end

local lit = text.lua_string

-- Checks the arguments; returns nil and a message for the user when one
-- is wrong.
function M.check_args(name, market, n)
  if type(name) ~= "string" or str_match(name, "^%s*$") then
    return nil, "new needs the canvas's name: canvas new \"Pedal City\""
  end
  if not known[market] then
    return nil, "--market " .. text.quote(market) .. " is not a market pattern; use "
      .. text.either(M.markets) .. require("canvas.util.suggest").hint(market, M.markets, text.quote)
  end
  if math.type(n) ~= "integer" or n < 1 or n > 20 then
    return nil, "--segments takes a whole number from 1 to 20"
  end
  if (market == "mass" or market == "niche") and n > 1 then
    return nil, "a " .. market .. " market serves one segment; --segments " .. n
      .. " goes with segmented, diversified or multi-sided"
  end
  if market ~= "mass" and market ~= "niche" and n < 2 then
    return nil, "a " .. market .. " market has two or more segments; give --segments 2 or more"
  end
  return true
end

local SIDE = "Segment %d"

-- The empty segment i, with the questions of the five steps.
local function skeleton(i, market, n, first)
  local name = string.format(SIDE, i)
  local out = {
    "",
    "-- Segment " .. i .. ": rename it after the group it is, and answer the questions",
    "-- of the five steps for it, as the segment above does. Each segment has a",
    "-- profile of its own: what sets this group apart (need, channel,",
    "-- relationship, profitability, willingness to pay)?",
    "segment " .. lit(name) .. " {",
    "  about = \"Who are they? How many, where, doing what?\",",
  }
  if market == "multi-sided" then
    local others = { lit(first) }
    for j = 2, n do
      if j ~= i then others[#others + 1] = lit(string.format(SIDE, j)) end
    end
    out[#out + 1] = "  depends_on = { " .. table.concat(others, ", ") .. " },  -- the sides it needs"
  end
  for _, l in ipairs {
    "  -- Step 2: what do they try to get done? A task, a problem to solve, a need",
    "  -- to meet; how do they want to be seen (social) and to feel (emotional)?",
    "  --   job \"...\" { kind = \"functional\", importance = 1..5 },",
    "  -- Step 3: what annoys them before, during or after a job, or stops it?",
    "  -- How much, how long, how often?",
    "  --   pain \"...\" { type = \"obstacle\", severity = 1..5 },",
    "  -- Step 4: what outcomes do they want, at what level would they count it a gain?",
    "  --   gain \"...\" { level = \"expected\", relevance = 1..5 },",
    "  -- Step 5: give every note its score, so that the top ones stand out.",
    "}",
  } do out[#out + 1] = l end
  return out
end

-- The script: a list of lines.
function M.script(template, name, market, n)
  local lines = {}
  for l in str_gmatch(template .. (template:sub(-1) == "\n" and "" or "\n"), "(.-)\n") do
    lines[#lines + 1] = l
  end
  local out = {
    "-- " .. str_gsub(name, "%c", " ") .. ": a canvas script made by `canvas new` for a " .. market
      .. " market with " .. text.count(n, "segment") .. ".",
    "-- Below is the annotated template: replace its worked example (a bike-share",
    "-- for daily commuters) with your own business, step by step, and run",
    "-- `canvas check` on the file to see what is still missing.",
    "--",
  }
  local first, in_canvas, in_first = nil, false, false
  for _, l in ipairs(lines) do
    local canvas_name = str_match(l, '^canvas%s+"')
    local seg = str_match(l, '^segment%s+"(.-)"')
    if canvas_name then
      l = "canvas " .. lit(name) .. " {"
      in_canvas = true
    elseif in_canvas and str_match(l, "^%s*market%s*=") then
      l = str_gsub(l, 'market%s*=%s*"[^"]*"', 'market = "' .. market .. '"')
    elseif in_canvas and str_match(l, "^}") then
      in_canvas = false
    end
    if seg and not first then
      first, in_first = seg, true
    end
    out[#out + 1] = l
    if in_first then
      if market == "multi-sided" and str_match(l, "^%s*customer%s*=") and n > 1 then
        local sides = {}
        for j = 2, n do sides[#sides + 1] = lit(string.format(SIDE, j)) end
        out[#out + 1] = "  depends_on = { " .. table.concat(sides, ", ") .. " },  -- the other sides"
          .. " of the platform"
      end
      if str_match(l, "^}") then in_first = false end
    end
  end
  -- the other segments last: a note written after a segment's table
  -- belongs to the segment declared last, so none may come between
  for i = 2, n do
    for _, s in ipairs(skeleton(i, market, n, first)) do out[#out + 1] = s end
  end
  return out
end

return M
