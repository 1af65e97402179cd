-- Rules about one customer profile as a whole: is it there, is it full
-- enough, does it hold the kinds of jobs the framework asks for, is every
-- note ranked, does it speak for one group, is its top order decided.
local categories = require "canvas.lang.categories"
local text = require "canvas.util.text"

local quote, count, either = text.quote, text.count, text.either

local function segment_name(seg) return "segment " .. quote(seg.name) end


return {
  {
    id = "CS001", name = "empty-profile", severity = "warning",
    summary = "a segment with no jobs, no pains or no gains",
    explanation = [[
A customer profile has three parts: the jobs the segment tries to get done,
the pains around those jobs and the gains it hopes for. A segment with one
of them empty has not been profiled yet (steps 2 to 4 of the framework), so
nothing can be ranked or matched against a value proposition there. The
rule names the parts that are missing.]],
    bad = [[
segment "Commuters" {
  job "Get to work by 9" { importance = 5 },
}]],
    good = [[
segment "Commuters" {
  job "Get to work by 9" { importance = 5 },
  pain "Trains 20 minutes late twice a week" { severity = 4 },
  gain "Know the real departure time before leaving home" { relevance = 4 },
}]],
    run = function(ctx)
      for _, seg in ipairs(ctx.S.segments) do
        local missing = {}
        for _, c in ipairs(categories.notes) do
          if #seg[c.list] == 0 then missing[#missing + 1] = "no " .. c.list end
        end
        if #missing > 0 then
          ctx.report("CS001", seg, segment_name(seg) .. " has " .. either(missing, "and")
            .. "; list them (steps 2 to 4) before ranking or designing an offer")
        end
      end
    end,
  },
  {
    id = "CS002", name = "thin-profile", severity = "warning",
    summary = "fewer than min_notes jobs, pains or gains",
    explanation = [[
A real segment has many jobs, pains and gains; a profile with one or two of
each was most likely written from the product's point of view rather than
from the customer's. The rule counts each part and reports the ones below
min_notes (3 unless configured). An empty part is CS001's business.]],
    thresholds = {
      min_notes = { default = 3, doc = "the fewest jobs, pains and gains a profile should list" },
    },
    bad = [[
segment "Cafes" {
  job "Serve pastries by 7 am" { importance = 5 },
  pain "Late deliveries" { severity = 4 },
  gain "Pastries sell out by noon" { relevance = 4 },
}]],
    good = [[
checks { min_notes = 1 }   -- or list three or more of each
segment "Cafes" {
  job "Serve pastries by 7 am" { importance = 5 },
  pain "Deliveries arrive after opening at 7" { severity = 4 },
  gain "Pastries sell out by noon" { relevance = 4 },
}]],
    run = function(ctx)
      local min = ctx.threshold("min_notes")
      for _, seg in ipairs(ctx.S.segments) do
        local thin = {}
        for _, c in ipairs(categories.notes) do
          local n = #seg[c.list]
          if n > 0 and n < min then thin[#thin + 1] = count(n, c.note) end
        end
        if #thin > 0 then
          ctx.report("CS002", seg, segment_name(seg) .. " lists only " .. either(thin, "and")
            .. "; a real segment has more: aim for at least " .. min .. " of each (min_notes)")
        end
      end
    end,
  },
  {
    id = "CS003", name = "no-social-emotional-jobs", severity = "warning",
    summary = "a profile with only functional or supporting jobs",
    explanation = [[
Customers also want to be seen in a certain way (social jobs) and to feel a
certain way (emotional jobs), and these are often more pressing than the
functional ones. A profile whose jobs are all functional or supporting has
most likely left them out. Jobs without a kind count as neither.]],
    bad = [[
segment "Parents" {
  job "Pack lunch for two children" { kind = "functional", importance = 4 },
}]],
    good = [[
segment "Parents" {
  job "Pack lunch for two children" { kind = "functional", importance = 4 },
  job "Feel sure the children eat well at school" { kind = "emotional", importance = 5 },
}]],
    run = function(ctx)
      for _, seg in ipairs(ctx.S.segments) do
        local f = ctx.facts[seg]
        local n = #seg.jobs
        if n > 0 and not f.kinds.social and not f.kinds.emotional then
          local unkinded = n - f.jobs_kinded
          ctx.report("CS003", seg, segment_name(seg) .. " has no social or emotional job"
            .. (unkinded > 0 and (" (" .. count(unkinded, "job") .. " without a kind)") or "")
            .. "; add how the customers want to be seen and to feel")
        end
      end
    end,
  },
  {
    id = "CS004", name = "unranked-note", severity = "warning",
    summary = "a job without importance, a pain without severity, a gain without relevance",
    explanation = [[
Step 5 of the framework ranks jobs by importance, pains by severity and
gains by relevance. A note without its scale ranks last and cannot be told
from a trivial one, so fit cannot be judged on it.]],
    needs = { "unscored" },
    bad = [[
segment "Drivers" {
  pain "Parking costs 4 euros an hour downtown" { },
}]],
    good = [[
segment "Drivers" {
  pain "Parking costs 4 euros an hour downtown" { severity = "severe" },
}]],
    run = function(ctx)
      for _, seg in ipairs(ctx.S.segments) do
        for _, n in ipairs(ctx.facts[seg].unscored) do
          local scale = categories.scale_of[n.category]
          ctx.report("CS004", n, n.category .. " " .. quote(n.text) .. " has no " .. scale
            .. "; give it one (1..5 or a word) so that it can be ranked")
        end
      end
    end,
  },
  {
    id = "CS010", name = "mixed-segment", severity = "warning",
    summary = "notes from several who groups in one profile",
    explanation = [[
One profile should describe one segment. When the notes of a profile say
they come from different groups (their who fields differ), the profile
mixes segments whose jobs, pains and gains may differ: profile each group
on its own. Only notes that carry who are counted.]],
    needs = { "who" },
    bad = [[
segment "Hospital" {
  job "Treat patients quickly" { who = "nurses", importance = 5 },
  job "Keep the budget" { who = "administrators", importance = 4 },
}]],
    good = [[
segment "Nurses" { job "Treat patients quickly" { who = "nurses", importance = 5 } }
segment "Administrators" { job "Keep the budget" { who = "administrators", importance = 4 } }]],
    run = function(ctx)
      for _, seg in ipairs(ctx.S.segments) do
        local groups = ctx.facts[seg].who
        if #groups >= 2 then
          local names = {}
          for i, n in ipairs(groups) do
            if i > 4 then names[#names + 1] = "others"; break end
            names[#names + 1] = quote(n.who)
          end
          ctx.report("CS010", groups[2], segment_name(seg) .. " mixes notes from "
            .. count(#groups, "group") .. " (" .. either(names, "and")
            .. "); profile each group as a segment of its own")
        end
      end
    end,
  },
  {
    id = "CS019", name = "ranking-tie", severity = "info",
    summary = "top-ranked notes that share a score, so their order is arbitrary",
    explanation = [[
Ties are broken by the order of declaration, which says nothing about the
customer. When notes among the top top_k (3 unless configured), or at the
edge of it, share a score, which of them counts as a top note is an
accident of writing order. Give them different scores, or a ranking rule
with a second field to break the tie.]],
    thresholds = { top_k = { default = 3, doc = "how many notes of each kind count as top-ranked" } },
    bad = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 4 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Ticket machine takes no cards" { severity = 4 },
  pain "Stops without shelter" { severity = 4 },
}]],
    good = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Ticket machine takes no cards" { severity = 3 },
  pain "Stops without shelter" { severity = 2 },
}]],
    run = function(ctx)
      local k = ctx.threshold("top_k")
      local rank = require "canvas.eval.rank"   -- lazily: rank requires the registry
      local score_text, same = rank.score_text, rank.same_score
      -- "the score 4", or for a rule by several fields, each part by its
      -- field: "the scores severity 4, frequency none"
      local function shared(seg, list, s)
        if type(s) ~= "table" then return "the score " .. score_text(s) end
        local by = rank.rule_for(seg, list).by
        local names = by.kind == "fields" and by.fields or {}
        local parts = {}
        for i = 1, math.max(#s, #names) do
          local v = (s[i] == nil or s[i] == false) and "none" or score_text(s[i])
          parts[i] = names[i] and (names[i] .. " " .. v) or v
        end
        return "the scores " .. table.concat(parts, ", ")
      end
      for _, seg in ipairs(ctx.S.segments) do
        for _, c in ipairs(categories.notes) do
          local list = seg.ranked and seg.ranked[c.list] or {}
          local i = 1
          -- runs of equal scores that start within the top k
          while i <= k and i < #list do
            local s = list[i].score
            local j = i
            while j < #list and same(list[j + 1].score, s) do
              j = j + 1
            end
            if j > i then
              local first = list[i]
              ctx.report("CS019", list[i + 1], count(j - i + 1, c.note) .. " of segment "
                .. quote(seg.name) .. " share " .. shared(seg, c.list, s) .. " at ranks " .. i
                .. " to " .. j .. " (from " .. quote(first.text, 40) .. "); their order is only "
                .. "the order they were written in: give them different scores")
            end
            i = j + 1
          end
        end
      end
    end,
  },
}
