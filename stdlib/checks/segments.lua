-- Rules about the segments block: profiles shaped by the product, segments
-- that are not distinct, business customers that hide several segments,
-- segments that contradict the declared market pattern, platform sides
-- that stand alone. No rule here compares all pairs of segments: what
-- must be compared is hashed.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gmatch = string.gmatch
local categories = require "canvas.lang.categories"
local text = require "canvas.util.text"
local wording = require "canvas.checks.wording"

local quote, count, either = text.quote, text.count, text.either

-- The five signs that a group deserves its own segment.
local SIGNS = { "need", "channel", "relationship", "profitability", "willingness_to_pay" }
local SIGN_LABEL = { need = "need", channel = "channel", relationship = "relationship",
                     profitability = "profitability", willingness_to_pay = "willingness to pay" }

local function name(seg) return "segment " .. quote(seg.name) end
local function at(o) return text.escape(o.file or "?") .. ":" .. (o.line or 0) end

-- The signs seg declares, as a bit set, and their normalised values.
local function signs_of(seg)
  local bits, values = 0, {}
  for i, f in ipairs(SIGNS) do
    local v = rawget(seg, f)
    if v ~= nil then
      bits = bits | (1 << (i - 1))
      values[i] = wording.normalize(tostring(v))
    end
  end
  return bits, values
end

-- "need = x|channel = y" for the signs in `bits`.
local function key_of(bits, values)
  local parts = {}
  for i = 1, #SIGNS do
    if bits & (1 << (i - 1)) ~= 0 then parts[#parts + 1] = i .. "=" .. values[i] end
  end
  return table.concat(parts, "\0")
end

local function sign_names(bits)
  local out = {}
  for i, f in ipairs(SIGNS) do
    if bits & (1 << (i - 1)) ~= 0 then out[#out + 1] = SIGN_LABEL[f] end
  end
  return out
end

-- For each segment after the first, the earliest segment it cannot be told
-- from on the signs both declare: pairs of segments (A, B) with
-- decl(A) & decl(B) = S and equal values on S. Up to SMALL segments, each
-- is held against those before it. Past that, each segment is filed under
-- (its declared set D, a subset S of D, its values on S), at most 31 keys;
-- a later segment B looks up, for each declared set D seen so far, the key
-- (D, D & decl(B), its own values there), and takes the earliest segment
-- found. Linear in the segments.
local SMALL = 8

local function indistinct_few(segments)
  local out, bits_of, values_of = {}, {}, {}
  for j, seg in ipairs(segments) do
    local bits, values = signs_of(seg)
    bits_of[j], values_of[j] = bits, values
    if bits ~= 0 then
      for i = 1, j - 1 do
        local common = bits_of[i] & bits
        if common ~= 0 then
          local other, same = values_of[i], true
          for k = 1, #SIGNS do
            if common & (1 << (k - 1)) ~= 0 and other[k] ~= values[k] then
              same = false
              break
            end
          end
          if same then
            out[seg] = { other = segments[i], i = i, common = common }
            break
          end
        end
      end
    end
  end
  return out
end

local function indistinct(segments)
  if #segments <= SMALL then return indistinct_few(segments) end
  local index, sets, set_list = {}, {}, {}
  local out = {}
  for pos, seg in ipairs(segments) do
    local bits, values = signs_of(seg)
    if bits ~= 0 then
      for _, d in ipairs(set_list) do
        local common = d & bits
        if common ~= 0 then
          local other = index[d .. "|" .. key_of(common, values)]
          if other and (not out[seg] or other.i < out[seg].i) then
            out[seg] = { other = other.seg, i = other.i, common = common }
          end
        end
      end
      if not sets[bits] then sets[bits] = true; set_list[#set_list + 1] = bits end
      -- every non-empty subset of bits
      local s = bits
      while s > 0 do
        local k = bits .. "|" .. key_of(s, values)
        if not index[k] then index[k] = { seg = seg, i = pos } end
        s = (s - 1) & bits
      end
    end
  end
  return out
end

-- Words that say which role in a business a note or group speaks for.
local ROLE_WORDS = {
  user = { "user", "users", "staff", "employee", "employees", "operator", "operators",
           "technician", "technicians", "nurse", "nurses", "driver", "drivers", "engineer",
           "engineers", "clerk", "clerks", "agent", "agents", "worker", "workers", "team",
           "teams", "developer", "developers", "teacher", "teachers", "cashier", "cashiers" },
  buyer = { "buyer", "buyers", "purchasing", "procurement", "purchaser", "purchasers",
            "purchase", "buying", "sourcing" },
  approver = { "approver", "approvers", "approve", "approves", "approval", "director",
               "directors", "cfo", "ceo", "cio", "cto", "finance", "board", "legal",
               "compliance", "sign-off", "signs", "executive", "executives", "management" },
}
local ROLE_OF = {}
for role, words in pairs(ROLE_WORDS) do
  for _, w in ipairs(words) do ROLE_OF[w] = role end
end
local ROLE_ORDER = { "user", "buyer", "approver" }

-- The roles named in s, added to `found` (role -> the note that shows it).
local function roles_in(s, note, found)
  for w in str_gmatch(s:lower(), "[%a%-]+") do
    local role = ROLE_OF[w]
    if role and not found[role] then found[role] = note end
  end
end

return {
  {
    id = "CS009", name = "product-shaped-profile", severity = "info",
    summary = "every pain and gain is addressed by the value map",
    explanation = [[
When each pain of a profile has a reliever and each gain a creator, the
profile was most likely written from the offer backwards: only what the
product addresses made it in. A customer has pains and gains the offer does
not touch, and knowing them shows where the offer could grow or where a
competitor could strike. The rule looks at segments with a value
proposition and at least two pains and gains in all.]],
    bad = [[
segment "Tourists" {
  pain "Maps in a language they cannot read" { severity = 4 },
  gain "Find the museum in under 10 minutes" { relevance = 4 },
}
value "City guide" { segment = "Tourists",
  relieves "Maps in a language they cannot read" { how = "12 languages" },
  creates "Find the museum in under 10 minutes" { how = "walking directions" },
}]],
    good = [[
segment "Tourists" {
  pain "Maps in a language they cannot read" { severity = 4 },
  pain "Roaming data costs 10 euros a day" { severity = 3 },
  gain "Find the museum in under 10 minutes" { relevance = 4 },
}
value "City guide" { segment = "Tourists",
  relieves "Maps in a language they cannot read" { how = "12 languages" },
  creates "Find the museum in under 10 minutes" { how = "walking directions" },
}]],
    run = function(ctx)
      for _, seg in ipairs(ctx.S.segments) do
        local total = #seg.pains + #seg.gains
        if #seg.values > 0 and total >= 2 then
          local addressed = {}
          for _, v in ipairs(seg.values) do
            for _, item in ipairs(v.relievers) do if item.target then addressed[item.target] = true end end
            for _, item in ipairs(v.creators) do if item.target then addressed[item.target] = true end end
          end
          local all = true
          for _, c in ipairs { "pains", "gains" } do
            for _, n in ipairs(seg[c]) do
              if not addressed[n] then all = false; break end
            end
          end
          if all then
            ctx.report("CS009", seg, name(seg) .. ": every one of its " .. total
              .. " pains and gains is addressed by the value map; list the ones the offer "
              .. "does not touch too")
          end
        end
      end
    end,
  },
  {
    id = "CS011", name = "indistinct-segments", severity = "warning",
    summary = "two segments that differ in none of the five signs",
    explanation = [[
A group deserves a segment of its own when it differs in at least one of
five signs: a distinct need, another channel, another kind of relationship,
a different profitability, or a willingness to pay for another version of
the offer. Two segments that declare the same values for every sign they
both declare may be one segment. Segments are compared only on the signs
both declare (values without regard to case and spacing); a segment that
declares none is not compared.]],
    bad = [[
segment "Students" { need = "cheap lunch", channel = "campus app" }
segment "Apprentices" { need = "cheap lunch", channel = "campus app" }]],
    good = [[
segment "Students" { need = "cheap lunch", channel = "campus app" }
segment "Apprentices" { need = "cheap lunch", channel = "workplace canteen" }]],
    run = function(ctx)
      local found = indistinct(ctx.S.segments)
      for _, seg in ipairs(ctx.S.segments) do
        local f = found[seg]
        if f then
          ctx.report("CS011", seg, name(seg) .. " differs from " .. name(f.other) .. " at "
            .. at(f.other) .. " in none of the signs both declare (" .. either(sign_names(f.common), "and")
            .. "); merge them, or say what sets them apart")
        end
      end
    end,
  },
  {
    id = "CS013", name = "business-roles", severity = "info",
    summary = "a business segment that may hide several segments (user, buyer, approver)",
    explanation = [[
In a business customer, the people who use an offer, the people who buy it
and the people who approve the purchase have different jobs, pains and
gains. A business segment whose notes or who fields speak for two or more
of these roles probably holds several segments: split them, one profile
each. Roles are recognised from words such as "staff", "procurement" or
"finance" in who and in the notes' texts.]],
    bad = [[
segment "Clinics" { customer = "business",
  job "Book patients in 2 clicks" { who = "reception staff", importance = 4 },
  pain "Budget approval takes 3 months" { who = "finance director", severity = 4 },
}]],
    good = [[
segment "Clinic reception" { customer = "business",
  job "Book patients in 2 clicks" { who = "reception staff", importance = 4 } }
segment "Clinic finance" { customer = "business",
  pain "Budget approval takes 3 months" { who = "finance director", severity = 4 } }]],
    run = function(ctx)
      for _, seg in ipairs(ctx.S.segments) do
        if seg.customer == "business" then
          local found = {}
          for _, c in ipairs(categories.notes) do
            for _, n in ipairs(seg[c.list]) do
              local who = rawget(n, "who")
              if who then roles_in(who, n, found) end
              roles_in(n.text, n, found)
              if rawget(n, "role") == "buyer" and not found.buyer then found.buyer = n end
            end
          end
          local roles = {}
          for _, r in ipairs(ROLE_ORDER) do
            if found[r] then roles[#roles + 1] = r .. "s (" .. quote(found[r].text, 30) .. ")" end
          end
          if #roles >= 2 then
            ctx.report("CS013", seg, name(seg) .. " speaks for " .. either(roles, "and")
              .. "; in a business these are often separate segments: profile each one")
          end
        end
      end
    end,
  },
  {
    id = "CS014", name = "market-mismatch", severity = "warning",
    summary = "segments that contradict the declared market pattern",
    explanation = [[
The canvas's market names how the business chooses its segments, and each
pattern has a shape: a mass market serves one segment; a niche segment is
narrowed by at least one segmentation basis; a segmented market has several
segments, each with some sign of its own declared; a diversified market has
several segments whose jobs are mostly different; a multi-sided platform
has at least two sides (see CS015 for how they link). The rule reports
where the segments do not fit the declared pattern.]],
    bad = [[
canvas "Fridges" { market = "mass" }
segment "Families" { }
segment "Students" { }]],
    good = [[
canvas "Fridges" { market = "mass" }
segment "Households" { need = "keep food fresh for a week" }]],
    run = function(ctx)
      local S = ctx.S
      local cv = S.canvas
      local market = cv and cv.market
      if not market then return end
      local segs = S.segments
      local where = (cv and cv.file) and cv or segs[1]
      if not where then return end
      local function report(obj, msg) ctx.report("CS014", obj, msg) end
      if market == "mass" then
        if #segs > 1 then
          report(segs[2], "the canvas is a mass market, which serves one segment, but it has "
            .. count(#segs, "segment") .. "; merge them, or declare the pattern they follow "
            .. "(segmented, diversified or multi-sided)")
        end
      elseif market == "niche" then
        for _, seg in ipairs(segs) do
          local b = rawget(seg, "bases")
          if not (b and next(b)) then
            report(seg, name(seg) .. " is in a niche market but declares no narrowing bases; "
              .. "say what sets it apart (bases = { demographic = ..., geographic = ... })")
          end
        end
      elseif market == "segmented" or market == "diversified" or market == "multi-sided" then
        local least = market == "multi-sided" and "two sides" or "two segments"
        if #segs < 2 then
          report(where, "the canvas is a " .. market .. (market == "multi-sided" and " platform" or " market")
            .. " but has " .. count(#segs, "segment") .. "; it needs at least " .. least)
          return
        end
        if market == "segmented" then
          for _, seg in ipairs(segs) do
            if signs_of(seg) == 0 then
              report(seg, name(seg) .. " is in a segmented market but declares none of the five "
                .. "signs (need, channel, relationship, profitability, willingness to pay); say "
                .. "what sets it apart")
            end
          end
        elseif market == "diversified" then
          -- jobs shared between segments, counted through a hash of job texts
          local owners = {}
          local shared = {}     -- seg -> other seg -> count
          for _, seg in ipairs(segs) do
            local seen = {}
            for _, j in ipairs(seg.jobs) do
              local k = wording.normalize(j.text)
              if not seen[k] then
                seen[k] = true
                local list = owners[k]
                if not list then list = {}; owners[k] = list end
                for _, other in ipairs(list) do
                  local m = shared[seg] or {}
                  shared[seg] = m
                  m[other] = (m[other] or 0) + 1
                end
                list[#list + 1] = seg
              end
            end
          end
          for _, seg in ipairs(segs) do
            for _, other in ipairs(segs) do
              local n = shared[seg] and shared[seg][other]
              if n then
                local smaller = math.min(#seg.jobs, #other.jobs)
                if n * 2 > smaller then
                  report(seg, name(seg) .. " shares " .. n .. " of its jobs with " .. name(other)
                    .. "; a diversified market serves segments with very different needs: "
                    .. "choose segmented, or profile the jobs that differ")
                  break
                end
              end
            end
          end
        end
      end
    end,
  },
  {
    id = "CS015", name = "unlinked-side", severity = "warning",
    summary = "a platform side linked to no other side, or an unknown side",
    explanation = [[
The sides of a multi-sided platform need each other: cardholders and
merchants, buyers and sellers. Each side should name the sides it depends
on with depends_on, or be named by one. A side linked to no other side, in
either direction, is either not part of the platform or missing its link.
A depends_on that names no segment is reported by CS018.]],
    bad = [[
canvas "Market" { market = "multi-sided" }
segment "Buyers" { depends_on = { "Sellers" } }
segment "Sellers" { }
segment "Couriers" { }]],
    good = [[
canvas "Market" { market = "multi-sided" }
segment "Buyers" { depends_on = { "Sellers" } }
segment "Sellers" { depends_on = { "Buyers" } }
segment "Couriers" { depends_on = { "Sellers" } }]],
    run = function(ctx)
      local S = ctx.S
      local market = S.canvas and S.canvas.market
      local platform = market == "multi-sided"
      if not platform then
        for _, seg in ipairs(S.segments) do
          if rawget(seg, "depends_on") then platform = true; break end
        end
      end
      if not platform or #S.segments < 2 then return end
      local linked = {}
      for _, seg in ipairs(S.segments) do
        for _, other in ipairs(seg.sides) do
          if other ~= seg then linked[seg], linked[other] = true, true end
        end
      end
      for _, seg in ipairs(S.segments) do
        if not linked[seg] then
          local unknown = rawget(seg, "depends_on") and #seg.depends_on > #seg.sides
          ctx.report("CS015", seg, name(seg) .. " is linked to no other side of the platform"
            .. (unknown and " (its depends_on names no segment)" or "")
            .. "; say which sides it needs with depends_on = { ... }")
        end
      end
    end,
  },
}
