-- Fit: how well a segment's value propositions address what matters most
-- to it (the framework's fit between value map and customer profile).
-- For each of jobs, pains and gains, the top-ranked notes (the first
-- top_k, and any note after them that shares the k-th's score: a tie at
-- the edge is counted in and said so), each with the helpers, relievers
-- or creators that address it; the coverage of those top notes; and the
-- stage that the evidence supports:
--   "in the market" when at least one top note is addressed and every
--   addressed top note is backed: its confidence is "observed" or
--   "validated" and it has evidence;
--   "on paper" otherwise.
local categories = require "canvas.lang.categories"
local rank = require "canvas.eval.rank"

local M = {}

-- The top_k in force, as for the checks: the command line's --config or
-- the project file, then the script's checks { top_k = N }, else the
-- threshold's default in the rule registry.
function M.top_k()
  local config = require "canvas.checks.config"
  local cfg = config.effective(config.cli or {}, require("canvas.script.loader").current)
  return cfg.thresholds.top_k or require("canvas.checks").thresholds.top_k.default
end

-- Whether a note rests on more than an assumption.
function M.backed(note)
  local c = rawget(note, "confidence")
  local ev = rawget(note, "evidence")
  return (c == "observed" or c == "validated") and type(ev) == "table" and #ev > 0
end

-- The items of seg's value propositions that address each note:
-- note -> list of relievers, creators and helpers, in declaration order.
local function addressers(seg)
  local by = {}
  for _, v in ipairs(seg.values) do
    for _, a in ipairs(categories.addressers) do
      for _, item in ipairs(v[a.list]) do
        local t = item.target
        if t then
          local list = by[t]
          if not list then list = {}; by[t] = list end
          list[#list + 1] = item
        end
      end
    end
  end
  return by
end

-- The fit of segment seg, with top_k top notes of each kind.
function M.of(seg, top_k)
  local k = top_k or M.top_k()
  local by = addressers(seg)
  local report = { segment = seg, top_k = k, covered = 0, total = 0, addressed = 0,
                   backed = 0, unaddressed = {}, ties = false }
  for _, c in ipairs(categories.notes) do
    local ranked = (seg.ranked and seg.ranked[c.list]) or seg[c.list]
    local n = math.min(k, #ranked)
    local last = n
    if n > 0 then
      local edge = ranked[n].score
      while last < #ranked and rank.same_score(ranked[last + 1].score, edge) do last = last + 1 end
    end
    local cat = { name = c.list, top = {}, covered = 0, total = last, ties = last > n }
    for i = 1, last do
      local note = ranked[i]
      local items = by[note] or {}
      cat.top[i] = { note = note, by = items, tie = i > n }
      if #items > 0 then
        cat.covered = cat.covered + 1
        report.addressed = report.addressed + 1
        if M.backed(note) then report.backed = report.backed + 1 end
      else
        report.unaddressed[#report.unaddressed + 1] = note
      end
    end
    report.covered = report.covered + cat.covered
    report.total = report.total + cat.total
    if cat.ties then report.ties = true end
    report[c.list] = cat
  end
  report.stage = (report.addressed > 0 and report.backed == report.addressed) and "in the market"
    or "on paper"
  return report
end

return M
