-- `canvas show`: each profile as a text canvas. The segment's description
-- comes first (bases, archetypes, the five signs, the market pattern), then
-- its jobs, pains and gains in rank order with their kinds and scales:
-- side by side when the terminal is wide enough, one after another
-- otherwise; then the value map of each value proposition for it, in the
-- same columns, each item naming the note it addresses. Text is measured
-- in display columns, so any script lines up.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gsub = string.gsub
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
  local customer = type(seg.customer) == "string" and seg.customer or nil   -- (a script may store anything)
  local title = seg.name .. (customer and ("  (" .. customer .. " segment)") or "")
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
    if seg[f] then add((str_gsub(f, "_", " ")), seg[f]) end
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

-- The rule above three columns colw wide: "-----|-----|-----".
local function column_rule(out, colw)
  local rule = string.rep("-", colw)
  out.line(rule .. str_gsub(GAP, " ", "-") .. rule .. str_gsub(GAP, " ", "-") .. rule)
end

-- Writes three columns of lines (each colw wide) side by side.
local function side_by_side(out, cols, colw)
  local rows = math.max(#cols[1], #cols[2], #cols[3])
  for r = 1, rows do
    local parts = {}
    for i = 1, 3 do
      local cell = cols[i][r] or ""
      parts[i] = i < 3 and text.pad(cell, colw) or cell
    end
    out.line((str_gsub(table.concat(parts, GAP), "%s+$", "")))
  end
end

local function profile(out, seg, width)
  local cats = rank.categories
  if width >= SIDE_BY_SIDE then
    -- three columns and two gaps: 3 * colw + 2 * #GAP <= width
    local colw = (width - 2 * #GAP) // 3
    local cols = {}
    for i, c in ipairs(cats) do cols[i] = column(out, seg, c, colw) end
    column_rule(out, colw)
    side_by_side(out, cols, colw)
  else
    for i, c in ipairs(cats) do
      if i > 1 then out.line("") end
      for _, l in ipairs(column(out, seg, c, width - 2)) do out.line("  " .. l) end
    end
  end
end

-- The value map of one value proposition, in the same three columns as
-- the profile above it: under the jobs its products and what helps a job,
-- under the pains its relievers, under the gains its creators. Each item
-- names the note it addresses with the note's rank ("pain 1."), or says
-- that it names another segment's note (CS021) or none (CS018).
local categories = require "canvas.lang.categories"

local HEADS = { relievers = "PAIN RELIEVERS", creators = "GAIN CREATORS", helpers = "HELPS GET A JOB DONE" }

local function item_lines(out, item, seg, a, w)
  local lines = {}
  local t = item.target
  local note_word = categories.note_of[a.notes]
  local head
  if t then
    head = "-> " .. note_word .. " " .. t.rank .. ". " .. t.text
  else
    local other = seg and require("canvas.lang.resolve").elsewhere(item.text, seg, a.notes)
    if other then
      head = "-> " .. item.text .. " (a " .. note_word .. " of " .. other.segment.name
        .. ", not of this segment)"
    else
      head = "-> " .. item.text .. " (no such " .. note_word .. ")"
    end
  end
  for i, l in ipairs(text.wrap(text.escape(head), w - 3)) do
    lines[#lines + 1] = (i == 1 and "" or "   ") .. l
  end
  if item.how then
    for _, l in ipairs(text.wrap(text.escape("how: " .. item.how), w - 3)) do
      lines[#lines + 1] = "   " .. out.style("dim", l)
    end
  end
  return lines
end

-- The items in the order of the notes they address, as the profile lists
-- them; items that address nothing in it after those, as declared.
local function by_rank(list)
  local out = {}
  for i, item in ipairs(list) do out[i] = item end
  local function key(item)
    return item.target and item.target.rank or math.huge
  end
  local pos = {}
  for i, item in ipairs(list) do pos[item] = i end
  table.sort(out, function(a, b)
    local ka, kb = key(a), key(b)
    if ka ~= kb then return ka < kb end
    return pos[a] < pos[b]
  end)
  return out
end

local function value_columns(out, v, seg, w)
  local cols = { {}, {}, {} }
  local function add(col, l) cols[col][#cols[col] + 1] = l end
  local function heading(col, s)
    for _, l in ipairs(text.wrap(s, w)) do add(col, out.style("bold", l)) end
  end
  heading(1, "PRODUCTS (" .. #v.products .. ")")
  if #v.products == 0 then add(1, "(none yet)") end
  for _, p in ipairs(v.products) do
    local s = p.name .. (p.kind and (" (" .. p.kind .. ")") or "")
    for i, l in ipairs(text.wrap(text.escape(s), w - 2)) do add(1, (i == 1 and "* " or "  ") .. l) end
  end
  local where = { relievers = 2, creators = 3, helpers = 1 }
  for _, a in ipairs(categories.addressers) do
    local col, list = where[a.list], v[a.list]
    if col ~= 1 or #list > 0 then
      if col == 1 then add(1, "") end
      heading(col, HEADS[a.list] .. " (" .. #list .. ")")
      if #list == 0 then add(col, "(none yet)") end
      for _, item in ipairs(by_rank(list)) do
        for _, l in ipairs(item_lines(out, item, seg, a, w)) do
          add(col, l)
        end
      end
    end
  end
  return cols
end

local function value_map(out, seg, width)
  for _, v in ipairs(seg.values) do
    out.line("")
    local title = "VALUE MAP: " .. v.name
    local w = width >= SIDE_BY_SIDE and (width - 2 * #GAP) // 3 or width - 2
    if width >= SIDE_BY_SIDE then column_rule(out, w) end
    for _, l in ipairs(text.wrap(text.escape(title), width)) do out.line(out.style("heading", l)) end
    if v.about then
      for _, l in ipairs(text.wrap(text.escape(v.about), width)) do out.line(l) end
    end
    local cols = value_columns(out, v, seg, w)
    if width >= SIDE_BY_SIDE then
      side_by_side(out, cols, w)
    else
      for i = 1, 3 do
        if i > 1 then out.line("") end
        for _, l in ipairs(cols[i]) do out.line(l == "" and "" or ("  " .. l)) end
      end
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
    value_map(out, seg, width)
  end
  out.flush()
end

return M
