-- canvas export --format svg: the canvas as one standalone SVG document.
-- For each segment a picture in the project's own layout: the customer
-- profile on the left in three areas (jobs, pains, gains), each note a box
-- with its rank, its text wrapped and its marks; the value map on the
-- right in the same three bands (what helps get each job done, the pain
-- relievers, the gain creators) under the products, with a line from each
-- item to the note it addresses. A top note that the value map addresses
-- has a solid outline and "✓ addressed"; one that nothing addresses a
-- dashed outline and "○ not addressed", so that colour is never the only
-- sign. Then the segments block: each segment a box, the market pattern
-- in the heading, an arrow from each side of a platform to the sides it
-- depends on. Text is measured by its display columns at a fixed-width
-- font, so that wrapping never runs past a box.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_find, str_gsub = string.find, string.gsub
local model = require "canvas.lang.model"
local fields = require "canvas.lang.fields"
local categories = require "canvas.lang.categories"
local rank = require "canvas.eval.rank"
local fit = require "canvas.eval.fit"
local text = require "canvas.util.text"
local printable = require("canvas.c").printable   -- printable ASCII, none of the bytes given

local M = {}

local format, floor, max = string.format, math.floor, math.max

M.FONT = "DejaVu Sans Mono, Liberation Mono, Menlo, Consolas, monospace"
M.ATTRIBUTION = "The Business Model Canvas is CC BY-SA by Strategyzer; the customer profile "
  .. "concepts come from Value Proposition Design (Osterwalder et al.)."

-- The width of a character of the font, in ems: DejaVu Sans Mono's is
-- 0.602, Liberation Mono's 0.600; a little more leaves room for others.
local ADVANCE = 0.62

---------------------------------------------------------------------------
-- Text: cleaning, escaping, wrapping
---------------------------------------------------------------------------

-- Text that XML can hold: bytes that are not UTF-8 become U+FFFD, tabs and
-- line breaks spaces, and control characters (C0, DEL, C1) and the two
-- noncharacters XML forbids are removed.
function M.clean(s)
  s = tostring(s)
  if printable(s) then return s end
  if not utf8.len(s) then
    local parts, i = {}, 1
    while i <= #s do
      local n, bad = utf8.len(s, i)
      if n then parts[#parts + 1] = s:sub(i); break end
      parts[#parts + 1] = s:sub(i, bad - 1) .. "\u{FFFD}"
      i = bad + 1
    end
    s = table.concat(parts)
  end
  s = str_gsub(str_gsub(str_gsub(s, "[\t\n\r]", " "), "[%c\127]", ""), "\194[\128-\159]", "")
  return (str_gsub(s, "\239\191[\190\191]", ""))
end
local clean = M.clean

local ENTITY = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;",
                 ["'"] = "&#39;" }

-- Text for XML and HTML, in elements and attributes alike.
function M.escape(s)
  if type(s) ~= "string" then s = tostring(s) end
  if printable(s, "&<>\"'") then return s end
  return (str_gsub(clean(s), "[&<>\"']", ENTITY))
end
local esc = M.escape

-- How many columns of a font `size` px high fit in `px` pixels.
function M.columns(px, size)
  return max(4, floor(px / (size * ADVANCE)))
end

-- A word wider than a line, in pieces that each fit: nothing is cut away.
local function chunks(word, cols)
  local out, cur, w = {}, {}, 0
  for _, c in utf8.codes(word) do
    local ch = utf8.char(c)
    local cw = text.width(ch)
    if w + cw > cols and #cur > 0 then
      out[#out + 1] = table.concat(cur)
      cur, w = {}, 0
    end
    cur[#cur + 1], w = ch, w + cw
  end
  out[#out + 1] = table.concat(cur)
  return table.concat(out, " ")
end

-- The lines of s (cleaned, not yet escaped) in `px` pixels at font `size`;
-- no line for a text without words.
function M.wrap(s, px, size)
  s = clean(s)
  if not str_find(s, "%S") then return {} end
  local cols = M.columns(px, size)
  if #s > cols and text.wrap_width(s) > cols then   -- no wider than its bytes
    s = str_gsub(s, "%S+", function(word)
      if text.wrap_width(word) > cols then return chunks(word, cols) end
    end)
  end
  return text.wrap(s, cols)
end
local wrap = M.wrap

---------------------------------------------------------------------------
-- Drawing
---------------------------------------------------------------------------

local INK, DIM, FAINT = "#1a1a1a", "#555555", "#8a8a8a"
local COLOURS = {
  jobs = { stroke = "#2b5d9b", fill = "#eaf1fb", area = "#f5f8fd", edge = "#b9cce6" },
  pains = { stroke = "#a8322a", fill = "#fbeceb", area = "#fdf7f6", edge = "#e6bdb9" },
  gains = { stroke = "#2b7a4b", fill = "#e7f4eb", area = "#f5fbf7", edge = "#b7dcc4" },
  value = { stroke = "#5b5b5b", fill = "#f3f3f3", area = "#fafafa", edge = "#d0d0d0" },
}

local function line_height(size) return floor(size * 1.3 + 0.5) end
local function baseline(size) return floor(size * 0.92 + 0.5) end

local function add(b, s) b[#b + 1] = s end

-- Lines of text from top y at x; returns the height they take. `extra`
-- holds more attributes (" font-weight=\"bold\"").
local function lines_at(b, x, y, lines, size, extra, colour)
  if #lines == 0 then return 0 end
  local lh = line_height(size)
  local parts = { format('<text x="%d" y="%d" font-size="%d" fill="%s"%s>', x, y + baseline(size),
    size, colour or INK, extra or "") }
  for i, l in ipairs(lines) do
    parts[#parts + 1] = format('<tspan x="%d" y="%d">%s</tspan>', x, y + baseline(size) + (i - 1) * lh,
      esc(l))
  end
  parts[#parts + 1] = "</text>"
  add(b, table.concat(parts))
  return #lines * lh
end

local function rect(b, x, y, w, h, fill, stroke, width, extra)
  add(b, format('<rect x="%d" y="%d" width="%d" height="%d" rx="6" fill="%s" stroke="%s" '
    .. 'stroke-width="%s"%s/>', x, y, w, h, fill, stroke, width, extra or ""))
end

local BOLD = ' font-weight="bold"'
local DASH = ' stroke-dasharray="6 4"'

-- A block of text lines as a box of the layout: { h = height, draw = fn }.
local function lines_box(lines, size, extra, colour)
  return { h = #lines * line_height(size), draw = function(b, x, y)
    lines_at(b, x, y, lines, size, extra, colour)
  end }
end

---------------------------------------------------------------------------
-- The picture of one segment
---------------------------------------------------------------------------

local W, MARGIN = 1100, 20
local PX, PW = MARGIN, 500          -- the profile's column
local VX = 640                      -- the value map's column
local VW = W - MARGIN - VX
local PAD, GAP = 10, 8              -- inside an area; between boxes
M.WIDTH = W

local NOTE = { jobs = "job", pains = "pain", gains = "gain" }
local HEADS = { helpers = "HELPS GET JOBS DONE", relievers = "PAIN RELIEVERS",
                creators = "GAIN CREATORS" }

-- The user fields that note n has, in declaration order: "frequency: 4
-- (daily)".
function M.user_marks(n)
  local out = {}
  local reg = fields.registry[n.category]
  for _, f in ipairs(fields.user_order[n.category] or {}) do
    local spec, v = reg[f], rawget(n, f)
    if v ~= nil then
      out[#out + 1] = f .. ": " .. (spec.type == "scale" and fields.scale_text(spec, v)
        or fields.format(spec, v))
    end
  end
  return out
end

-- "functional, risk, severity 5 (extreme); who: parents; observed"
local function note_marks(n, custom)
  local m = model.marks(n)
  local parts = {}
  if custom then parts[#parts + 1] = "score " .. rank.score_text(n.score) end
  if m ~= "" then parts[#parts + 1] = m end
  for _, u in ipairs(M.user_marks(n)) do parts[#parts + 1] = u end
  if n.who then parts[#parts + 1] = "who: " .. n.who end
  local conf = rawget(n, "confidence")
  if conf then parts[#parts + 1] = conf .. (fit.backed(n) and ", with evidence" or "") end
  return table.concat(parts, "; ")
end

-- The status of a top note in words and a mark, never by colour alone.
local function status_text(e, top_k)
  local s = #e.by > 0 and "✓ top " .. top_k .. ", addressed" or "○ top " .. top_k .. ", not addressed"
  return s .. (e.tie and " (tied at the edge)" or "")
end

-- The box of note n: rank badge, text, marks, status. Its right edge is
-- where the lines from the value map end (anchors[n]).
local function note_box(n, list, ctx)
  local colour = COLOURS[list]
  local e = ctx.top[n]
  local digits = #tostring(n.rank or "?")
  local bw = PW - 2 * PAD
  local badge = max(28, digits * 9 + 10)
  local tx = 6 + badge + 10
  local tw = bw - tx - 10
  local body = wrap(n.text, tw, 13)
  local marks = wrap(note_marks(n, ctx.custom[list]), tw, 11)
  local status = e and wrap(status_text(e, ctx.top_k), tw, 11) or {}
  local h = max(36, 8 + #body * line_height(13) + 3 + (#marks + #status) * line_height(11) + 8)
  return { h = h, draw = function(b, x, y)
    local top = e ~= nil
    local addressed = top and #e.by > 0
    add(b, format('<g class="note %s" data-rank="%s">', NOTE[list], esc(n.rank or "?")))
    add(b, "<title>" .. esc(n.text) .. "</title>")
    rect(b, x, y, bw, h, colour.fill, top and colour.stroke or FAINT, top and 2 or 1,
      (top and not addressed) and DASH or nil)
    add(b, format('<rect x="%d" y="%d" width="%d" height="24" rx="4" fill="%s"/>', x + 6, y + 6, badge,
      top and colour.stroke or "#6e6e6e"))
    add(b, format('<text x="%d" y="%d" font-size="14" font-weight="bold" fill="#ffffff" '
      .. 'text-anchor="middle">%s</text>', x + 6 + badge // 2, y + 23, esc(n.rank or "?")))
    local ty = y + 8
    ty = ty + lines_at(b, x + tx, ty, body, 13) + 3
    ty = ty + lines_at(b, x + tx, ty, marks, 11, nil, DIM)
    lines_at(b, x + tx, ty, status, 11, BOLD, addressed and colour.stroke or INK)
    add(b, "</g>")
    ctx.anchors[n] = { x = x + bw, y = y + h // 2 }
  end }
end

-- What an item of the value map addresses, in words.
local function item_head(item, a, seg)
  local t = item.target
  local word = categories.note_of[a.notes]
  if t then return a.word .. " " .. word .. " " .. (t.rank or "?") end
  local other = require("canvas.lang.resolve").elsewhere(item.text, seg, a.notes)
  if other then
    return a.word .. " " .. text.quote(item.text, 60) .. ": a " .. word .. " of "
      .. text.quote(other.segment.name, 40) .. ", not of this segment"
  end
  return a.word .. " " .. text.quote(item.text, 60) .. ": no such " .. word .. " in this profile"
end

-- The box of a reliever, creator or helper; its left edge is where its
-- line to the note starts.
local function item_box(item, a, ctx)
  local colour = COLOURS[a.notes]
  local bw = VW - 2 * PAD
  local tw = bw - 20
  local head = wrap(item_head(item, a, ctx.seg), tw, 12)
  local how = item.how and wrap("how: " .. item.how, tw, 12) or {}
  local from = ctx.many and wrap("from " .. item.value.name, tw, 11) or {}
  local h = 8 + (#head + #how) * line_height(12) + #from * line_height(11) + 8
  return { h = h, draw = function(b, x, y)
    add(b, format('<g class="item %s">', item.category))
    add(b, "<title>" .. esc(a.word .. " " .. item.text .. (item.how and (": " .. item.how) or ""))
      .. "</title>")
    rect(b, x, y, bw, h, "#ffffff", item.target and colour.stroke or FAINT, 1.5,
      not item.target and DASH or nil)
    add(b, format('<rect x="%d" y="%d" width="4" height="%d" fill="%s"/>', x + 1, y + 4, h - 8,
      colour.stroke))
    local ty = y + 8
    ty = ty + lines_at(b, x + 12, ty, head, 12, BOLD, item.target and colour.stroke or INK)
    ty = ty + lines_at(b, x + 12, ty, how, 12)
    lines_at(b, x + 12, ty, from, 11, nil, DIM)
    add(b, "</g>")
    if item.target then
      ctx.links[#ctx.links + 1] = { x = x, y = y + h // 2, note = item.target, colour = colour.stroke }
    end
  end }
end

local function product_box(p, ctx)
  local bw = VW - 2 * PAD
  local tw = bw - 20
  local name = wrap(p.name, tw, 12)
  local sub = wrap(table.concat({ p.kind or "", ctx.many and ("of " .. p.value.name) or "" },
    p.kind and ctx.many and ", " or ""), tw, 11)
  local h = 8 + #name * line_height(12) + #sub * line_height(11) + 8
  return { h = h, draw = function(b, x, y)
    add(b, '<g class="item product">')
    add(b, "<title>" .. esc("product " .. p.name) .. "</title>")
    rect(b, x, y, bw, h, "#ffffff", COLOURS.value.stroke, 1)
    local ty = y + 8
    ty = ty + lines_at(b, x + 12, ty, name, 12, BOLD)
    lines_at(b, x + 12, ty, sub, 11, nil, DIM)
    add(b, "</g>")
  end }
end

-- The legend beside the products: what outlines, marks and lines mean.
local function legend(ctx)
  local tw = PW - 2 * PAD - 50
  local rows = {
    { "solid", "✓ a top " .. ctx.top_k .. " note of its kind that the value map addresses" },
    { "dashed", "○ a top " .. ctx.top_k .. " note of its kind that nothing addresses" },
    { "thin", "a note ranked below the top " .. ctx.top_k },
    { "line", "a line: the value map item addresses that note" },
  }
  local h = 0
  for _, r in ipairs(rows) do
    r.lines = wrap(r[2], tw, 11)
    r.h = max(22, #r.lines * line_height(11) + 6)
    h = h + r.h
  end
  return { h = h, draw = function(b, x, y)
    add(b, '<g class="legend">')
    for _, r in ipairs(rows) do
      local kind = r[1]
      if kind == "line" then
        add(b, format('<path d="M%d %d C%d %d %d %d %d %d" fill="none" stroke="%s" stroke-width="1.5"/>',
          x + 4, y + 14, x + 20, y + 4, x + 20, y + 16, x + 38, y + 6, INK))
        add(b, format('<circle cx="%d" cy="%d" r="3" fill="%s"/>', x + 4, y + 14, INK))
        add(b, format('<circle cx="%d" cy="%d" r="3" fill="%s"/>', x + 38, y + 6, INK))
      else
        rect(b, x + 2, y + 2, 38, 16, "#ffffff", kind == "thin" and FAINT or INK, kind == "thin" and 1 or 2,
          kind == "dashed" and ' stroke-dasharray="5 3"' or nil)
      end
      lines_at(b, x + 50, y + 3, r.lines, 11, nil, INK)
      y = y + r.h
    end
    add(b, "</g>")
  end }
end

-- An area: a rounded panel holding boxes one under another.
local function area_height(boxes)
  local h = PAD
  for i, bx in ipairs(boxes) do h = h + bx.h + (i > 1 and GAP or 0) end
  return h + PAD
end

local function draw_area(b, x, w, y, h, colour, boxes)
  rect(b, x, y, w, h, colour.area, colour.edge, 1)
  local by = y + PAD
  for i, bx in ipairs(boxes) do
    if i > 1 then by = by + GAP end
    bx.draw(b, x + PAD, by)
    by = by + bx.h
  end
end

local function heading(title, sub, colour, w)
  local lines = wrap(title, w - 2 * PAD, 14)
  local subl = sub and wrap(sub, w - 2 * PAD, 11) or {}
  return { h = #lines * line_height(14) + #subl * line_height(11), draw = function(b, x, y)
    y = y + lines_at(b, x, y, lines, 14, BOLD, colour)
    lines_at(b, x, y, subl, 11, nil, DIM)
  end }
end

-- The items of seg's value propositions in list `a.list`, in the order of
-- the notes they address (those that address none last), as declared.
local function items_of(seg, a)
  local list, pos = {}, {}
  for _, v in ipairs(seg.values) do
    for _, item in ipairs(v[a.list]) do
      list[#list + 1] = item
      pos[item] = #list
    end
  end
  table.sort(list, function(p, q)
    local kp = p.target and p.target.rank or math.huge
    local kq = q.target and q.target.rank or math.huge
    if kp ~= kq then return kp < kq end
    return pos[p] < pos[q]
  end)
  return list
end

local function ratio(covered, total)
  return require("canvas.render.fit").ratio(covered, total)
end

-- The picture of seg: { w, h, title, body = list of strings }.
local function segment_picture(seg, top_k, opts)
  local f = fit.of(seg, top_k)
  local ctx = { seg = seg, top_k = f.top_k, top = {}, anchors = {}, links = {}, custom = {},
                many = #seg.values > 1 }
  for _, c in ipairs(categories.notes) do
    for _, e in ipairs(f[c.list].top) do ctx.top[e.note] = e end
    ctx.custom[c.list] = rank.rule_for(seg, c.list).file ~= nil
  end
  local b = {}
  local title = "Customer profile and value map: " .. seg.name
  add(b, "<title>" .. esc(title) .. "</title>")
  add(b, format('<rect width="%d" height="HEIGHT" fill="#ffffff"/>', W))
  local y = MARGIN
  y = y + lines_at(b, MARGIN, y, wrap(seg.name, W - 2 * MARGIN, 20), 20, BOLD) + 2
  local counts = text.count(#seg.jobs, "job") .. ", " .. text.count(#seg.pains, "pain") .. ", "
    .. text.count(#seg.gains, "gain")
  local customer = type(seg.customer) == "string" and seg.customer or nil   -- (a script may store anything)
  local sub = "customer profile and value map; " .. (customer and (customer .. " segment; ") or "")
    .. counts
  y = y + lines_at(b, MARGIN, y, wrap(sub, W - 2 * MARGIN, 12), 12, nil, DIM)
  local backed = f.addressed > 0 and ("; " .. f.backed .. " of " .. f.addressed
    .. " addressed top notes backed by evidence") or ""
  y = y + lines_at(b, MARGIN, y, wrap("fit " .. f.stage .. ": " .. ratio(f.covered, f.total)
    .. " of the top notes addressed" .. backed, W - 2 * MARGIN, 12), 12, BOLD)
  if seg.about then
    y = y + 4 + lines_at(b, MARGIN, y + 4, wrap(seg.about, W - 2 * MARGIN, 13), 13)
  end
  y = y + 14
  -- the two column headings
  local left = wrap("CUSTOMER PROFILE", PW, 15)
  local names = {}
  for i, v in ipairs(seg.values) do names[i] = v.name end
  local right = wrap(#names > 0 and ("VALUE MAP: " .. table.concat(names, "; "))
    or "VALUE MAP: no value proposition is for this segment yet", VW, 15)
  local hl = lines_at(b, PX, y, left, 15, BOLD)
  local hr = lines_at(b, VX, y, right, 15, BOLD)
  y = y + max(hl, hr) + 8
  -- band 0: the legend beside the products
  local products = { heading("PRODUCTS AND SERVICES", nil, COLOURS.value.stroke, VW) }
  for _, v in ipairs(seg.values) do
    for _, p in ipairs(v.products) do products[#products + 1] = product_box(p, ctx) end
  end
  if #products == 1 then products[2] = lines_box({ "(none yet)" }, 12, nil, DIM) end
  local lg = { heading("HOW TO READ IT", nil, INK, PW), legend(ctx) }
  local h = max(area_height(lg), area_height(products))
  draw_area(b, PX, PW, y, h, COLOURS.value, lg)
  draw_area(b, VX, VW, y, h, COLOURS.value, products)
  y = y + h + 12
  -- a band per kind of note: the notes, and what addresses them
  local bands = { jobs = "helpers", pains = "relievers", gains = "creators" }
  for _, c in ipairs(categories.notes) do
    local list = (seg.ranked and seg.ranked[c.list]) or seg[c.list]
    local colour = COLOURS[c.list]
    local lboxes = { heading(c.list:upper() .. " (" .. #list .. ")",
      "ranked " .. rank.describe(rank.rule_for(seg, c.list)), colour.stroke, PW) }
    for _, n in ipairs(list) do lboxes[#lboxes + 1] = note_box(n, c.list, ctx) end
    if #list == 0 then lboxes[2] = lines_box({ "(none yet)" }, 12, nil, DIM) end
    local a
    for _, x in ipairs(categories.addressers) do if x.list == bands[c.list] then a = x end end
    local items = items_of(seg, a)
    local rboxes = { heading(HEADS[a.list] .. " (" .. #items .. ")", nil, colour.stroke, VW) }
    for _, item in ipairs(items) do rboxes[#rboxes + 1] = item_box(item, a, ctx) end
    if #items == 0 then rboxes[2] = lines_box({ "(none yet)" }, 12, nil, DIM) end
    h = max(area_height(lboxes), area_height(rboxes))
    draw_area(b, PX, PW, y, h, colour, lboxes)
    draw_area(b, VX, VW, y, h, colour, rboxes)
    y = y + h + 12
  end
  -- the fit lines, over the areas: item (left edge) to note (right edge)
  add(b, '<g class="links" fill="none" stroke-width="1.5">')
  for _, l in ipairs(ctx.links) do
    local to = ctx.anchors[l.note]
    if to then
      local mid = (l.x - to.x) // 2
      add(b, format('<path class="link" d="M%d %d C%d %d %d %d %d %d" stroke="%s"/>', l.x, l.y,
        l.x - mid, l.y, to.x + mid, to.y, to.x, to.y, l.colour))
      add(b, format('<circle cx="%d" cy="%d" r="3.5" fill="%s"/>', l.x, l.y, l.colour))
      add(b, format('<circle cx="%d" cy="%d" r="3.5" fill="%s"/>', to.x, to.y, l.colour))
    end
  end
  add(b, "</g>")
  if opts.footer ~= false then
    y = y + lines_at(b, MARGIN, y, wrap(M.ATTRIBUTION, W - 2 * MARGIN, 11), 11, nil, DIM)
  end
  h = y + MARGIN - 12
  b[2] = str_gsub(b[2], "HEIGHT", tostring(h))
  return { w = W, h = h, title = title, body = b }
end

---------------------------------------------------------------------------
-- The segments block
---------------------------------------------------------------------------

local MARKETS = {
  mass = "mass market: one broad population with one shared need, served without differentiation",
  niche = "niche market: one narrow segment with specific needs and an offer tailored to it",
  segmented = "segmented market: several segments whose needs differ only slightly, each with its "
    .. "own offer, channel or relationship",
  diversified = "diversified: two or more segments with very different needs, served by one "
    .. "organisation",
  ["multi-sided"] = "multi-sided platform: two or more segments that depend on each other",
}
M.MARKETS = MARKETS

local BX, BW = MARGIN, 600      -- the segment boxes; the arrows go right of them

local function segment_card(seg, top_k)
  local tw = BW - 24
  local f = fit.of(seg, top_k)
  local parts = {
    { wrap(seg.name, tw, 15), 15, BOLD, INK },
    { wrap((type(seg.customer) == "string" and (seg.customer .. "; ") or "")
      .. text.count(#seg.jobs, "job") .. ", "
      .. text.count(#seg.pains, "pain") .. ", " .. text.count(#seg.gains, "gain"), tw, 11), 11, nil, DIM },
  }
  if seg.about then parts[#parts + 1] = { wrap(seg.about, tw, 12), 12, nil, INK } end
  if #seg.sides > 0 then
    local names = {}
    for i, s in ipairs(seg.sides) do names[i] = s.name end
    parts[#parts + 1] = { wrap("depends on: " .. table.concat(names, ", "), tw, 11), 11, nil, INK }
  end
  local vs = {}
  for i, v in ipairs(seg.values) do vs[i] = v.name end
  parts[#parts + 1] = { wrap(#vs > 0 and ("value propositions: " .. table.concat(vs, ", "))
    or "no value proposition yet", tw, 11), 11, nil, INK }
  parts[#parts + 1] = { wrap("fit " .. f.stage .. ": " .. ratio(f.covered, f.total)
    .. " of the top notes addressed", tw, 11), 11, BOLD, INK }
  local h = 20
  for _, p in ipairs(parts) do h = h + #p[1] * line_height(p[2]) + 3 end
  return { h = h, draw = function(b, x, y)
    add(b, '<g class="segment">')
    add(b, "<title>" .. esc("segment " .. seg.name) .. "</title>")
    rect(b, x, y, BW, h, "#f7f7f7", "#444444", 1.5)
    local ty = y + 10
    for _, p in ipairs(parts) do ty = ty + lines_at(b, x + 12, ty, p[1], p[2], p[3], p[4]) + 3 end
    add(b, "</g>")
  end }
end

-- The arrows between the boxes, right of them: i -> j for each side j
-- that segment i depends on. A longer span bulges further, and the way
-- back a little more, so that arrows between the same boxes nest.
local function block_edges(segments)
  local index, edges = {}, {}
  for i, seg in ipairs(segments) do index[seg] = i end
  for i, seg in ipairs(segments) do
    for _, s in ipairs(seg.sides) do
      local j = index[s]
      if j and j ~= i then
        local down = j > i
        edges[#edges + 1] = { i = i, j = j, down = down,
          ex = math.min(400, 40 + 44 * (math.abs(i - j) - 1) + (down and 0 or 22) + (#edges % 3) * 4) }
      end
    end
  end
  return edges
end

local function block_picture(S, segments, top_k, opts)
  local edges = block_edges(segments)
  local most = 0
  for _, e in ipairs(edges) do most = max(most, e.ex) end
  local w = max(720, BX + BW + most + 20 + MARGIN)
  local b = {}
  local cv = S.canvas
  local title = "Customer segments" .. (cv and (": " .. cv.name) or "")
  add(b, "<title>" .. esc(title) .. "</title>")
  add(b, format('<rect width="%d" height="HEIGHT" fill="#ffffff"/>', w))
  local tw = w - 2 * MARGIN
  local y = MARGIN
  y = y + lines_at(b, MARGIN, y, wrap(title, tw, 20), 20, BOLD) + 4
  local market = cv and cv.market
  y = y + lines_at(b, MARGIN, y, wrap("Market pattern: " .. (market and (MARKETS[market] or market)
    or "not given (canvas { market = ... })"), tw, 15), 15, BOLD) + 2
  if cv and cv.about then y = y + lines_at(b, MARGIN, y, wrap(cv.about, tw, 13), 13) end
  if #edges > 0 then
    y = y + lines_at(b, MARGIN, y, wrap("An arrow goes from a side of the platform to a side it "
      .. "depends on.", tw, 12), 12, nil, DIM)
  end
  y = y + 12
  if #segments == 0 then
    y = y + lines_at(b, MARGIN, y, { "(no segments yet)" }, 13, nil, DIM) + 12
  end
  local mid = {}
  for i, seg in ipairs(segments) do
    local card = segment_card(seg, top_k)
    card.draw(b, BX, y)
    mid[i] = y + card.h // 2
    y = y + card.h + 16
  end
  local rx = BX + BW
  add(b, '<g class="links" fill="none" stroke="#444444" stroke-width="1.5">')
  for _, e in ipairs(edges) do
    local ys, ye = mid[e.i] + (e.down and 6 or -6), mid[e.j] + (e.down and -6 or 6)
    add(b, format('<path class="depends" d="M%d %d C%d %d %d %d %d %d"/>', rx, ys, rx + e.ex, ys,
      rx + e.ex, ye, rx + 10, ye))
    add(b, format('<polygon points="%d,%d %d,%d %d,%d" fill="#444444" stroke="none"/>', rx + 1, ye,
      rx + 11, ye - 5, rx + 11, ye + 5))
  end
  add(b, "</g>")
  if opts.footer ~= false then
    y = y + lines_at(b, MARGIN, y, wrap(M.ATTRIBUTION, tw, 11), 11, nil, DIM) + 4
  end
  local h = y + MARGIN - 16
  b[2] = str_gsub(b[2], "HEIGHT", tostring(h))
  return { w = w, h = h, title = title, body = b }
end

---------------------------------------------------------------------------
-- Documents
---------------------------------------------------------------------------

local function open_svg(p, extra)
  return format('<svg%s width="%d" height="%d" viewBox="0 0 %d %d"', extra, p.w, p.h, p.w, p.h)
end

local function fragment(p)
  return open_svg(p, ' xmlns="http://www.w3.org/2000/svg" role="img"') .. ' font-family="' .. M.FONT
    .. '">\n' .. table.concat(p.body, "\n") .. "\n</svg>"
end

-- One segment's picture as an <svg> element (for a page to hold inline).
-- opts.footer = false leaves out the attribution line under it.
function M.picture(seg, opts)
  opts = opts or {}
  require("canvas.lang.resolve").refresh()
  return fragment(segment_picture(seg, opts.top_k or fit.top_k(), opts))
end

-- The segments block of `segments` (all when nil) as an <svg> element.
function M.block(S, opts)
  opts = opts or {}
  require("canvas.lang.resolve").refresh()
  return fragment(block_picture(S, opts.segments or S.segments, opts.top_k or fit.top_k(), opts))
end

-- Writes the document through writer out: the pictures of opts.segments
-- (all when nil), one under another, then, when the whole canvas is
-- drawn, the segments block, and the attribution at the bottom.
function M.export(S, out, opts)
  opts = opts or {}
  require("canvas.lang.resolve").refresh()
  local segments = opts.segments or S.segments
  local top_k = fit.top_k()
  local pics = {}
  for _, seg in ipairs(segments) do
    pics[#pics + 1] = segment_picture(seg, top_k, { footer = false })
  end
  if not opts.segments then pics[#pics + 1] = block_picture(S, segments, top_k, { footer = false }) end
  local cv = S.canvas
  local name = cv and cv.name or "canvas"
  local title = #segments == 1 and opts.segments and (name .. ": " .. segments[1].name)
    or (name .. ": customer profiles and segments")
  local h, dw = 0, W
  for _, p in ipairs(pics) do h, dw = h + p.h + 1, max(dw, p.w) end
  local foot = wrap("Drawn by canvas " .. require("canvas.c").version .. " in its own layout. "
    .. M.ATTRIBUTION, dw - 2 * MARGIN, 12)
  local total = h + 12 + #foot * line_height(12) + MARGIN
  out.line('<?xml version="1.0" encoding="UTF-8"?>')
  out.line(open_svg({ w = dw, h = total }, ' xmlns="http://www.w3.org/2000/svg" version="1.1"')
    .. ' font-family="' .. M.FONT .. '">')
  out.line("<title>" .. esc(title) .. "</title>")
  out.line(format('<rect width="%d" height="%d" fill="#ffffff"/>', dw, total))
  local y = 0
  for i, p in ipairs(pics) do
    if i > 1 then
      out.line(format('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#bbbbbb"/>', MARGIN, y, dw - MARGIN, y))
      y = y + 1
    end
    out.line(open_svg(p, format(' x="0" y="%d"', y)) .. ">")
    for _, s in ipairs(p.body) do out.line(s) end
    out.line("</svg>")
    y = y + p.h
  end
  local b = {}
  lines_at(b, MARGIN, y + 12, foot, 12, ' class="attribution"', DIM)
  out.line(b[1])
  out.line("</svg>")
  out.flush()
end

-- The document as a string.
function M.svg(S, opts)
  local parts = {}
  local out = { line = function(s) parts[#parts + 1] = s end, flush = function() end,
                style = function(_, s) return s end }
  M.export(S, out, opts)
  parts[#parts + 1] = ""
  return table.concat(parts, "\n")
end

return M
