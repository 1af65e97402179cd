-- Writes small canvas scripts of the kind people write by hand: segments of
-- ten notes (3 jobs, 4 pains, 3 gains) with their value propositions, the
-- wording and the scales varied from file to file. Some files hold the
-- usual mistakes (a vague pain, a reliever naming a pain that is not
-- there), so that a check of them has findings to report.
-- usage: lua5.4 small.lua FILE SEGMENTS SEED      one script
--        lua5.4 small.lua --many DIR COUNT        DIR/f1.lua .. DIR/fCOUNT.lua,
--                                                 3 segments each
local groups = {
  { "Commuters", "consumer", "a reliable trip to work" },
  { "Small bakeries", "business", "fewer unsold loaves at closing time" },
  { "Night-shift nurses", "consumer", "sleep and errands that fit their hours" },
  { "First-time landlords", "consumer", "rent paid on time without a fight" },
  { "Hobby gardeners", "consumer", "a garden that survives the summer" },
  { "Freelance translators", "business", "steady work at a fair rate" },
  { "Parents of toddlers", "consumer", "a calm morning routine" },
  { "Dental clinics", "business", "a full appointment book" },
  { "Amateur cyclists", "consumer", "safe routes for training" },
  { "Retired travellers", "consumer", "trips without surprises" },
}
local places = { "Lyon", "Leeds", "Porto", "Ghent", "Turin", "Bremen", "Cork", "Brno",
                 "Malmo", "Graz", "Bilbao", "Utrecht", "Aarhus" }
local jobs = {
  { "Get to work on time every day", "functional" },
  { "Plan the shopping for the whole week", "functional" },
  { "Keep the accounts in order for the tax return", "supporting" },
  { "Look competent in front of colleagues", "social" },
  { "Feel in control of the monthly budget", "emotional" },
  { "Compare three offers before signing", "supporting" },
  { "Book a slot that fits a changing schedule", "functional" },
  { "Be seen as a reliable partner by suppliers", "social" },
  { "Feel calm before a long day", "emotional" },
  { "Find a replacement part within a day", "functional" },
}
local pains = {
  { "Waiting %d minutes for a late connection", "obstacle" },
  { "Paying %d euros a month in hidden fees", "undesired-outcome" },
  { "Throwing away %d kilos of stock every week", "undesired-outcome" },
  { "Losing %d hours a month to paperwork", "obstacle" },
  { "A %d percent chance of a missed deadline", "risk" },
  { "Calling support %d times before anyone answers", "problem" },
  { "Forms that take %d minutes to fill in", "characteristic" },
  { "Prices that change %d times a year without notice", "risk" },
  { "Driving %d kilometres to the nearest shop", "obstacle" },
  { "Reminders that arrive %d days too late", "problem" },
}
local gains = {
  { "Save %d minutes on every trip", "functional" },
  { "Spend %d euros less each month", "cost-saving" },
  { "Get praise from %d regular customers", "social" },
  { "Know %d days ahead what is coming", "functional" },
  { "Sleep %d hours more a week", "emotional" },
  { "Answer %d percent of requests the same day", "functional" },
  { "Keep %d percent of customers for a second year", "cost-saving" },
  { "Finish %d orders before lunch", "emotional" },
}
local levels = { "required", "expected", "desired", "unexpected" }
local products = { "Mobile app", "Weekly planner", "Subscription box", "Online portal",
                   "Advice hotline", "Sensor kit" }

-- A small deterministic generator, the same on every Lua.
local state
local function seed(s) state = (s * 2654435761 + 12345) % 4294967296 end
local function rand(n)
  state = (state * 1103515245 + 12345) % 2147483648
  return state // 65536 % n + 1
end
local function pick(list) return list[rand(#list)] end
-- k distinct items of a list, in the order drawn
local function distinct(list, k)
  local idx, got = {}, {}
  for i = 1, #list do idx[i] = i end
  for i = 1, k do
    local j = i + rand(#list - i + 1) - 1
    idx[i], idx[j] = idx[j], idx[i]
    got[i] = list[idx[i]]
  end
  return got
end

local function script(nsegs, s)
  seed(s)
  local out = {}
  local function w(fmt, ...) out[#out + 1] = fmt:format(...) end
  local vague = s % 4 == 0        -- a pain worded too vaguely (CS005)
  local dangling = s % 10 == 0    -- a reliever naming a missing pain (CS018)
  local segs = distinct(groups, nsegs)
  local where = distinct(places, nsegs)
  local made = {}
  for i, g in ipairs(segs) do
    local name = ("%s in %s"):format(g[1], where[i])
    w('segment "%s" {', name)
    w('  customer = "%s",', g[2])
    w('  need = "%s",', g[3])
    w('  channel = "%s",', pick { "word of mouth", "a local newspaper", "social media",
                                  "trade fairs", "the app stores" })
    for _, j in ipairs(distinct(jobs, 3)) do
      w('  job "%s" { kind = "%s", importance = %d },', j[1], j[2], rand(5))
    end
    local ps = {}
    for k, p in ipairs(distinct(pains, 4)) do
      local text = p[1]:format(rand(40) + 1)
      if vague and i == 1 and k == 4 then text = "Things are a bit annoying" end
      ps[k] = text
      w('  pain "%s" { severity = %d, type = "%s" },', text, rand(5), p[2])
    end
    local gs = {}
    for k, x in ipairs(distinct(gains, 3)) do
      gs[k] = x[1]:format(rand(20) + 1)
      w('  gain "%s" { relevance = %d, kind = "%s", level = "%s" },', gs[k], rand(5), x[2],
        pick(levels))
    end
    w('}')
    made[i] = { name = name, pains = ps, gains = gs }
  end
  for i, m in ipairs(made) do
    w('value "%s for %s" {', pick(products), m.name)
    w('  segment = "%s",', m.name)
    w('  relieves "%s" { how = "does it in one step" },', m.pains[1])
    w('  relieves "%s" { how = "warns a day ahead" },',
      dangling and i == 1 and "A pain nobody wrote down" or m.pains[2])
    w('  creates "%s" { how = "shows it on the first screen" },', m.gains[1])
    w('}')
  end
  return table.concat(out, "\n") .. "\n"
end

local function write(path, text)
  local f = assert(io.open(path, "w"))
  f:write(text)
  f:close()
end

if arg[1] == "--many" then
  local dir, count = assert(arg[2], "usage: small.lua --many DIR COUNT"), tonumber(arg[3]) or 1000
  for i = 1, count do write(("%s/f%d.lua"):format(dir, i), script(3, i)) end
else
  local path = assert(arg[1], "usage: small.lua FILE SEGMENTS SEED")
  write(path, script(tonumber(arg[2]) or 1, tonumber(arg[3]) or 1))
end
