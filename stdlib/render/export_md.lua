-- canvas export --format md: the canvas as one Markdown document for a
-- wiki or a pull request. A title, a table of contents, then one section
-- per segment: its description, its jobs, pains and gains ranked in
-- tables, its value map (what each reliever, creator and helper addresses)
-- and its fit, and last the findings of the checks with their lines.
-- Every text from the script is escaped, so that a note holding |, *, _,
-- backticks or HTML renders as written on common Markdown renderers.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gsub = string.match, string.gsub
local categories = require "canvas.lang.categories"
local fields = require "canvas.lang.fields"
local rank = require "canvas.eval.rank"
local fit = require "canvas.eval.fit"
local text = require "canvas.util.text"

local M = {}

-- Text for inline Markdown (and inside table cells): Markdown's special
-- characters backslash-escaped, HTML's as entities, newlines as spaces,
-- control characters dropped.
function M.escape(s)
  s = str_gsub(tostring(s), "[%c]", function(ch) return ch == "\n" and " " or "" end)
  s = str_gsub(str_gsub(str_gsub(s, "&", "&amp;"), "<", "&lt;"), ">", "&gt;")
  s = str_gsub(s, "([\\`*_%[%]|~])", "\\%1")
  return s
end
local esc = M.escape

-- Text that starts a line of its own: also what would make it a heading,
-- a list item or a quote there.
function M.block(s)
  s = esc(s)
  if str_match(s, "^[#+%-=]") or str_match(s, "^%d+[.)]") then s = "\\" .. s end
  return s
end

-- A heading's anchor as GitHub, GitLab and most renderers make it: lower
-- case, spaces to hyphens, punctuation dropped (non-ASCII letters kept).
function M.slug(s)
  s = str_gsub(s:lower(), "[%c]", "")
  s = str_gsub(str_gsub(s, "[!-,%./:-@%[-%^`{-~]", ""), " ", "-")
  return s
end

local function line(out, s) out.line(s or "") end

local function note_marks(n)
  local c = n.category
  local parts = {}
  if n.kind then parts[#parts + 1] = n.kind end
  if c == "job" and n.role then parts[#parts + 1] = n.role end
  if c == "pain" and n.type then parts[#parts + 1] = n.type end
  if c == "gain" and n.level then parts[#parts + 1] = n.level end
  if n.who then parts[#parts + 1] = "who: " .. n.who end
  local conf = rawget(n, "confidence")
  if conf then parts[#parts + 1] = conf end
  return table.concat(parts, ", ")
end

local function scale_text(n)
  local scale = categories.scale_of[n.category]
  local v = rawget(n, scale)
  if v == nil then return "" end
  local spec = fields.registry[n.category][scale]
  return fields.scale_text(spec, v)
end

-- The table of one category's notes, ranked.
local function profile_table(out, seg, list_name)
  local list = seg.ranked and seg.ranked[list_name] or seg[list_name]
  local note = categories.note_of[list_name]
  local scale = categories.scale_of[list_name]
  local rule = rank.rule_for(seg, list_name)
  line(out, "**" .. list_name:sub(1, 1):upper() .. list_name:sub(2) .. "** (" .. #list .. "), "
    .. esc(rank.describe(rule)))
  line(out)
  if #list == 0 then
    line(out, "(none yet)")
    line(out)
    return
  end
  line(out, "| rank | " .. note .. " | " .. scale .. " | score | marks | evidence |")
  line(out, "| ---: | --- | --- | ---: | --- | --- |")
  for _, n in ipairs(list) do
    local ev = rawget(n, "evidence")
    line(out, "| " .. (n.rank or "") .. " | " .. esc(n.text) .. " | " .. esc(scale_text(n)) .. " | "
      .. esc(rank.score_text(n.score)) .. " | " .. esc(note_marks(n)) .. " | "
      .. (type(ev) == "table" and esc(table.concat(ev, "; ")) or "") .. " |")
  end
  line(out)
end

local function target_text(item)
  local t = item.target
  if not t then return "nothing in this profile (" .. esc(item.text) .. ")" end
  return t.category .. " " .. t.rank .. ". " .. esc(t.text)
end

local function value_map(out, seg)
  if #seg.values == 0 then
    line(out, "No value proposition is for this segment yet.")
    line(out)
    return
  end
  for _, v in ipairs(seg.values) do
    line(out, "#### Value map: " .. esc(v.name))
    line(out)
    if v.about then line(out, M.block(v.about)); line(out) end
    if #v.products > 0 then
      for _, p in ipairs(v.products) do
        line(out, "- product: " .. esc(p.name) .. (p.kind and (" (" .. esc(p.kind) .. ")") or ""))
      end
      line(out)
    end
    local any = false
    for _, a in ipairs(categories.addressers) do
      if #v[a.list] > 0 then any = true end
    end
    if any then
      line(out, "| item | addresses | how |")
      line(out, "| --- | --- | --- |")
      for _, a in ipairs(categories.addressers) do
        for _, item in ipairs(v[a.list]) do
          line(out, "| " .. a.word .. " | " .. target_text(item) .. " | " .. esc(item.how or "") .. " |")
        end
      end
      line(out)
    end
  end
end

local function fit_section(out, seg, top_k)
  local f = fit.of(seg, top_k)
  local ratio = require("canvas.render.fit").ratio
  line(out, "**Fit:** " .. esc(f.stage) .. "; " .. ratio(f.covered, f.total)
    .. " of the top notes addressed (top " .. f.top_k .. " of each kind"
    .. (f.ties and ", with ties at the edge" or "") .. "), " .. f.backed .. " of "
    .. f.addressed .. " addressed top notes backed by evidence.")
  line(out)
  for _, c in ipairs(categories.notes) do
    local cat = f[c.list]
    for _, e in ipairs(cat.top) do
      local by = {}
      for i, item in ipairs(e.by) do by[i] = esc(item.value.name) end
      line(out, "- " .. (#e.by > 0 and "[x] " or "[ ] ") .. c.note .. " " .. e.note.rank .. ". "
        .. esc(e.note.text) .. (#by > 0 and (" (by " .. table.concat(by, ", ") .. ")") or "")
        .. (e.tie and " (tied)" or ""))
    end
  end
  line(out)
end

local sign_fields = { "need", "channel", "relationship", "profitability", "willingness_to_pay" }

local function describe(out, seg)
  if seg.about then line(out, M.block(seg.about)); line(out) end
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
  for _, r in ipairs(rows) do line(out, "- **" .. esc(r[1]) .. ":** " .. esc(r[2])) end
  if #rows > 0 then line(out) end
end

function M.export(S, out, opts)
  opts = opts or {}
  require("canvas.lang.resolve").refresh()
  local segments = opts.segments or S.segments
  local cv = S.canvas
  local title = cv and cv.name or "Canvas"
  line(out, "# " .. esc(title))
  line(out)
  if cv and cv.about then line(out, M.block(cv.about)); line(out) end
  if cv and cv.market then line(out, "Market pattern: **" .. esc(cv.market) .. "**."); line(out) end
  line(out, "## Contents")
  line(out)
  local headings = {}
  for i, seg in ipairs(segments) do
    headings[i] = "Segment: " .. seg.name
    line(out, "- [" .. esc(seg.name) .. "](#" .. M.slug(str_gsub(esc(headings[i]), "\\", "")) .. ")")
  end
  line(out, "- [Findings](#findings)")
  line(out)
  local top_k = fit.top_k()
  for i, seg in ipairs(segments) do
    line(out, "## " .. esc(headings[i]))
    line(out)
    describe(out, seg)
    line(out, "### Profile")
    line(out)
    for _, c in ipairs(categories.notes) do profile_table(out, seg, c.list) end
    line(out, "### Value map")
    line(out)
    value_map(out, seg)
    line(out, "### Fit")
    line(out)
    fit_section(out, seg, top_k)
  end
  line(out, "## Findings")
  line(out)
  local found = require("canvas.checks.engine").run(require("canvas.checks").cli,
    require("canvas.script.loader").current)
  require("canvas.script.loader").sort(found)
  if #found == 0 then line(out, "No findings.") end
  for _, f in ipairs(found) do
    line(out, "- `" .. str_gsub(text.escape(f.file), "`", "'") .. ":" .. f.line .. "` **" .. esc(f.severity)
      .. "** " .. esc(f.id) .. " " .. esc(f.name) .. ": " .. esc(f.message))
  end
  line(out)
  line(out, "---")
  line(out)
  line(out, "Written by canvas " .. require("canvas.c").version .. ". The Business Model Canvas is "
    .. "CC BY-SA by Strategyzer; the customer profile concepts come from Value Proposition Design "
    .. "(Osterwalder et al.).")
  out.flush()
end

return M
