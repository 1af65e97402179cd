-- Text heuristics for the rules about how notes are worded: the key that
-- folds a note for comparing (CS007), whether it states something
-- measurable, vague pains and gains (CS005), jobs worded as results
-- (CS006), gains that only mirror a pain (CS020) and notes that name the
-- business's own products (CS008).
--
-- The checks run these on every note of a canvas, up to a million, so each
-- function costs about a microsecond on a short note: the word lists are
-- tables built once when the module loads, the text is lower-cased once
-- per call, no closure or table is made per call (the word buffers are
-- reused; Lua runs one call at a time and nothing here yields), and the
-- cheap tests come first.
--
-- English only. string.lower folds ASCII only, so "É" and "é" stay
-- different. measurable, vague, outcome and mirror_key read words as runs
-- of ASCII letters, so apostrophes, hyphens and anything else split them
-- ("don't" is "don" "t", "Wi-Fi" is "wi" "fi", "café" is "caf"), and
-- typographic quotes and dashes separate words as spaces do. mention keeps
-- UTF-8 letters and digits in its words.
--
-- Each test has a fast path and a slow one. The fast path is one
-- string.gsub of the lower-cased note's words through a table that maps
-- the listed words to a capital letter (a marker: lower() leaves none in
-- the text) or to nothing, then plain string.find calls for the markers:
-- most notes end there. Only a note the fast path picks out is read word
-- by word, to name the words in the reason or to build a key. (A pattern
-- search costs about 10 ns a character, a plain find or a table look-up
-- a few tens of ns; the word lists cost nothing per call.)
--
-- These are heuristics: they look at words, not at grammar or meaning.
-- The limits of each are written at the function. A function that takes
-- `lowered` (lower(text), when the caller has made it already) trusts a
-- caller that gives it: text is then a string.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local M = {}

local find, sub, byte, lower, gsub, match = string.find, string.sub, string.byte, string.lower,
  string.gsub, string.match
local concat, sort = table.concat, table.sort
local type = type

-- The set of the words in a space-separated list (each word -> value, or
-- true); `into` adds to a set.
local host = require "canvas.c"
local wordset = host.wordset
local function set(words, value, into)
  if value == nil then value = true end
  return wordset(words, value, into)
end

-- The big lists (hundreds of words each) are word maps (src/wordmap.c),
-- made when canvas is built from checks/wordlists.lua: read as tables are,
-- map[w], and map_words(s, map) is gsub(s, "%a+", map) for their string
-- values, without a string made for each word of s. With the stdlib read
-- from a folder (CANVAS_STDLIB) there are none built in, and the lists
-- are made from the file, so that an edit shows at once.
local map_words = host.map_words
local LISTS = host.wordmaps() or require "canvas.checks.wordlists"

-- General punctuation (U+2000..U+203F, three bytes from \226\128) as
-- gsub's replacement table: the single quotes to apostrophes, the rest to
-- spaces. Only mention() needs it: its words keep bytes above 127.
local PUNCT = {}
for c = 128, 191 do PUNCT["\226\128" .. string.char(c)] = " " end
PUNCT["\226\128\152"], PUNCT["\226\128\153"] = "'", "'"

-- The text with typographic punctuation and no-break spaces as spaces.
local function fold(s)
  if find(s, "\226\128", 1, true) then s = gsub(s, "\226\128[\128-\191]", PUNCT) end
  if find(s, "\194\160", 1, true) then s = gsub(s, "\194\160", " ") end
  return s
end

-- A digit, %, $, the euro or the pound sign.
local any_of = host.any_of   -- find(s, "[...]") for a set of bytes, faster
local find_lower = host.find_lower   -- find(lower(s), w, 1, true), no string made
M.any_of = any_of
local function numeric(l)
  return any_of(l, "0123456789%$") or find(l, "\226\130\172", 1, true)
    or find(l, "\194\163", 1, true)
end

---------------------------------------------------------------------------
-- normalize(text) -> key
---------------------------------------------------------------------------
-- The bytes that may end a note and go: space and . ! ? , ; : (166 is the
-- last byte of the ellipsis, checked in full in the slow path).
local TRAIL = { [32] = true, [46] = true, [33] = true, [63] = true, [44] = true,
                [59] = true, [58] = true, [166] = true }

-- The note folded for comparing notes (CS007): lower case, each run of
-- white space (space, tab, newline, carriage return, no-break space) one
-- space, no space at either end and no final . ! ? , ; : or ellipsis.
-- "Queue is slow." and "  queue IS slow " give "queue is slow". When
-- lower() alone does it (the usual case), that and five plain finds are
-- all it costs.
function M.normalize(text, lowered)
  if not lowered and type(text) ~= "string" then text = tostring(text) end
  local l = lowered or lower(text)
  local n = #l
  if n == 0 then return l end
  -- (a byte 194 may start a no-break space: such notes take the long way)
  if byte(l, 1) ~= 32 and not TRAIL[byte(l, n)] and not any_of(l, "\t\n\r\194")
     and not find(l, "  ", 1, true) then
    return l
  end
  l = gsub(gsub(l, "\194\160", " "), "[ \t\n\r]+", " ")
  local i, j = 1, #l
  if byte(l, 1) == 32 then i = 2 end   -- one space at most: runs are folded
  while j >= i do
    local c = byte(l, j)
    if c == 166 then
      if j - 2 >= i and byte(l, j - 1) == 128 and byte(l, j - 2) == 226 then j = j - 3 else break end
    elseif TRAIL[c] then
      j = j - 1
    else
      break
    end
  end
  return sub(l, i, j)
end
local normalize = M.normalize

---------------------------------------------------------------------------
-- The word classes of measurable() and vague()
---------------------------------------------------------------------------
-- Each word has at most one class:
--   MEAS     a number word, unit, frequency or time of day: measurable
--   DEGREE   "how much" words: better, faster, more, expensive, hard ...
--   FEEL     "how it feels" words: annoying, good, bad, nice ...
--   WHAT     "which one" words: problems, issues, stuff, hassle ...
--   TOO      "too", which makes the next word vague ("too long")
--   TOPIC    bare topics: quality, price, speed, service, experience ...
--   FILL     small words that carry no content: the, is, to, get, use ...
-- Any other word is a content word.
-- (MEAS, "meas", is read through CODE only)
local DEGREE, FEEL, WHAT, TOO, TOPIC, FILL = "degree", "feel", "what", "too", "topic", "fill"
-- The words of each class are in two word maps (checks/wordlists.lua):
-- CLASS (word -> class) and CODE, the fast path's map: measurable words to
-- M, vague words to V, topics to T, filler to nothing; content words stay
-- (in lower case).
local CLASS, CODE = LISTS.CLASS, LISTS.CODE

-- Abstract nouns standing alone ("Happiness", "Transparency") are topics.
local function abstract(w)
  return find(w, "..ity$") or find(w, "..ness$") or find(w, "..[ae]nc[ey]$")
end

---------------------------------------------------------------------------
-- measurable(text) -> boolean
---------------------------------------------------------------------------
-- Does the note state something measurable: a digit, % $ € or £, a number
-- word (one .. twelve, twenty, hundred, twice, half, dozen, once), a unit
-- (minutes, days, km, kg, euros, dollars, mmol ...), a frequency (daily,
-- per ..., every ...) or a time of day (noon, pm, overnight, tomorrow;
-- "7 am" counts by its digit, "am" alone is the verb)? Limits: a unit
-- counts without a number ("within a day", "for days"); "more than the
-- bus" does not count; "one" counts wherever it stands ("no one answers").
function M.measurable(text)
  if type(text) ~= "string" then return false end
  local l = lower(text)
  if numeric(l) then return true end
  return find(map_words(l, CODE), "M", 1, true) ~= nil
end
local measurable = M.measurable

---------------------------------------------------------------------------
-- vague(text) -> nil | reason
---------------------------------------------------------------------------
-- CS005 for a pain or gain. Nothing measurable (see measurable), and
-- either (1) one or more vague words (DEGREE, FEEL, WHAT above, or "too"
-- and the next word) with at most two content words beside them
-- ("Waiting is annoying", "Problems with delivery", "Bank fees are too
-- high"), or (2) no vague word and nothing but topic words ("Quality",
-- "Price and speed"), or a lone abstract noun ("Transparency").
-- A content word is one in no list: "Slow Wi-Fi drops video calls with
-- clients" has a vague word and six content words, so it passes; a note
-- that says what happens, where or when is taken as specific.
-- "Low" and "high" after "a", "the" or "night" are nouns (a hypo, a
-- hyper: "Fear of a night low"), so content words.
-- Limits: the count of content words stands in for "says what happens";
-- "High blood sugar" (two content words) is flagged, "Easy to top up the
-- card at the kiosk" (three) is not. Words missing from the lists ("meh",
-- "subpar") are content words.
local REASON = {
  [DEGREE] = { " says how much only with a number", " say how much only with a number" },
  [FEEL] = { " says how it feels, not what happens or how often",
             " say how it feels, not what happens or how often" },
  [WHAT] = { " does not say which, how often or how bad", " do not say which, how often or how bad" },
}
local TOPIC_REASON = '" alone names a topic, not a pain or gain'
local MAX_CONTENT = 2

-- "a low", "night high": nouns (a hypo, a hyper), not degrees.
local NOUN_AFTER = set "a the night morning evening nightly"
local NOUN_WORD = set "low high"

-- The slow path, for a note that the fast path picked out: it reads the
-- words again (content words counted as the fast path does, plus the
-- nouns above), and names the vague ones in the reason.
local function vague_reason(l)
  local v1, v2, kind, topic, prev
  local too = false               -- the word before was "too"
  local content = 0
  local pos = 1
  while true do
    local a, b = find(l, "%a+", pos)
    if not a then break end
    pos = b + 1
    local w = sub(l, a, b)
    local c = CLASS[w]
    if NOUN_WORD[w] and NOUN_AFTER[prev] then c = nil end
    local after_too = too
    too = false
    if after_too and c ~= FILL then   -- "too slow", "too noisy": the pair is vague
      local pair = "too " .. w
      if not v1 then v1, kind = pair, DEGREE elseif not v2 and pair ~= v1 then v2 = pair end
    end
    if c == TOO then
      too = true
    elseif c == DEGREE or c == FEEL or c == WHAT then
      if not after_too then
        if not v1 then v1, kind = w, c elseif not v2 and w ~= v1 then v2 = w end
      end
    elseif c == TOPIC then
      topic = topic or w
    elseif c ~= FILL then
      content = content + 1
    end
    prev = w
  end
  if content > MAX_CONTENT then return nil end
  if v1 then
    local r = REASON[kind]
    if v2 then return '"' .. v1 .. '" and "' .. v2 .. '"' .. r[2] end
    return '"' .. v1 .. '"' .. r[1]
  end
  if topic then return '"' .. topic .. TOPIC_REASON end
  return nil
end

function M.vague(text, lowered)
  if not lowered and type(text) ~= "string" then return nil end
  if numeric(text) then return nil end     -- measurable, whatever the words: the fast way out
  local l = lowered or lower(text)
  local r = map_words(l, CODE)
  local v = find(r, "V", 1, true)
  if not v and not find(r, "T", 1, true) then
    -- no vague word, no topic: only a lone abstract noun is vague, in a
    -- note of one or two words
    local sp = find(l, " ", 1, true)
    if sp and find(l, " ", sp + 1, true) then return nil end
    local a, b = find(r, "%l+")
    if not a or find(r, "%l", b + 1) or find(r, "M", 1, true) or numeric(l) then return nil end
    local w = sub(r, a, b)
    if abstract(w) then return '"' .. w .. TOPIC_REASON end
    return nil
  end
  -- measurable (digits and signs are kept in r, which is shorter than l)
  if find(r, "M", 1, true) or numeric(r) then return nil end
  if v then
    -- vague words, and three content words or more: specific enough
    if find(r, "%l+%L+%l+%L+%l") then return nil end      -- MAX_CONTENT is 2
  elseif find(r, "%l") then
    return nil                                                -- a topic and content
  end
  return vague_reason(l)
end

---------------------------------------------------------------------------
-- outcome(text) -> nil | reason
---------------------------------------------------------------------------
-- CS006 for a job. A job is what the customer does, so it opens with a
-- verb ("Keep ...", "Compare ...", "Feel sure ...", "Be seen as ...") or
-- names a task ("Weekly grocery shopping"). A note reads as a result when
-- (after a leading "a", "an" or "the")
--   - its first word is a comparative, superlative or result adjective or
--     participle: "Lower costs", "Faster delivery", "Less waiting", "Best
--     price", "Reduced paperwork", "Saved time", "Happy customers", "No
--     missed doses", "Peace of mind", "On-time arrival";
--   - or its second or third word is a result participle after a noun:
--     "Time saved on reporting", "Costs reduced by automation";
--   - or its second word is "free": "Hassle-free returns".
-- First words that are also verbs ("lower", "better", "free", "fast",
-- "calm", "smooth", "perfect", "secure", "prompt", "profit") count only
-- when no verb reading shows: a determiner or pronoun as the second or
-- third word ("Lower the monthly payment", "Better understand my
-- spending"), or a particle or preposition as the second ("Free up an
-- hour", "Fast before the blood test") makes them verbs.
-- Limits: it reads the first four words only. A result worded as a clause
-- ("Customers who come back") or as a state without a result word ("All
-- readings in one place") passes; a task that opens with one of the
-- result words ("Higher maths homework") is flagged.
-- The result words, by category (checks/wordlists.lua: OUT).
local OUT = LISTS.OUT
local CUT, GROW, SPEED, QUALITY, STATE = "cut", "grow", "speed", "quality", "state"

-- First words that are verbs too.
local AMBIGUOUS = set "lower better free fast calm smooth perfect secure prompt profit"
-- After one of those, signs of a verb: a determiner or pronoun (second or
-- third word), a particle or preposition (second word).
local DET = set "the a an my our your their his her its this these those me us them it him"
local PARTICLE = set [[up down off out away before after during until for from
  with into onto over through]]
-- Participles that name a result when they follow a noun.
local RESULT = set [[saved reduced lowered increased improved solved eliminated
  avoided minimized minimised halved doubled cut met gone boosted]]
-- First words that take a participle as a verb does ("Get costs reduced").
local VERBISH = set "get gets getting got have has having keep keeping see make let stay feel be being"

local HINT = {
  [CUT] = '"Cut down on ..."', [GROW] = '"Grow ..." or "Win ..."',
  [SPEED] = '"Get ... done by ..."', [QUALITY] = '"Get ..." or "Keep ..."',
}
local COSTWORD = set [[cost costs price prices fee fees bill bills premium premiums
  rate rates interest spending expenses charges]]

local function outcome_reason(phrase, example)
  return 'it names a result ("' .. phrase .. '"), not a task; write what the customer does, e.g. '
    .. example
end

function M.outcome(text, lowered)
  if not lowered and type(text) ~= "string" then return nil end
  -- the words are lowered one by one: only the first few are read, and a
  -- note's lowered text would be a string made for nothing
  local s = lowered or text
  -- most jobs open with a verb: decided by the first word alone
  local w1 = lower(match(s, "^%A*(%a*)"))
  if w1 ~= "a" and w1 ~= "an" and w1 ~= "the" and w1 ~= "on" and not OUT[w1]
      and (w1 == "" or VERBISH[w1] or CLASS[w1] == FILL) then
    return nil
  end
  local w2, w3, w4
  w1, w2, w3, w4 = match(s, "^%A*(%a*)%A*(%a*)%A*(%a*)%A*(%a*)")
  w1, w2, w3, w4 = lower(w1), lower(w2), lower(w3), lower(w4)
  if w1 == "a" or w1 == "an" or w1 == "the" then w1, w2, w3 = w2, w3, w4 end
  if w1 == "" then return nil end
  local cat = OUT[w1]
  if w1 == "on" and w2 == "time" then cat = SPEED end
  if cat then
    if AMBIGUOUS[w1] and (w2 == "" or PARTICLE[w2] or DET[w2] or DET[w3]) then return nil end
    local phrase = w2 ~= "" and (w1 .. " " .. w2) or w1
    if cat == STATE then
      if w1 == "peace" or w2 == "" or CLASS[w2] == FILL then return outcome_reason(phrase, '"Feel ..."') end
      return outcome_reason(phrase, '"Keep ' .. w2 .. " " .. w1 .. '" or "Feel ..."')
    end
    if cat == CUT and COSTWORD[w2] then return outcome_reason(phrase, '"Cut the cost of ..."') end
    return outcome_reason(phrase, HINT[cat])
  end
  if w2 == "" or VERBISH[w1] or CLASS[w1] == FILL then return nil end
  if w2 == "free" then return outcome_reason(w1 .. "-free", '"Do ... without ' .. w1 .. '"') end
  if RESULT[w2] then return outcome_reason(w1 .. " " .. w2, '"Cut the time spent on ..."') end
  if RESULT[w3] and CLASS[w2] ~= FILL then
    return outcome_reason(w1 .. " " .. w2 .. " " .. w3, '"Cut the time spent on ..."')
  end
  return nil
end

---------------------------------------------------------------------------
-- mirror_key(text[, always]) -> key | nil, marked
-- mirrored(pain_text, gain_text) -> boolean
---------------------------------------------------------------------------
-- CS020: a gain that is only a pain turned round. The key drops filler
-- and negations, maps each word of an antonym family to one token, takes
-- plurals off ("queues" -> "queue") and sorts the words, so "Queue is
-- slow" and "Queue is fast" both give "<speed> queue", "Checkout takes too
-- long" and "Checkout is quick" both give "<speed> checkout", and "No live
-- bus times" and "Live bus times" both give "bus live time". The engine
-- finds mirrors by hashing pains on their key and looking gains up, never
-- comparing all pairs.
--
-- A note with no antonym word and no negation ("Live bus times") gets nil
-- by default: it cannot be the marked side of a mirror. With `always`, it
-- gets its key too, and the second result says whether the note was
-- marked (had an antonym word or a negation): a mirror needs equal keys
-- and at least one side marked. mirrored() does exactly that; an engine
-- that hashes needs `always` on both sides to catch mirrors made by a
-- negation alone ("No live bus times" / "Live bus times").
--
-- Limits: it knows the antonym families listed below, not synonyms nor
-- paraphrase ("Queue is slow" / "Queue moves fast" differ by "moves");
-- word order is ignored, so notes made of the same words in another order
-- share a key; "<speed>" also covers long/short, so "Long queue" and
-- "Slow queue" share a key; negations are dropped, not paired, so two
-- pains "Slow queue" and "Queue not slow" share one too; the plural rule
-- is crude ("buses" -> "buse" while "bus" stays).
-- The words' codes (checks/wordlists.lua: MCODE): negations to "<", small
-- words to nothing, the antonym families to their tokens ("<speed>"), and
-- a word with a negative prefix to its base marked ("uncomfortable" is "<
-- comfortable", or the base's family).
local MCODE = LISTS.MCODE

local K, klen = {}, 0      -- the key's words, reused

function M.mirror_key(text, always, lowered)
  if not lowered and type(text) ~= "string" then return nil, false end
  local l = lowered or lower(text)
  if find(l, "on time", 1, true) then l = gsub(l, "%f[%a]on time%f[%A]", "ontime") end
  local r = map_words(l, MCODE)           -- negations to "<", antonyms to "<family>"
  local marked = find(r, "<", 1, true) ~= nil
  if not (marked or always) then return nil, false end
  local n, pos = 0, 1
  while true do
    local a, b = find(r, "[<%w>]+", pos)
    if not a then break end
    pos = b + 1
    local w
    if a == b and byte(r, a) == 60 then                             -- a negation: dropped
      w = nil
    elseif byte(r, a) == 60 or b - a < 3 or byte(r, b) ~= 115 then -- "<": a family
      w = sub(r, a, b)
    elseif byte(r, b - 1) == 101 and byte(r, b - 2) == 105 then   -- "ies" -> "y"
      w = sub(r, a, b - 3) .. "y"
    else
      local c2 = byte(r, b - 1)                                     -- not ss, us, is
      w = (c2 == 115 or c2 == 117 or c2 == 105) and sub(r, a, b) or sub(r, a, b - 1)
    end
    if w then
      n = n + 1
      K[n] = w
    end
  end
  for i = n + 1, klen do K[i] = nil end
  klen = n
  if n == 0 then return nil, marked end
  if n > 1 then
    sort(K)
    -- the same word twice counts once ("too long and slow")
    local j = 1
    for i = 2, n do
      if K[i] ~= K[j] then j = j + 1; K[j] = K[i] end
    end
    n = j
  end
  return concat(K, " ", 1, n), marked
end
local mirror_key = M.mirror_key

-- A gain that only mirrors the pain: the same key, at least one of the two
-- marked, different texts (the same note twice is not a mirror), and the
-- gain states no measurable target ("Checkout in under 3 minutes").
function M.mirrored(pain, gain)
  if type(pain) ~= "string" or type(gain) ~= "string" then return false end
  if measurable(gain) then return false end
  local kp, mp = mirror_key(pain, true)
  if not kp then return false end
  local kg, mg = mirror_key(gain, true)
  return kp == kg and (mp or mg) and normalize(pain) ~= normalize(gain)
end

---------------------------------------------------------------------------
-- names_index(names) -> index; mention(index, text) -> name | nil
---------------------------------------------------------------------------
-- CS008: does a note name one of the business's own products or value
-- propositions, as a whole word or phrase, in any case? Words here are
-- runs of letters (UTF-8 ones too) and digits; apostrophes and hyphens
-- split them, so "CardShield's alerts" names "CardShield". The index maps
-- each name's words to the name, with the set of first words and of every
-- leading part of a longer name; mention() marks the note's words that
-- start a name (one gsub) and, only if there is one, extends a phrase
-- from there while it is the start of some name: the time does not
-- depend on the number of names. A longer name wins over a shorter one at
-- the same place ("Tidepool Mobile" over "Tidepool").
--
-- One-word names that are common English words or of one or two letters
-- ("App", "Offer", "Go") would match ordinary notes ("Open the app"), so
-- they count only written with the name's own capitals, and not as the
-- note's first word, where a capital says nothing ("App crashes at night"
-- does not count, "Wants the App to remember the card" does) unless the
-- name's capitals are unusual ("GO", "eBay"). Names of two words or more
-- count whatever their case ("early run" matches "Early run"), which can
-- hit the phrase in its ordinary sense.
-- Limits: the list of common words holds a few hundred; a name written
-- without its spaces or with extra ones ("Card Shield") is missed.
local COMMON = LISTS.COMMON   -- (checks/wordlists.lua)
-- Too common to be a product's name: those words, and every word of the
-- classes above and of the result words.
local function too_common(w) return COMMON[w] or CLASS[w] ~= nil or OUT[w] ~= nil end

local NAMEWORD = "[%w\128-\255]+"
local NW = {}   -- a note's words, reused

-- The words of s into buffer T (entries past the count are stale): count.
local function words_of(s, T)
  local n, pos = 0, 1
  while true do
    local a, b = find(s, NAMEWORD, pos)
    if not a then return n end
    pos = b + 1
    n = n + 1
    T[n] = sub(s, a, b)
  end
end

-- A name's words, lower-cased, into W: their count. A one-word name that
-- is too common or short counts by its written form only (index.exact):
-- that is 0 here.
local function name_words(name, W)
  local n = words_of(lower(fold(name)), W)
  if n == 1 and (too_common(W[1]) or #W[1] <= 2) then return 0 end
  return n
end

-- The phrases of the names: full, the words of a name -> the name; part,
-- the leading words of longer names; longest, the most words of a name.
-- Made when a note first has a word that starts a name, which most never
-- do: a check of a small script then makes none.
local function phrases(index)
  local full, part, longest, W = {}, {}, 0, {}
  for _, name in ipairs(index.names) do
    local n = name_words(name, W)
    if n > 0 then
      local key = concat(W, " ", 1, n)
      if full[key] == nil then full[key] = name end
      for i = 1, n - 1 do part[concat(W, " ", 1, i)] = true end
      if n > longest then longest = n end
    end
  end
  index.full, index.part, index.longest = full, part, longest
end

function M.names_index(names)
  -- first: the first words; exact: common one-word names, as written ->
  -- the name; mark: gsub's table, lower-cased first words to "A", common
  -- one-word names to "B", a word that is both to "AB"; full, part and
  -- longest (phrases) wait until a note needs them
  local index = { first = {}, exact = {}, anywhere = {}, mark = {}, names = {} }
  local common = {}
  for _, name in ipairs(type(names) == "table" and names or {}) do
    if type(name) == "string" then
      local l = lower(fold(name))
      local a, b = find(l, NAMEWORD)
      if a then
        local w1 = sub(l, a, b)
        if not find(l, NAMEWORD, b + 1) and (too_common(w1) or #w1 <= 2) then
          local word = match(fold(name), NAMEWORD)
          if index.exact[word] == nil then
            index.exact[word] = name
            common[w1] = true
            -- capitals inside the word ("eBay") or only capitals ("GO")
            if find(word, "^.-%l.-%u") or not find(word, "%l") then index.anywhere[word] = true end
          end
        else
          index.first[w1] = true
          index.names[#index.names + 1] = name
        end
      end
    end
  end
  for w in pairs(index.first) do index.mark[w] = common[w] and "AB" or "A" end
  for w in pairs(common) do index.mark[w] = index.mark[w] or "B" end
  -- with few words that can start a name, a plain search for each of them
  -- turns most notes away before any word is read
  local probe = {}
  for w in pairs(index.mark) do probe[#probe + 1] = w end
  if #probe <= 16 then index.probe = probe end
  return index
end

function M.mention(index, text, lowered)
  if lowered then
    if not index then return nil end
  elseif type(text) ~= "string" or type(index) ~= "table" then
    return nil
  end
  local probe = index.probe
  if probe then
    local hit = false
    for i = 1, #probe do
      -- (in the lowered text, made only when one is found)
      if (lowered and find(lowered, probe[i], 1, true)) or (not lowered and find_lower(text, probe[i])) then
        hit = true
        break
      end
    end
    if not hit then return nil end
  end
  local s = fold(text)
  local l = (s == text and lowered) or lower(s)
  local r = gsub(l, NAMEWORD, index.mark)
  if find(r, "A", 1, true) then
    if not index.full then phrases(index) end
    local full, part, first, longest = index.full, index.part, index.first, index.longest
    local n = words_of(l, NW)
    for i = 1, n do
      local phrase = NW[i]
      if first[phrase] then
        local best, j = nil, i
        while true do
          best = full[phrase] or best
          if j == n or j - i + 1 >= longest or not part[phrase] then break end
          j = j + 1
          phrase = phrase .. " " .. NW[j]
        end
        if best then return best end
      end
    end
  end
  if find(r, "B", 1, true) then
    local exact, anywhere = index.exact, index.anywhere
    local n = words_of(s, NW)
    for i = 1, n do
      local w = NW[i]
      local hit = exact[w]
      if hit and (i > 1 or anywhere[w]) then return hit end
    end
  end
  return nil
end

return M
