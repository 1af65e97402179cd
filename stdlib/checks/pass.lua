-- The one pass over the notes that feeds every rule. For each segment it
-- walks jobs, pains and gains once and records the facts that the enabled
-- rules read (each rule names them in `needs`): normalised texts and the
-- duplicates and cross-category twins they reveal, notes without a score,
-- `who` groups, job kinds, vague notes, jobs worded as results, gains that
-- mirror a pain and notes that name the business's own products. Nothing
-- here reports: rules turn facts into findings.
local categories = require "canvas.lang.categories"
local wording = require "canvas.checks.wording"

local M = {}

local normalize, vague, outcome = wording.normalize, wording.vague, wording.outcome
local mirror_key, measurable, mention = wording.mirror_key, wording.measurable, wording.mention
local any_of = wording.any_of
local text_key = require("canvas.c").text_key
local rawget, lower = rawget, string.lower

-- The names of the business's own offer: its products and value
-- propositions, for product-in-profile.
local function product_names(S)
  local names = {}
  for _, v in ipairs(S.values) do
    names[#names + 1] = v.name
    for _, p in ipairs(v.products) do names[#names + 1] = p.name end
  end
  return names
end

-- Facts of one segment; `need` is a set of fact names.
local function segment_facts(seg, need, index)
  local f = { dups = {}, cross = {}, unscored = {}, who = {}, kinds = {}, jobs_kinded = 0,
              vague = {}, outcome = {}, mirrors = {}, mentions = {} }
  local want_key = need.duplicates
  local want_scale, want_who, want_vague = need.unscored, need.who, need.vague
  local want_outcome, want_mirror = need.outcome, need.mirrors
  -- the key of a normalised text (text_key) -> the first note with it, of
  -- any kind: a second one of the same kind is a duplicate, a pain or gain
  -- after a job its twin. Two texts may share a key: the first one's stays
  -- there, and the other texts with that key go by their normalised text
  -- in `by_text`.
  local seen, by_text = {}, nil
  local pains_by_mirror = {}   -- mirror key -> first pain
  local who_seen = {}
  for _, c in ipairs(categories.notes) do
    local list, scale, note = seg[c.list], c.scale, c.note
    local is_job, is_pain = note == "job", note == "pain"
    for i = 1, #list do
      local n = list[i]
      local text = n.text
      -- the lower-cased text only where a heuristic reads it: making a
      -- string for every note is what costs most on a large canvas
      local l
      if want_key then
        local k = text_key(text) or text_key(normalize(text), true)
        local first = seen[k]
        if first == nil then
          seen[k] = n
        else
          local nk = normalize(text)
          if normalize(first.text) ~= nk then   -- another text with the same key
            by_text = by_text or {}
            first = by_text[nk]
            if first == nil then by_text[nk] = n end
          end
        end
        -- (nil: the first note with its text)
        if first ~= nil then
          if first.category == note or first.category ~= "job" then
            f.dups[#f.dups + 1] = { n, first }    -- (or a gain that is also a pain)
          else
            f.cross[#f.cross + 1] = { first, n }
          end
        end
      end
      if want_scale and rawget(n, scale) == nil then f.unscored[#f.unscored + 1] = n end
      if want_who then
        local w = rawget(n, "who")
        if w ~= nil then
          local wk = normalize(w)
          if not who_seen[wk] then
            who_seen[wk] = true
            f.who[#f.who + 1] = n
          end
        end
      end
      if is_job then
        local kind = rawget(n, "kind")
        if kind then
          f.kinds[kind] = true
          f.jobs_kinded = f.jobs_kinded + 1
        end
        if want_outcome then
          local why = outcome(text)   -- (it lowers the first words alone)
          if why then f.outcome[#f.outcome + 1] = { n, why } end
        end
      elseif (want_vague or want_mirror) and not any_of(text, "0123456789") then
        -- a note with a digit is measurable, so not vague, and has the
        -- digit in its mirror key (a gain with one is measurable), so
        -- neither side of a mirror can have one: only the others are read
        l = lower(text)
        if want_vague then
          local why = vague(text, l)
          if why then f.vague[#f.vague + 1] = { n, why } end
        end
        if want_mirror then
          -- every note gets a key; a pair is a mirror when one side has an
          -- antonym or a negation ("No live bus times" / "Live bus times")
          local mk, marked = mirror_key(text, true, l)
          if mk then
            if is_pain then
              if pains_by_mirror[mk] == nil then pains_by_mirror[mk] = { n, marked } end
            else
              local p = pains_by_mirror[mk]
              if p and (marked or p[2]) and normalize(p[1].text) ~= normalize(text)
                  and not measurable(text) then
                f.mirrors[#f.mirrors + 1] = { n, p[1] }
              end
            end
          end
        end
      end
      if index then
        local name = mention(index, text, l)
        if name then f.mentions[#f.mentions + 1] = { n, name } end
      end
    end
  end
  return f
end

-- The facts of the model S for the facts named in `need` (a set).
function M.run(S, need)
  local facts = {}
  local index
  if need.mentions then
    local names = product_names(S)
    if #names > 0 then index = wording.names_index(names) end
  end
  for _, seg in ipairs(S.segments) do
    facts[seg] = segment_facts(seg, need, index)
  end
  return facts
end

return M
