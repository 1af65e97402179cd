-- Rules about fit: whether the value map addresses what matters most to
-- its segment. They read the fit of each segment (eval/fit.lua, with the
-- top_k in force) and apply to segments that have a value proposition of
-- their own; a segment without one is CS012's business, and a
-- profile-only canvas (steps 1 to 5) is complete without a value map.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match = string.match
local text = require "canvas.util.text"

local quote = text.quote

-- The segments that have a value proposition, each with its fit.
local function served(ctx)
  local out = {}
  for _, seg in ipairs(ctx.S.segments) do
    if #seg.values > 0 then out[#out + 1] = { seg = seg, fit = ctx.fit(seg) } end
  end
  return out
end

-- "ranked 2 of 7 of segment "Riders"", saying so when the note counts in
-- only by a tie with the last of the top.
local function place(e, list, seg, k)
  return "ranked " .. e.note.rank .. " of " .. #list .. " of segment " .. quote(seg.name)
    .. (e.tie and (" (tied with the last of the top " .. k .. ")") or "")
end

-- The value propositions of a segment, for messages: "value "Live times"".
local function values_of(seg)
  local names = {}
  for i, v in ipairs(seg.values) do
    if i > 2 then names[#names + 1] = "others"; break end
    names[#names + 1] = quote(v.name, 40)
  end
  return (#seg.values == 1 and "value " or "values ") .. text.either(names, "and")
end

-- How many of the notes that count in only by a tie at the edge of the
-- top (or, for gains, by being essential outside it) are reported one by
-- one; more than this become one finding that names the first of them, so
-- that a profile scored with few distinct numbers gets a message, not a
-- flood.
local EACH = 3

-- Reports each note of `extra` (sorted here by rank) with one(note), or,
-- when there are more than EACH, one finding at the highest-ranked with
-- many(notes, names).
local function report_extra(extra, one, many)
  table.sort(extra, function(a, b) return a.rank < b.rank end)
  if #extra <= EACH then
    for _, n in ipairs(extra) do one(n) end
    return
  end
  local names = {}
  for i = 1, EACH do names[i] = quote(extra[i].text, 40) end
  many(extra, table.concat(names, ", ") .. " and " .. (#extra - EACH) .. " more")
end

-- Whether a gain is essential whatever its rank: relevance "essential"
-- (the top of the scale) or level "required" (the offer does not work
-- without it).
local function essential(g)
  return rawget(g, "level") == "required" or rawget(g, "relevance") == 5
end

return {
  {
    id = "CS016", name = "top-pain-unrelieved", severity = "warning",
    summary = "a top-ranked pain (top top_k, default 3) with no reliever",
    explanation = [[
The pains that matter most are the ones a value proposition must ease
first: fit is reached on the top-ranked notes, not the trivial ones. For
each segment that has a value proposition, every pain among its top top_k
(3 unless configured, and any pain tied with the last of them) that no
relieves of the segment's value propositions names is reported. Relieve
it, or, when the offer deliberately leaves it alone, say so with
ignore = "CS016" on the pain. When more than 3 unrelieved pains count in
only by a tie at the edge, they are one finding that names the first of
them: the scores need telling apart before the value map can aim.]],
    thresholds = { top_k = { default = 3, doc = "how many notes of each kind count as top-ranked" } },
    bad = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "Stops without shelter" { severity = 2 },
}
value "Shelters" { segment = "Riders",
  relieves "Stops without shelter" { how = "a roof at every stop" },
}]],
    good = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "Stops without shelter" { severity = 2 },
}
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departure times, so riders leave home later" },
  relieves "Stops without shelter" { how = "the app says when to leave, so nobody waits long" },
}]],
    run = function(ctx)
      for _, s in ipairs(served(ctx)) do
        local seg = s.seg
        local to, k = values_of(seg), s.fit.top_k
        local tied = {}
        local function one(e)
          local q = quote(e.note.text, 60)
          ctx.report("CS016", e.note, "pain " .. q .. " is "
            .. place(e, seg.pains, seg, k) .. ", and no reliever eases it; add relieves "
            .. q .. " { how = \"...\" } to " .. to
            .. ", or rank it lower if it matters less")
        end
        local entry = {}
        for _, e in ipairs(s.fit.pains.top) do
          if #e.by == 0 then
            if e.tie then
              tied[#tied + 1] = e.note
              entry[e.note] = e
            else
              one(e)
            end
          end
        end
        report_extra(tied, function(n) one(entry[n]) end, function(list, names)
          ctx.report("CS016", list[1], #list .. " pains of segment " .. quote(seg.name)
            .. " tie with the last of its top " .. k .. " and have no reliever: " .. names
            .. "; give them different severities (CS019) so that the top ones stand out, "
            .. "then relieve those")
        end)
      end
    end,
  },
  {
    id = "CS017", name = "essential-gain-uncreated", severity = "warning",
    summary = "an essential or top-ranked gain with no creator",
    explanation = [[
A gain the customer counts on must be created by the offer. For each
segment that has a value proposition, every gain among its top top_k (3
unless configured, and any gain tied with the last of them), and every
gain that is essential whatever its rank (relevance "essential", or
level "required": the offer does not work without it), that no creates
of the segment's value propositions names is reported. When more than 3
of them count in only by a tie at the edge or by being essential outside
the top, they are one finding that names the first of them.]],
    thresholds = { top_k = { default = 3, doc = "how many notes of each kind count as top-ranked" } },
    bad = [[
segment "Riders" {
  gain "Know the bus is coming before leaving home" { relevance = "essential" },
  gain "A seat on every trip" { relevance = 3 },
}
value "More buses" { segment = "Riders",
  creates "A seat on every trip" { how = "twice the buses at rush hour" },
}]],
    good = [[
segment "Riders" {
  gain "Know the bus is coming before leaving home" { relevance = "essential" },
  gain "A seat on every trip" { relevance = 3 },
}
value "Live times" { segment = "Riders",
  creates "Know the bus is coming before leaving home" { how = "departures in the app" },
  creates "A seat on every trip" { how = "crowding shown per bus, so riders take an emptier one" },
}]],
    run = function(ctx)
      for _, s in ipairs(served(ctx)) do
        local seg, f = s.seg, s.fit
        local to = values_of(seg)
        local seen, extra, entry = {}, {}, {}
        local function top_one(e)
          local q = quote(e.note.text, 60)
          ctx.report("CS017", e.note, "gain " .. q .. " is "
            .. place(e, seg.gains, seg, f.top_k) .. ", and nothing creates it; add creates "
            .. q .. " { how = \"...\" } to " .. to)
        end
        for _, e in ipairs(f.gains.top) do
          seen[e.note] = true
          if #e.by == 0 then
            if e.tie then
              extra[#extra + 1] = e.note
              entry[e.note] = e
            else
              top_one(e)
            end
          end
        end
        local created = {}
        for _, v in ipairs(seg.values) do
          for _, c in ipairs(v.creators) do
            if c.target then created[c.target] = true end
          end
        end
        local function essential_one(g)
          local why = rawget(g, "level") == "required" and "level \"required\"" or "relevance \"essential\""
          local q = quote(g.text, 60)
          ctx.report("CS017", g, "gain " .. q .. " of segment " .. quote(seg.name)
            .. " is essential (" .. why .. "), and nothing creates it; add creates "
            .. q .. " { how = \"...\" } to " .. to
            .. ", or lower its " .. (str_match(why, "^level") and "level" or "relevance"))
        end
        for _, g in ipairs(seg.gains) do
          if not seen[g] and essential(g) and not created[g] then extra[#extra + 1] = g end
        end
        report_extra(extra, function(g)
          if entry[g] then top_one(entry[g]) else essential_one(g) end
        end, function(list, names)
          ctx.report("CS017", list[1], #list .. " gains of segment " .. quote(seg.name)
            .. " count as top (tied with the last of its top " .. f.top_k .. ") or essential "
            .. "(relevance \"essential\" or level \"required\") and nothing creates them: " .. names
            .. "; create the ones that matter most, and give the others a lower relevance")
        end)
      end
    end,
  },
  {
    id = "CS022", name = "unfocused-value-map", severity = "warning",
    summary = "many relievers and creators aimed at low-ranked notes while top ones go unaddressed",
    explanation = [[
A value map that eases trivial pains while the severe ones go untouched
has no fit, however long it is. A value proposition is reported when it
has at least 2 relievers and creators aimed at its segment's profile,
more than half of them address pains and gains outside the top top_k,
and the segment's top pains and gains are not covered: fewer than
min_coverage percent of them (100 unless configured) are addressed by
any of the segment's value propositions. Aim the value map at the top
notes first (CS016 and CS017 name them).]],
    thresholds = {
      top_k = { default = 3, doc = "how many notes of each kind count as top-ranked" },
      min_coverage = { default = 100, max = 100, doc = "the percentage of top pains and gains a "
        .. "value map must address before its aim at low-ranked notes is no longer reported" },
    },
    bad = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Ticket machine takes no cards" { severity = 3 },
  pain "Stops without shelter" { severity = 2 },
  pain "Timetables printed too small" { severity = 1 },
}
value "Nicer stops" { segment = "Riders",
  relieves "Stops without shelter" { how = "a roof at every stop" },
  relieves "Timetables printed too small" { how = "large print" },
}]],
    good = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
  pain "Ticket machine takes no cards" { severity = 3 },
  pain "Stops without shelter" { severity = 2 },
  pain "Timetables printed too small" { severity = 1 },
}
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departure times" },
  relieves "No seat at rush hour" { how = "crowding shown per bus, so riders take an emptier one" },
  relieves "Stops without shelter" { how = "the app says when to leave, so nobody waits long" },
}]],
run = function(ctx)
      local min = ctx.threshold("min_coverage")
      for _, s in ipairs(served(ctx)) do
        local seg, f = s.seg, s.fit
        local top, covered, total = {}, 0, 0
        for _, list in ipairs { "pains", "gains" } do
          for _, e in ipairs(f[list].top) do
            top[e.note] = true
            total = total + 1
            if #e.by > 0 then covered = covered + 1 end
          end
        end
        if total > 0 and covered * 100 < min * total then
          for _, v in ipairs(seg.values) do
            local aimed, low = 0, {}
            for _, list in ipairs { "relievers", "creators" } do
              for _, item in ipairs(v[list]) do
                local t = item.target
                if t and t.segment == seg then
                  aimed = aimed + 1
                  if not top[t] then low[#low + 1] = t end
                end
              end
            end
            if aimed >= 2 and #low * 2 > aimed then
              ctx.report("CS022", v, "value " .. quote(v.name) .. " aims " .. #low .. " of its "
                .. aimed .. " relievers and creators at notes outside the top " .. f.top_k
                .. " of segment " .. quote(seg.name) .. " (such as " .. quote(low[1].text, 40)
                .. ", ranked " .. low[1].rank .. "), while "
                .. (covered == 0 and "none" or ("only " .. covered)) .. " of the segment's "
                .. total .. " top pains and gains " .. (covered == 1 and "is" or "are") .. " addressed"
                .. (min < 100 and (" (below min_coverage " .. min .. "%)") or "")
                .. "; aim it at the top notes first")
            end
          end
        end
      end
    end,
  },
  {
    id = "CS023", name = "untested-top-note", severity = "info",
    summary = "a top-ranked note that rests on assumption only (no evidence)",
    explanation = [[
A profile is a set of hypotheses until it is tested with customers. Fit
"in the market" needs the top notes to be backed: a note is backed when
its confidence is "observed" or "validated" and it lists evidence (the
interviews, data or observations behind it). For each segment that has a
value proposition, the jobs, pains and gains among its top top_k (3
unless configured, and ties at the edge) that are not backed are reported
in one finding, at the highest-ranked of them, so that a fresh canvas
gets one reminder per segment rather than one per note. A note with
ignore = "CS023" (an assumption accepted for now) is left out of it.
canvas fit shows which stage the evidence supports.]],
    thresholds = { top_k = { default = 3, doc = "how many notes of each kind count as top-ranked" } },
    bad = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
}
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departure times" },
}]],
    good = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5, confidence = "observed",
    evidence = { "GPS logs of line 12 for March", "20 rider interviews" } },
}
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departure times" },
}]],
    run = function(ctx)
      local backed = require("canvas.eval.fit").backed
      local silenced = ctx.silenced
      for _, s in ipairs(served(ctx)) do
        local seg, f = s.seg, s.fit
        local open, total, first = {}, 0, nil
        for _, list in ipairs { "jobs", "pains", "gains" } do
          for _, e in ipairs(f[list].top) do
            local n = e.note
            total = total + 1
            if not backed(n) and not silenced(n, "CS023") then
              open[#open + 1] = n
              if not first or n.rank < first.rank then first = n end
            end
          end
        end
        if first then
          local names = {}
          for i, n in ipairs(open) do
            if i > 3 then names[#names + 1] = (#open - 3) .. " more"; break end
            names[#names + 1] = n.category .. " " .. quote(n.text, 40)
          end
          local half = 0
          for _, n in ipairs(open) do
            local c = rawget(n, "confidence")
            if c == "observed" or c == "validated" or rawget(n, "evidence") then half = half + 1 end
          end
          local how_many
          if total == 1 then how_many = "its one top note rests"
          elseif #open == total then how_many = "all " .. total .. " of its top notes rest"
          else
            how_many = #open .. " of its " .. total .. " top notes " .. (#open == 1 and "rests" or "rest")
          end
          ctx.report("CS023", first, "segment " .. quote(seg.name) .. ": " .. how_many
            .. " on assumption only ("
            .. text.either(names, "and") .. ")"
            .. (half > 0 and (", " .. half .. " of them with a confidence or evidence but not both")
              or "")
            .. "; test " .. (#open == 1 and "it" or "them") .. " with customers, then record "
            .. "confidence = \"observed\" or \"validated\" "
            .. "and evidence = { ... }")
        end
      end
    end,
  },
}
