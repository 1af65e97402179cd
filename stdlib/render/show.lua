-- `canvas show`: each profile as a text canvas. The segment's description
-- comes first (bases, archetypes, the five signs, the market pattern), then
-- its jobs, pains and gains in rank order with their kinds and scales:
-- side by side when the terminal is wide enough, one after another
-- otherwise. Text is measured in display columns, so any script lines up.
local model = require "canvas.lang.model"
local fields = require "canvas.lang.fields"
local rank = require "canvas.eval.rank"
local text = require "canvas.util.text"

local M = {}

local SIDE_BY_SIDE = 90   -- the narrowest width that takes three columns
local GAP = " | "
local MIN_BESIDE = 16     -- the narrowest value beside its label
local MIN_TEXT = 8        -- the narrowest note text beside its rank number

-- No line is wider than the width it is made for: text.wrap keeps to it
-- (cutting a word too long for a line with an ellipsis), and every prefix
-- and indent below is taken off the width given to wrap.

-- Lines for "label: value" in width w: the value beside the label with a
-- hanging indent when it fits there on one line, or when that leaves it
-- MIN_BESIDE columns and no word has to be cut; else the label on a line
-- of its own and the value below it, indented two more.
local function labelled(label, value, w, indent)
  label, value = text.escape(label), text.escape(value)
  local head = indent .. label .. ": "
  local hw = text.width(head)
  local out = {}
  local room = w - hw
  if (room >= 1 and text.width(value) <= room)
      or (room >= MIN_BESIDE and text.wrap_width(value) <= room) then
    for i, l in ipairs(text.wrap(value, w - hw)) do
      out[i] = (i == 1 and head or string.rep(" ", hw)) .. l
    end
  else
    local iw = text.width(indent)
    for _, l in ipairs(text.wrap(label .. ":", w - iw)) do out[#out + 1] = indent .. l end
    local sub = indent .. "  "
    for _, l in ipairs(text.wrap(value, w - iw - 2)) do out[#out + 1] = sub .. l end
  end
  return out
end

local function marks(n, custom)
  local m = model.marks(n)
  if custom then
    m = "score " .. rank.score_text(n.score) .. (m ~= "" and ("; " .. m) or "")
  end
  if n.who then m = (m ~= "" and (m .. "; ") or "") .. "who: " .. n.who end
  return m
end

-- The lines of one note entry in a column w wide: "3. text", then marks,
-- both indented past the number; a number that would leave the text less
-- than MIN_TEXT columns goes on a line of its own, the text below it.
local function entry(out, n, w, rankw, custom)
  local lines = {}
  local num = text.rpad(tostring(n.rank or "?"), rankw) .. ". "
  local nw = text.width(num)
  if w - nw < MIN_TEXT then
    for _, l in ipairs(text.wrap(num, w)) do lines[#lines + 1] = out.style("bold", l) end
    num, nw = "", 0
  end
  local body = text.wrap(text.escape(n.text), w - nw)
  for i, l in ipairs(body) do
    lines[#lines + 1] = (i == 1 and out.style("bold", num) or string.rep(" ", nw)) .. l
  end
  local m = marks(n, custom)
  if m ~= "" then
    for _, l in ipairs(text.wrap(text.escape(m), w - nw)) do
      lines[#lines + 1] = string.rep(" ", nw) .. out.style("dim", l)
    end
  end
  return lines
end

-- The lines of one category (heading, then entries) in a column w wide.
local function column(out, seg, category, w)
  local list = seg.ranked[category]
  local rule = rank.rule_for(seg, category)
  local lines = {}
  local head = category:upper() .. " (" .. #list .. ")"
  for _, l in ipairs(text.wrap(head, w)) do lines[#lines + 1] = out.style(category, l) end
  for _, l in ipairs(text.wrap(rank.describe(rule), w)) do
    lines[#lines + 1] = out.style("dim", l)
  end
  if #list == 0 then lines[#lines + 1] = "(none yet)" end
  local rankw = #tostring(#list)
  local custom = rule.file ~= nil   -- a script's rule: show the scores it gives
  for _, n in ipairs(list) do
    for _, l in ipairs(entry(out, n, w, rankw, custom)) do lines[#lines + 1] = l end
  end
  return lines
end

local sign_fields = { "need", "channel", "relationship", "profitability", "willingness_to_pay" }

local function describe_segment(out, seg, width)
  local title = seg.name .. (seg.customer and ("  (" .. seg.customer .. " segment)") or "")
  for _, l in ipairs(text.wrap(text.escape(title), width)) do out.line(out.style("bold", l)) end
  if seg.about then
    for _, l in ipairs(text.wrap(text.escape(seg.about), width)) do out.line(l) end
  end
  local spec = fields.registry.segment
  local rows = {}
  local function add(label, value)
    for _, l in ipairs(labelled(label, value, width, "  ")) do rows[#rows + 1] = l end
  end
  if seg.bases then
    for _, k in ipairs(spec.bases.keys) do
      if seg.bases[k] then add(k, seg.bases[k]) end
    end
  end
  if seg.archetypes then add("archetypes", table.concat(seg.archetypes, ", ")) end
  for _, f in ipairs(sign_fields) do
    if seg[f] then add((f:gsub("_", " ")), seg[f]) end
  end
  if seg.depends_on then
    -- by name, as resolved (a reference may use an id)
    local names = {}
    for i, ref in ipairs(seg.depends_on) do
      local other = model.find_segment(ref)
      names[i] = other and other.name or ref
    end
    add("depends on", table.concat(names, ", "))
  end
  if #seg.values > 0 then
    local names = {}
    for i, v in ipairs(seg.values) do names[i] = v.name end
    add("value propositions", table.concat(names, ", "))
  end
  -- user fields on the segment, in declaration order
  for _, f in ipairs(fields.order.segment) do
    local s = spec[f]
    if not s.builtin and seg[f] ~= nil then add(f, fields.format(s, seg[f])) end
  end
  for _, l in ipairs(rows) do out.line(l) end
end

local function profile(out, seg, width)
  local cats = rank.categories
  if width >= SIDE_BY_SIDE then
    -- three columns and two gaps: 3 * colw + 2 * #GAP <= width
    local colw = (width - 2 * #GAP) // 3
    local cols, rows = {}, 0
    for i, c in ipairs(cats) do
      cols[i] = column(out, seg, c, colw)
      if #cols[i] > rows then rows = #cols[i] end
    end
    local rule = string.rep("-", colw)
    out.line(rule .. GAP:gsub(" ", "-") .. rule .. GAP:gsub(" ", "-") .. rule)
    for r = 1, rows do
      local parts = {}
      for i = 1, 3 do
        local cell = cols[i][r] or ""
        parts[i] = i < 3 and text.pad(cell, colw) or cell
      end
      out.line((table.concat(parts, GAP):gsub("%s+$", "")))
    end
  else
    for i, c in ipairs(cats) do
      if i > 1 then out.line("") end
      for _, l in ipairs(column(out, seg, c, width - 2)) do out.line("  " .. l) end
    end
  end
end

-- Writes the text canvas of `segments` (a list) through writer `out`,
-- fitted to `width` columns.
function M.render(cv, segments, out, width)
  width = math.max(24, width or 80)
  if cv then
    local title = cv.name .. (cv.market and ("  (" .. cv.market .. " market)") or "")
    for _, l in ipairs(text.wrap(text.escape(title), width)) do out.line(out.style("heading", l)) end
    if cv.about then
      for _, l in ipairs(text.wrap(text.escape(cv.about), width)) do out.line(l) end
    end
  end
  if #segments == 0 then out.line("(no segments yet)") end
  for _, seg in ipairs(segments) do
    out.line("")
    out.line(string.rep("=", width))
    describe_segment(out, seg, width)
    out.line("")
    profile(out, seg, width)
  end
  out.flush()
end

return M
