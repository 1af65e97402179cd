-- The help system: finding a topic (help/topics.lua) by a word the user
-- types, and writing a topic or the index of topics through a writer
-- (util/text's: line, style, flush). Used by help() in the REPL and by
-- `canvas help TOPIC`.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_find, str_match, str_gmatch, str_gsub =
  string.find, string.match, string.gmatch, string.gsub
local suggest = require "canvas.util.suggest"
local text = require "canvas.util.text"

local M = {}

M.topics = require "canvas.help.topics"

-- The index group that the REPL's words are listed under; a concept topic
-- with `repl = N` is listed there too, as its Nth word.
M.REPL = "In the REPL"

local lower = string.lower

-- What a query and a topic's name, title and words are compared as: lower
-- case without spaces, hyphens, quotes or other punctuation, so that
-- "multi-sided", "Multi Sided", "multisided" and '"multi-sided"' are one.
local function key(s)
  return (str_gsub(lower(s), "[%s%p]", ""))
end
M.key = key

-- How good a match is: a name beats a title, a title beats a word.
local NAME, TITLE, WORD = 1, 2, 3

local by_name     -- name -> topic
local index       -- key -> list of { topic, how, order }, best first
local spellings   -- every name, title and word as written, with its key

local function build()
  if index then return end
  by_name, index, spellings = {}, {}, {}
  local function add(s, t, how, order)
    local k = key(s)
    if k == "" then return end
    local list = index[k]
    if not list then list = {}; index[k] = list end
    for _, e in ipairs(list) do
      if e.topic == t then
        if how < e.how then e.how = how end
        return
      end
    end
    list[#list + 1] = { topic = t, how = how, order = order }
    spellings[#spellings + 1] = { s = s, key = k, topic = t, how = how, order = order }
  end
  for i, t in ipairs(M.topics) do
    by_name[t.name] = t
    add(t.name, t, NAME, i)
    add(t.title, t, TITLE, i)
    for _, w in ipairs(t.words or {}) do add(w, t, WORD, i) end
  end
  for _, list in pairs(index) do
    table.sort(list, function(a, b)
      if a.how ~= b.how then return a.how < b.how end
      return a.order < b.order
    end)
  end
end

-- The topic of that name, or nil.
function M.topic(name)
  build()
  return by_name[name]
end

-- Other spellings of a key that the topics do not list: a plural for a
-- singular and the other way round.
local function variants(k)
  local out = {}
  if k:sub(-3) == "ies" then out[#out + 1] = k:sub(1, -4) .. "y" end
  if k:sub(-2) == "es" then out[#out + 1] = k:sub(1, -3) end
  if k:sub(-1) == "s" then out[#out + 1] = k:sub(1, -2) end
  if k:sub(-1) ~= "s" then out[#out + 1] = k .. "s" end
  return out
end

local function names_of(list, skip)
  local out, seen = {}, { [skip or false] = true }
  for _, e in ipairs(list) do
    local t = e.topic or e
    if not seen[t] then
      seen[t] = true
      out[#out + 1] = t.name
    end
  end
  return out
end

local MAX_SUGGESTIONS = 5

-- Topics whose name, title or words are close to k: did you mean.
local function close(query, k)
  local limit = math.max(1, #k // 3)
  local found = {}
  for _, sp in ipairs(spellings) do
    local d = suggest.distance(k, sp.key, limit)
    if d > limit and #k >= 4 and (sp.key:sub(1, #k) == k or k:sub(1, #sp.key) == sp.key) then
      d = limit
    end
    if d <= limit then
      found[#found + 1] = { topic = sp.topic, d = d, how = sp.how, order = sp.order }
    end
  end
  if #found == 0 then
    -- several words: the topic sharing most of them
    local texts = {}
    for _, sp in ipairs(spellings) do texts[#texts + 1] = sp.s end
    local c = suggest.closest_phrase(query, texts)
    if c then
      for _, sp in ipairs(spellings) do
        if sp.s == c then found[1] = { topic = sp.topic, d = 0, how = sp.how, order = sp.order } end
      end
    end
  end
  table.sort(found, function(a, b)
    if a.d ~= b.d then return a.d < b.d end
    if a.how ~= b.how then return a.how < b.how end
    return a.order < b.order
  end)
  local out = names_of(found)
  while #out > MAX_SUGGESTIONS do out[#out] = nil end
  return out
end

-- Topics whose text or title mentions the query (as typed, any case).
local function mentions(query)
  local q = str_gsub(str_gsub(lower(query), "^[%s\"']+", ""), "[%s\"']+$", "")
  local out = {}
  if q == "" then return out end
  for _, t in ipairs(M.topics) do
    if str_find(lower(t.text), q, 1, true) or str_find(lower(t.title), q, 1, true) then
      out[#out + 1] = t.name
    end
  end
  return out
end

-- find(query) -> topic, others: the topic whose name, title or word the
-- query is (case, spaces, hyphens and quotes aside; a plural or singular
-- the topic does not list works too), preferring a name, then a title,
-- then the first topic listing the word; `others` names the other topics
-- the query also matches. For a query that matches no topic:
-- nil, suggestions, how: how is "did-you-mean" when suggestions are
-- topics with a name or word close to it, "mentions" when they are topics
-- whose text mentions it; with nothing to suggest, nil, {}, nil.
function M.find(query)
  if type(query) ~= "string" then return nil, {} end
  build()
  local k = key(query)
  if k == "" then return nil, {} end
  local list = index[k]
  if not list then
    for _, v in ipairs(variants(k)) do
      list = index[v]
      if list then break end
    end
  end
  if list then
    return list[1].topic, names_of(list, list[1].topic)
  end
  local near = close(query, k)
  if #near > 0 then return nil, near, "did-you-mean" end
  local seen = mentions(query)
  if #seen > 0 then return nil, seen, "mentions" end
  return nil, {}
end

-- Every topic name and word, sorted, each once: what may follow help ".
function M.names()
  build()
  local set, out = {}, {}
  for _, t in ipairs(M.topics) do
    for _, s in ipairs({ t.name, table.unpack(t.words or {}) }) do
      if not set[s] then set[s] = true; out[#out + 1] = s end
    end
  end
  table.sort(out)
  return out
end

---------------------------------------------------------------------------
-- Rendering
---------------------------------------------------------------------------

local function trim(s)
  return (str_gsub(str_gsub(s, "^%s+", ""), "%s+$", ""))
end

-- s split into lines of at most w columns at spaces only, so that names
-- such as "undesired-outcome" stay whole; `units` (a list of texts that
-- may hold spaces, such as "CS004 unranked-note,") are kept whole too when
-- they fit. What is wider than a line is broken by text.wrap.
local function fill(units, w)
  local lines, cur, curw = {}, {}, 0
  local function push()
    lines[#lines + 1] = table.concat(cur, " ")
    cur, curw = {}, 0
  end
  local function add(u)
    local uw = text.width(u)
    if #cur > 0 and curw + 1 + uw > w then push() end
    if uw > w then
      if str_find(u, " ", 1, true) then
        for word in str_gmatch(u, "%S+") do add(word) end
        return
      end
      for _, piece in ipairs(text.wrap(u, w)) do cur[1] = piece; push() end
      return
    end
    cur[#cur + 1] = u
    curw = curw + (#cur > 1 and 1 or 0) + uw
  end
  for _, u in ipairs(units) do add(u) end
  if #cur > 0 or #lines == 0 then push() end
  return lines
end

local function words_of(s)
  local out = {}
  for word in str_gmatch(s, "%S+") do out[#out + 1] = word end
  return out
end

-- Lines of s (a text, or a list of units for fill) wrapped to `width`, the
-- first starting with `first` and the others with `rest` (both counted in
-- the width).
local function wrap_into(lines, s, width, first, rest)
  local w = math.max(1, width - math.max(text.width(first), text.width(rest)))
  local units = type(s) == "table" and s or words_of(s)
  for i, l in ipairs(fill(units, w)) do
    lines[#lines + 1] = (i == 1 and first or rest) .. l
  end
end

-- A list of names as units for fill: "a,", "b,", "c".
local function listed(items)
  local out = {}
  for i, s in ipairs(items) do out[i] = s .. (i < #items and "," or "") end
  return out
end

local LIST_ITEM = { "^(%s*[-*] )(.*)$", "^(%s*%d+[.)] )(.*)$" }

local function item_start(line)
  for _, p in ipairs(LIST_ITEM) do
    local marker, rest = str_match(line, p)
    if marker then return marker, rest end
  end
end

-- One paragraph of a topic's text as lines. Prose is flowed; a line that
-- starts with "- " or "1. " starts a list item, which indented lines
-- continue and which is wrapped with a hanging indent; other indented
-- lines (a call, a line of script) are kept as written.
local function paragraph(lines, para, width)
  local state, marker, body = nil, nil, nil
  local function flush()
    if state == "item" then
      wrap_into(lines, body, width, marker, string.rep(" ", text.width(marker)))
    elseif state == "prose" then
      wrap_into(lines, body, width, "", "")
    end
    state, marker, body = nil, nil, nil
  end
  for _, l in ipairs(para) do
    local m, rest = item_start(l)
    if m then
      flush()
      state, marker, body = "item", m, rest
    elseif state == "item" and str_match(l, "^%s") then
      body = body .. " " .. trim(l)
    elseif state ~= "prose" and str_match(l, "^%s") then
      flush()
      lines[#lines + 1] = (str_gsub(l, "%s+$", ""))
    elseif state == "prose" then
      body = body .. " " .. trim(l)
    else
      flush()
      state, body = "prose", trim(l)
    end
  end
  flush()
end

-- The lines of a topic's text, wrapped to width, paragraphs apart.
local function body_lines(s, width)
  local lines, para = {}, {}
  local function flush()
    if #para > 0 then
      if #lines > 0 then lines[#lines + 1] = "" end
      paragraph(lines, para, width)
      para = {}
    end
  end
  for l in str_gmatch(s .. "\n", "(.-)\r?\n") do
    if str_match(l, "^%s*$") then flush() else para[#para + 1] = l end
  end
  flush()
  return lines
end

-- A labelled line ("See also: a, b, c"), wrapped with a hanging indent and
-- the label styled.
local function labelled(out, label, items, width)
  if #items == 0 then return end
  local lines, units = {}, listed(items)
  table.insert(units, 1, label)
  wrap_into(lines, units, width, "", "  ")
  lines[1] = out.style("bold", label) .. lines[1]:sub(#label + 1)
  for _, l in ipairs(lines) do out.line(l) end
end

local function rule_names(ids)
  local out = {}
  if #ids == 0 then return out end
  local registry = require "canvas.checks"
  for _, id in ipairs(ids) do
    local r = registry.rules[id]
    out[#out + 1] = r and (id .. " " .. r.name) or id
  end
  return out
end

local function clamp(width)
  width = math.tointeger(width) or 80
  return math.max(20, width)
end

-- Writes one topic: its title, its text wrapped to `width` (default 80),
-- the example script indented, the rules that check it, the example files
-- that show it and the related topics.
function M.render(topic, out, width)
  width = clamp(width)
  for _, l in ipairs(fill(words_of(topic.title), width)) do out.line(out.style("heading", l)) end
  out.line("")
  for _, l in ipairs(body_lines(topic.text, width)) do out.line(l) end
  if topic.example and trim(topic.example) ~= "" then
    out.line("")
    out.line(out.style("bold", "Example:"))
    for l in str_gmatch(str_gsub(topic.example, "%s+$", "") .. "\n", "(.-)\n") do
      out.line(l == "" and "" or "  " .. l)
    end
  end
  local rules, files, see = rule_names(topic.rules or {}), topic.examples or {}, topic.see or {}
  if #rules + #files + #see > 0 then
    out.line("")
    labelled(out, "Checked by:", rules, width)
    labelled(out, "See it in:", files, width)
    labelled(out, "See also:", see, width)
  end
  out.flush()
end

-- The groups of the index in order: { title = ..., names = { ... } }.
function M.groups()
  local groups, by_title = {}, {}
  local function into(title, name)
    local g = by_title[title]
    if not g then
      g = { title = title, names = {} }
      by_title[title] = g
      groups[#groups + 1] = g
    end
    g.names[#g.names + 1] = name
  end
  local repl, also = {}, {}
  for _, t in ipairs(M.topics) do
    if t.group == M.REPL then repl[#repl + 1] = t.name else into(t.group, t.name) end
    if t.repl then also[#also + 1] = t end
  end
  -- the REPL's words come last, whatever the order of the file; a concept
  -- that is also one of them takes the place its `repl` gives
  table.sort(also, function(a, b) return a.repl < b.repl end)
  for _, t in ipairs(also) do table.insert(repl, math.min(t.repl, #repl + 1), t.name) end
  for _, name in ipairs(repl) do into(M.REPL, name) end
  return groups
end

-- Writes the list of topics, grouped: the framework's concepts in the
-- order of the framework, then the REPL's words, and how to ask for one.
-- `how` is "repl" (the default: help "pains") or "cli" (canvas help pains).
function M.render_index(out, width, how)
  width = clamp(width)
  out.line(out.style("heading", "Help topics"))
  for _, g in ipairs(M.groups()) do
    out.line("")
    out.line(out.style("bold", g.title))
    local lines = {}
    wrap_into(lines, listed(g.names), width, "  ", "  ")
    for _, l in ipairs(lines) do out.line(l) end
  end
  out.line("")
  local ask
  if how == "cli" then
    ask = "canvas help NAME shows a topic, such as canvas help pains. A word of a topic "
      .. "finds it too: canvas help obstacle. In the REPL, write help \"pains\"."
  else
    ask = "help \"name\" shows a topic, such as help \"pains\". A word of a topic finds it "
      .. "too: help \"obstacle\". On the command line: canvas help pains."
  end
  local lines = {}
  wrap_into(lines, ask, width, "", "")
  for _, l in ipairs(lines) do out.line(l) end
  out.flush()
end

-- The message for a word that finds no topic: did-you-mean, the topics
-- that mention it, or where the list is. `list` says how to ask for it.
function M.not_found(query, list)
  local _, suggestions, how = M.find(query)
  local msg = "no help topic " .. text.quote(query)
  if suggestions and #suggestions > 0 then
    local q = {}
    for i, x in ipairs(suggestions) do q[i] = text.quote(x) end
    if how == "mentions" then return msg .. "; topics that mention it: " .. text.either(q, "and") end
    return msg .. "; did you mean " .. text.either(q) .. "?"
  end
  return msg .. "; " .. (list or "help()") .. " lists the topics"
end

return M
