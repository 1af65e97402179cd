-- `canvas fit`: for each segment, its top-ranked jobs, pains and gains,
-- each marked + when the value map addresses it (and by what) or - when
-- not, the coverage of the top notes, the fit stage that the evidence
-- supports, and what to do next. Lines fit the width, at least 24.
local fit = require "canvas.eval.fit"
local categories = require "canvas.lang.categories"
local text = require "canvas.util.text"

local M = {}

local VERB = { jobs = "helped", pains = "relieved", gains = "created" }
local WORD = { jobs = "help", pains = "relieve", gains = "create" }

-- "2/3 (67%)"
function M.ratio(covered, total)
  if total == 0 then return "0/0" end
  return covered .. "/" .. total .. " (" .. math.floor(100 * covered / total + 0.5) .. "%)"
end

-- Writes `s` wrapped to width w, the first line after `head`, the others
-- under it at `indent` columns.
local function wrapped(out, head, s, w, indent, style)
  local room = math.max(8, w - indent)
  local lines = text.wrap(s, room)
  local first = head .. (lines[1] or "")
  if text.width(first) > w then
    out.line(head)
    for _, l in ipairs(lines) do out.line(string.rep(" ", indent) .. l) end
    return
  end
  out.line(style and style(first) or first)
  for i = 2, #lines do out.line(string.rep(" ", indent) .. lines[i]) end
end

local function by_text(items)
  local parts = {}
  for i, item in ipairs(items) do
    parts[i] = "by " .. text.quote(item.value.name, 40) .. (item.how and (": " .. item.how) or "")
  end
  return table.concat(parts, "; ")
end

local function segment_fit(out, seg, width, top_k)
  local f = fit.of(seg, top_k)
  local backed = f.addressed > 0 and (f.backed .. " of " .. f.addressed .. " addressed top "
    .. (f.addressed == 1 and "note" or "notes") .. " backed by evidence") or "no top note addressed"
  wrapped(out, "", "segment " .. text.quote(seg.name, 200) .. ": fit " .. f.stage .. " (" .. backed
    .. ")", width, 2, function(s) return out.style("bold", s) end)
  if #seg.values == 0 then
    wrapped(out, "  ", "no value proposition is for this segment yet", width, 4)
  end
  for _, c in ipairs(categories.notes) do
    local cat = f[c.list]
    wrapped(out, "  ", c.list .. ": " .. M.ratio(cat.covered, cat.total) .. " of the top " .. c.list
      .. " " .. VERB[c.list] .. (cat.ties and " (a tie at the edge of the top " .. f.top_k
      .. " counts in)" or ""), width, 4, function(s) return out.style(c.list, s) end)
    if cat.total == 0 then wrapped(out, "    ", "(none)", width, 4) end
    for _, e in ipairs(cat.top) do
      local mark = #e.by > 0 and "+ " or "- "
      local head = "    " .. mark .. e.note.rank .. ". "
      local s = text.escape(e.note.text)
      if #e.by > 0 then s = s .. "  [" .. text.escape(by_text(e.by)) .. "]" end
      if e.tie then s = s .. "  (tied)" end
      wrapped(out, head, s, width, text.width(head))
    end
  end
  wrapped(out, "  ", "coverage: " .. M.ratio(f.covered, f.total) .. " of the top notes addressed",
    width, 4)
  local next_steps = {}
  for _, n in ipairs(f.unaddressed) do
    if #next_steps < 3 then
      next_steps[#next_steps + 1] = WORD[categories.list_of[n.category]] .. " " .. n.category .. " "
        .. text.quote(n.text, 50)
    end
  end
  if f.addressed > f.backed then
    next_steps[#next_steps + 1] = "back the addressed top notes with evidence (confidence "
      .. "\"observed\" or \"validated\", and evidence = { ... })"
  end
  if #next_steps > 0 then
    wrapped(out, "  next: ", table.concat(next_steps, "; "), width, 8)
  end
end

-- Writes the fit of `segments` through writer `out`, fitted to `width`,
-- with the top_k in force unless `top_k` is given.
function M.render(_, segments, out, width, top_k)
  width = math.max(24, width or 80)
  top_k = top_k or fit.top_k()
  if #segments == 0 then out.line("(no segments yet)") end
  for i, seg in ipairs(segments) do
    if i > 1 then out.line("") end
    segment_fit(out, seg, width, top_k)
  end
  out.flush()
end

return M
