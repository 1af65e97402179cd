-- `canvas rank`: each profile's jobs, pains and gains in rank order, with
-- rank and score, one note a line (easy to read, grep and diff).
local rank = require "canvas.eval.rank"
local text = require "canvas.util.text"

local M = {}

local function lists(out, seg)
  out.line(out.style("bold", "segment " .. text.quote(seg.name, 200)))
  for _, category in ipairs(rank.categories) do
    local rule = rank.rule_for(seg, category)
    local list = seg.ranked[category]
    out.line("  " .. out.style(category, category) .. " (" .. #list .. "), "
      .. rank.describe(rule))
    if #list == 0 then
      out.line("    (none)")
    else
      local rw, sw = #tostring(#list), 1
      local scores = {}
      for i, n in ipairs(list) do
        scores[i] = rank.score_text(n.score)
        if #scores[i] > sw then sw = #scores[i] end
      end
      for i, n in ipairs(list) do
        out.line("    " .. text.rpad(tostring(n.rank), rw) .. "  " .. text.rpad(scores[i], sw)
          .. "  " .. text.escape(n.text))
      end
    end
  end
end

-- Writes the ranking of `segments` (a list) through writer `out`.
function M.render(_, segments, out)
  if #segments == 0 then out.line("(no segments yet)") end
  for i, seg in ipairs(segments) do
    if i > 1 then out.line("") end
    lists(out, seg)
  end
  out.flush()
end

return M
