-- canvas export --format html: the canvas as one self-contained HTML5
-- page. Nothing on it asks for anything else: the style sheet is inline,
-- the pictures are inline SVG (render/export_svg.lua), the fonts are the
-- reader's own, and there is no script at all. A title, a table of
-- contents, the segments block, then for each segment its description,
-- its picture, its jobs, pains and gains ranked in tables, its value map
-- and its fit; last the findings of the checks with their lines, and the
-- attribution. The page never scrolls sideways, down to a 375 px phone
-- (pictures shrink to the width, tables become one card per row), and
-- prints cleanly (a print style sheet). Every text is escaped.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gsub = string.gsub
local categories = require "canvas.lang.categories"
local fields = require "canvas.lang.fields"
local model = require "canvas.lang.model"
local rank = require "canvas.eval.rank"
local fit = require "canvas.eval.fit"
local svg = require "canvas.render.export_svg"

local M = {}

local esc = svg.escape
M.escape = esc

M.STYLE = [[
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: #ffffff; color: #1a1a1a; overflow-wrap: anywhere;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans",
    Arial, sans-serif; }
.page { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: .5rem 0; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 .75rem; padding-bottom: .2rem;
  border-bottom: 2px solid #d8d8d8; }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
h4 { font-size: 1rem; margin: 1.25rem 0 .4rem; }
a { color: #1f5aa6; }
code, .mono { font-family: "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace;
  font-size: .9em; }
.lead { font-size: 1.1rem; color: #333333; }
.muted { color: #555555; }
.overview > * { min-width: 0; }
@media (min-width: 1000px) {
  .overview { display: grid; grid-template-columns: minmax(16rem, 1fr) 2fr; gap: 2rem;
    align-items: start; }
  .overview #segments > h2 { margin-top: 1rem; }
}
nav.toc { background: #f6f6f6; border: 1px solid #dddddd; border-radius: 6px;
  padding: .5rem 1rem; margin: 1rem 0; }
nav.toc h2 { font-size: 1.1rem; margin: .25rem 0; border: 0; padding: 0; }
nav.toc ol { margin: .25rem 0; padding-left: 1.4rem; }
nav.toc ol ol { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 0 1rem;
  font-size: .95rem; }
figure { margin: 1rem 0; }
figure svg { display: block; max-width: 100%; height: auto; border: 1px solid #dddddd;
  border-radius: 6px; }
figcaption { font-size: .9rem; color: #555555; margin-top: .4rem; }
dl.fields { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem 1rem;
  margin: .75rem 0; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; }
.table-wrap { max-width: 100%; overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid #cccccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f0f0f0; overflow-wrap: normal; }
td.num { text-align: right; white-space: nowrap; }
.jobs caption { color: #2b5d9b; } .jobs th { background: #eaf1fb; }
.pains caption { color: #a8322a; } .pains th { background: #fbeceb; }
.gains caption { color: #2b7a4b; } .gains th { background: #e7f4eb; }
.yes { color: #1d6b3c; font-weight: bold; white-space: nowrap; }
.no { color: #8a2a1f; font-weight: bold; white-space: nowrap; }
.sev-error { color: #a40000; font-weight: bold; }
.sev-warning { color: #7a4a00; font-weight: bold; }
.sev-info { color: #1f5aa6; font-weight: bold; }
ul.next { margin: .25rem 0 1rem; }
footer { margin-top: 3rem; padding-top: .75rem; border-top: 1px solid #dddddd; color: #555555;
  font-size: .9rem; }
@media (max-width: 640px) {
  body { font-size: 15px; }
  .page { padding: .5rem .75rem 1.5rem; }
  h1 { font-size: 1.6rem; }
  dl.fields { grid-template-columns: minmax(0, 1fr); }
  dl.fields dd { margin: 0 0 .3rem .75rem; }
  table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: 100%; }
  table.cards thead { display: none; }
  table.cards caption { display: block; }
  table.cards tr { border: 1px solid #cccccc; border-radius: 6px; margin: 0 0 .5rem;
    padding: .25rem .5rem; }
  table.cards td { border: 0; padding: .1rem 0; text-align: left; white-space: normal; }
  table.cards td::before { content: attr(data-label) ": "; font-weight: bold; color: #555555; }
  table.cards td:empty { display: none; }
}
@media print {
  @page { margin: 15mm; }
  body { font-size: 10pt; color: #000000; }
  .page { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  nav.toc { border: 0; background: none; padding: 0; }
  section.segment { break-before: page; }
  h2, h3, h4, caption { break-after: avoid; }
  figure, tr, dl.fields { break-inside: avoid; }
  figure svg { border: 0; max-height: 250mm; width: auto; max-width: 100%; }
  .table-wrap { overflow: visible; }
  th, .jobs th, .pains th, .gains th { background: #eeeeee; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
]]

-- A page being written: lines through the writer.
local function page(out)
  local p = {}
  function p.put(s) out.line(s) end
  return p
end

local function tag(name, s, attrs)
  return "<" .. name .. (attrs or "") .. ">" .. esc(s) .. "</" .. name .. ">"
end

-- A table cell of text s (HTML already); its label, the column's heading
-- for the one-card-per-row layout, is a word of ours: written as it is.
local function cell(label, s, class)
  return '<td data-label="' .. label .. '"' .. (class and (' class="' .. class .. '"') or "") .. ">"
    .. s .. "</td>"
end

local sign_fields = { "need", "channel", "relationship", "profitability", "willingness_to_pay" }

-- The segment's description: about, then its fields as a list of terms.
local function describe(p, seg)
  if seg.about then p.put(tag("p", seg.about, ' class="lead"')) end
  local rows = {}
  if seg.customer then rows[#rows + 1] = { "customer", seg.customer } end
  if seg.bases then
    for _, k in ipairs(fields.registry.segment.bases.keys) do
      if seg.bases[k] then rows[#rows + 1] = { k, seg.bases[k] } end
    end
  end
  if seg.archetypes then rows[#rows + 1] = { "archetypes", table.concat(seg.archetypes, ", ") } end
  for _, f in ipairs(sign_fields) do
    if seg[f] then rows[#rows + 1] = { (str_gsub(f, "_", " ")), seg[f] } end
  end
  if #seg.sides > 0 then
    local names = {}
    for i, s in ipairs(seg.sides) do names[i] = s.name end
    rows[#rows + 1] = { "depends on", table.concat(names, ", ") }
  end
  for _, f in ipairs(fields.order.segment) do
    local spec = fields.registry.segment[f]
    if not spec.builtin and seg[f] ~= nil then rows[#rows + 1] = { f, fields.format(spec, seg[f]) } end
  end
  rows[#rows + 1] = { "declared at", model.position(seg) }
  p.put('<dl class="fields">')
  for _, r in ipairs(rows) do p.put(tag("dt", r[1]) .. tag("dd", r[2])) end
  p.put("</dl>")
end

local function scale_text(n)
  local scale = categories.scale_of[n.category]
  local v = rawget(n, scale)
  if v == nil then return "" end
  return fields.scale_text(fields.registry[n.category][scale], v)
end

local function note_marks(n)
  local parts = {}
  if n.kind then parts[#parts + 1] = n.kind end
  if n.category == "job" and n.role then parts[#parts + 1] = n.role end
  if n.category == "pain" and n.type then parts[#parts + 1] = n.type end
  if n.category == "gain" and n.level then parts[#parts + 1] = n.level end
  if n.who then parts[#parts + 1] = "who: " .. n.who end
  local conf = rawget(n, "confidence")
  if conf then parts[#parts + 1] = conf end
  for _, u in ipairs(svg.user_marks(n)) do parts[#parts + 1] = u end
  return table.concat(parts, ", ")
end

local function status(e)
  if not e then return "" end
  local s = #e.by > 0 and '<span class="yes">✓ addressed</span>'
    or '<span class="no">○ not addressed</span>'
  return s .. (e.tie and " (tied)" or "")
end

-- The ranking table of one list of notes.
local function ranking(p, seg, c, top)
  local list = (seg.ranked and seg.ranked[c.list]) or seg[c.list]
  local rule = rank.rule_for(seg, c.list)
  local name = c.list:sub(1, 1):upper() .. c.list:sub(2)
  p.put('<div class="table-wrap"><table class="cards ' .. c.list .. '">')
  p.put("<caption>" .. esc(name .. " (" .. #list .. "), ranked " .. rank.describe(rule)) .. "</caption>")
  if #list == 0 then
    p.put('<tbody><tr><td data-label="' .. c.list .. '">(none yet)</td></tr></tbody></table></div>')
    return
  end
  p.put("<thead><tr><th>rank</th><th>" .. c.note .. "</th><th>" .. c.scale .. "</th><th>score</th>"
    .. "<th>marks</th><th>evidence</th><th>top " .. top.k .. "</th></tr></thead><tbody>")
  for _, n in ipairs(list) do
    local ev = rawget(n, "evidence")
    p.put("<tr>" .. cell("rank", esc(n.rank or ""), "num") .. cell(c.note, esc(n.text))
      .. cell(c.scale, esc(scale_text(n))) .. cell("score", esc(rank.score_text(n.score)), "num")
      .. cell("marks", esc(note_marks(n)))
      .. cell("evidence", type(ev) == "table" and esc(table.concat(ev, "; ")) or "")
      .. cell("top " .. top.k, status(top[n])) .. "</tr>")
  end
  p.put("</tbody></table></div>")
end

local function target_text(item, seg, a)
  local t = item.target
  local word = categories.note_of[a.notes]
  if t then return word .. " " .. (t.rank or "?") .. ". " .. t.text end
  local other = require("canvas.lang.resolve").elsewhere(item.text, seg, a.notes)
  if other then
    return item.text .. " (a " .. word .. " of " .. other.segment.name .. ", not of this segment)"
  end
  return item.text .. " (no such " .. word .. ")"
end

local function value_map(p, seg, sid)
  if #seg.values == 0 then
    p.put('<p class="muted">No value proposition is for this segment yet.</p>')
    return
  end
  for vi, v in ipairs(seg.values) do
    p.put('<h4 id="' .. sid .. "-value-" .. vi .. '">' .. esc("Value proposition: " .. v.name) .. "</h4>")
    if v.about then p.put(tag("p", v.about)) end
    if #v.products > 0 then
      p.put("<ul>")
      for _, prod in ipairs(v.products) do
        p.put("<li>" .. esc("product: " .. prod.name .. (prod.kind and (" (" .. prod.kind .. ")") or ""))
          .. "</li>")
      end
      p.put("</ul>")
    end
    local rows = {}
    for _, a in ipairs(categories.addressers) do
      for _, item in ipairs(v[a.list]) do
        rows[#rows + 1] = "<tr>" .. cell("item", esc(a.word))
          .. cell("addresses", esc(target_text(item, seg, a))) .. cell("how", esc(item.how or "")) .. "</tr>"
      end
    end
    if #rows > 0 then
      p.put('<div class="table-wrap"><table class="cards">')
      p.put("<thead><tr><th>item</th><th>addresses</th><th>how</th></tr></thead><tbody>")
      for _, r in ipairs(rows) do p.put(r) end
      p.put("</tbody></table></div>")
    end
  end
end

local WORD = { jobs = "help", pains = "relieve", gains = "create" }

local function fit_section(p, f)
  local ratio = require("canvas.render.fit").ratio
  p.put("<p><strong>" .. esc("Fit " .. f.stage) .. "</strong>" .. esc(": " .. ratio(f.covered, f.total)
    .. " of the top notes addressed (the top " .. f.top_k .. " of each kind"
    .. (f.ties and ", with ties at the edge" or "") .. "); " .. f.backed .. " of " .. f.addressed
    .. " addressed top notes backed by evidence.") .. "</p>")
  p.put('<div class="table-wrap"><table class="cards">')
  p.put("<thead><tr><th>kind</th><th>rank</th><th>top note</th><th>coverage</th><th>addressed by</th>"
    .. "</tr></thead><tbody>")
  for _, c in ipairs(categories.notes) do
    local cat = f[c.list]
    for _, e in ipairs(cat.top) do
      local by = {}
      for i, item in ipairs(e.by) do
        by[i] = esc(item.value.name .. (item.how and (": " .. item.how) or ""))
      end
      p.put("<tr>" .. cell("kind", esc(c.note)) .. cell("rank", esc(e.note.rank or ""), "num")
        .. cell("top note", esc(e.note.text)) .. cell("coverage", status(e))
        .. cell("addressed by", table.concat(by, "<br>")) .. "</tr>")
    end
    if cat.total == 0 then
      p.put("<tr>" .. cell("kind", esc(c.note)) .. cell("rank", "") .. cell("top note", "(none)")
        .. cell("coverage", "") .. cell("addressed by", "") .. "</tr>")
    end
  end
  p.put("</tbody></table></div>")
  local per = {}
  for _, c in ipairs(categories.notes) do
    per[#per + 1] = c.list .. " " .. ratio(f[c.list].covered, f[c.list].total)
  end
  p.put(tag("p", "Coverage: " .. table.concat(per, "; ") .. "; in all " .. ratio(f.covered, f.total)
    .. "."))
  if #f.unaddressed > 0 then
    p.put("<p>Unaddressed top notes, to work on next:</p>")
    p.put('<ul class="next">')
    for _, n in ipairs(f.unaddressed) do
      p.put(tag("li", WORD[categories.list_of[n.category]] .. " " .. n.category .. " " .. n.rank .. ". "
        .. n.text))
    end
    p.put("</ul>")
  end
end

local function findings(p)
  local loader = require "canvas.script.loader"
  local found = require("canvas.checks.engine").run(require("canvas.checks").cli, loader.current)
  loader.sort(found)
  if #found == 0 then
    p.put("<p>No findings: every enabled check passes.</p>")
    return
  end
  local counts = {}
  for _, f in ipairs(found) do counts[f.severity] = (counts[f.severity] or 0) + 1 end
  local parts = {}
  for _, s in ipairs { "error", "warning", "info" } do
    if counts[s] then parts[#parts + 1] = counts[s] .. " " .. s .. (counts[s] == 1 and "" or "s") end
  end
  p.put(tag("p", #found .. (#found == 1 and " finding" or " findings") .. ": "
    .. table.concat(parts, ", ") .. "."))
  p.put('<div class="table-wrap"><table class="cards">')
  p.put("<thead><tr><th>where</th><th>severity</th><th>check</th><th>message</th></tr></thead><tbody>")
  for _, f in ipairs(found) do
    p.put("<tr>" .. cell("where", "<code>" .. esc(f.file .. ":" .. f.line) .. "</code>")
      .. cell("severity", esc(f.severity), "sev-" .. esc(f.severity))
      .. cell("check", esc(f.id .. " " .. (f.name or ""))) .. cell("message", esc(f.message)) .. "</tr>")
  end
  p.put("</tbody></table></div>")
end

-- Writes the page through writer out; opts.segments limits it to those
-- segments (then the segments block is left out, as in the SVG).
function M.export(S, out, opts)
  opts = opts or {}
  require("canvas.lang.resolve").refresh()
  local segments = opts.segments or S.segments
  local cv = S.canvas
  local name = cv and cv.name or "Canvas"
  local top_k = fit.top_k()
  local p = page(out)
  p.put("<!DOCTYPE html>")
  p.put('<html lang="en">')
  p.put("<head>")
  p.put('<meta charset="utf-8">')
  p.put('<meta name="viewport" content="width=device-width, initial-scale=1">')
  p.put('<meta name="generator" content="canvas ' .. esc(require("canvas.c").version) .. '">')
  p.put("<title>" .. esc(name .. ": customer segments and profiles") .. "</title>")
  p.put("<style>")
  p.put(M.STYLE)
  p.put("</style>")
  p.put("</head>")
  p.put("<body>")
  p.put('<div class="page">')
  p.put("<header>")
  p.put(tag("h1", name))
  if cv and cv.about then p.put(tag("p", cv.about, ' class="lead"')) end
  local market = cv and cv.market
  p.put("<p><strong>Market pattern:</strong> " .. esc(market and (svg.MARKETS[market] or market)
    or "not given") .. "</p>")
  p.put("</header>")
  -- the table of contents, and beside it on a wide screen the segments block
  p.put("<main>")
  p.put('<div class="overview">')
  p.put('<nav class="toc" aria-label="Contents">')
  p.put("<h2>Contents</h2>")
  p.put("<ol>")
  if not opts.segments then p.put('<li><a href="#segments">Customer segments</a></li>') end
  for i, seg in ipairs(segments) do
    local sid = "seg-" .. i
    p.put('<li><a href="#' .. sid .. '">' .. esc(seg.name) .. "</a>")
    p.put('<ol><li><a href="#' .. sid .. '-profile">Profile and value map</a></li>'
      .. '<li><a href="#' .. sid .. '-ranking">Ranking</a></li>'
      .. '<li><a href="#' .. sid .. '-value">Value propositions</a></li>'
      .. '<li><a href="#' .. sid .. '-fit">Fit</a></li></ol></li>')
  end
  p.put('<li><a href="#findings">Findings</a></li>')
  p.put("</ol>")
  p.put("</nav>")
  if not opts.segments then
    p.put('<section id="segments">')
    p.put("<h2>Customer segments</h2>")
    if #segments == 0 then p.put('<p class="muted">No segments yet.</p>') end
    p.put("<figure>")
    p.put(svg.block(S, { top_k = top_k, footer = false }))
    p.put("<figcaption>The segments of the canvas and the market pattern. An arrow goes from a side "
      .. "of a platform to a side it depends on.</figcaption>")
    p.put("</figure>")
    p.put("</section>")
  end
  p.put("</div>")
  for i, seg in ipairs(segments) do
    local sid = "seg-" .. i
    local f = fit.of(seg, top_k)
    local top = { k = f.top_k }
    for _, c in ipairs(categories.notes) do
      for _, e in ipairs(f[c.list].top) do top[e.note] = e end
    end
    p.put('<section class="segment" id="' .. sid .. '">')
    p.put(tag("h2", "Segment: " .. seg.name))
    describe(p, seg)
    p.put('<h3 id="' .. sid .. '-profile">Profile and value map</h3>')
    p.put("<figure>")
    p.put(svg.picture(seg, { top_k = top_k, footer = false }))
    p.put("<figcaption>" .. esc("The customer profile of " .. seg.name .. " (left: jobs, pains and "
      .. "gains with their ranks) and the value map for it (right), with a line from each item to the "
      .. "note it addresses. A solid outline and ✓ mark a top note that is addressed; a dashed "
      .. "outline and ○ one that nothing addresses.") .. "</figcaption>")
    p.put("</figure>")
    p.put('<h3 id="' .. sid .. '-ranking">Ranking</h3>')
    for _, c in ipairs(categories.notes) do ranking(p, seg, c, top) end
    p.put('<h3 id="' .. sid .. '-value">Value propositions</h3>')
    value_map(p, seg, sid)
    p.put('<h3 id="' .. sid .. '-fit">Fit</h3>')
    fit_section(p, f)
    p.put("</section>")
  end
  p.put('<section id="findings">')
  p.put("<h2>Findings</h2>")
  findings(p)
  p.put("</section>")
  p.put("</main>")
  p.put("<footer>")
  p.put(tag("p", "Written by canvas " .. require("canvas.c").version .. ". " .. svg.ATTRIBUTION
    .. " The pictures are drawn in canvas's own layout, not the canvas artwork."))
  p.put("</footer>")
  p.put("</div>")
  p.put("</body>")
  p.put("</html>")
  out.flush()
end

return M
