-- canvas.help: the help topics (help/topics.lua), finding one by a word,
-- and writing a topic or the index through a writer. Every topic's example
-- is loaded by canvas itself, in a process of its own.
local t = require "tap"
local help = require "canvas.help"
local text = require "canvas.util.text"
local registry = require "canvas.checks"

local CANVAS = os.getenv("CANVAS") or "../../build/canvas"
local TOP = "../../"   -- the tests run in tests/unit

-- A writer like util/text's that keeps the lines; with `colour`, a styled
-- text shows as <style>text</>.
local function capture(colour)
  local w = { lines = {}, flushed = 0 }
  function w.line(s) w.lines[#w.lines + 1] = s end
  function w.flush() w.flushed = w.flushed + 1 end
  function w.style(name, s)
    if not colour then return s end
    return "<" .. name .. ">" .. s .. "</>"
  end
  return w
end

local function lines_of(s)
  local out = {}
  for l in (s:gsub("\n$", "") .. "\n"):gmatch("(.-)\n") do out[#out + 1] = l end
  return out
end

local function contains(list, x)
  for _, v in ipairs(list or {}) do if v == x then return true end end
  return false
end

local function sh_quote(s) return "'" .. s:gsub("'", "'\\''") .. "'" end

---------------------------------------------------------------------------
-- Every concept of the framework has a topic, found by its name and by a
-- word of it
---------------------------------------------------------------------------
local concepts = {
  { "segments", "segment" }, { "bases", "demographic" }, { "signs", "five signs" },
  { "need", "distinct need" }, { "channel", "distribution channel" },
  { "relationship", "customer relationship" }, { "profitability", "profitable" },
  { "willingness-to-pay", "willingness_to_pay" },
  { "market", "market pattern" }, { "mass", "mass market" }, { "niche", "niche market" },
  { "segmented", "segmented market" }, { "diversified", "diversified market" },
  { "multi-sided", "platform" },
  { "archetypes", "archetype" }, { "curator", "curators" }, { "broadcaster", "broadcasters" },
  { "tastemaker", "tastemakers" }, { "celebrity", "celebrities" },
  { "jobs", "job" }, { "functional-jobs", "functional job" }, { "social-jobs", "social job" },
  { "emotional-jobs", "personal job" }, { "supporting-jobs", "supporting job" },
  { "buyer", "buyer of value" }, { "co-creator", "cocreator" },
  { "transferor", "transferor of value" }, { "context", "job context" },
  { "importance", "crucial" },
  { "pains", "pain" }, { "pain-kinds", "kinds of pain" },
  { "functional-pains", "functional pain" }, { "social-pains", "social pain" },
  { "emotional-pains", "emotional pain" }, { "ancillary-pains", "ancillary" },
  { "pain-types", "pain type" }, { "undesired-outcomes", "undesired-outcome" },
  { "problems", "problem" }, { "characteristics", "characteristic" },
  { "obstacles", "obstacle" }, { "risks", "risk" }, { "severity", "extreme" },
  { "gains", "gain" }, { "gain-levels", "gain level" }, { "required", "required gain" },
  { "expected", "expected gain" }, { "desired", "desired gain" },
  { "unexpected", "unexpected gain" }, { "gain-kinds", "cost-saving" },
  { "relevance", "nice to have" },
  { "steps", "five steps" }, { "best-practices", "best practice" },
  { "common-mistakes", "mistakes" },
  { "value-map", "value map" }, { "value", "value proposition" }, { "products", "product" },
  { "relieves", "pain reliever" }, { "creates", "gain creator" }, { "helps", "helper" },
  { "fit", "coverage" }, { "evidence", "confidence" }, { "ranking", "rank rule" },
  { "checks", "findings" },
}
local repl_words = { "help", "explain", "check", "rank", "show", "fit", "load", "reload", "save",
                     "tutorial" }

for _, c in ipairs(concepts) do
  local name, word = c[1], c[2]
  local topic = help.find(name)
  t.is(topic and topic.name, name, "find: the topic " .. name .. " by its name")
  topic = help.find(word)
  t.is(topic and topic.name, name, "find: the topic " .. name .. " by its word " .. word)
  t.ok(topic and topic.group ~= help.REPL, "the topic " .. name .. " is a concept of the framework")
end
for _, name in ipairs(repl_words) do
  local topic = help.find(name)
  t.is(topic and topic.name, name, "find: the REPL's word " .. name)
  local group = topic and (topic.group == help.REPL or topic.repl ~= nil)
  t.ok(group, "the REPL's word " .. name .. " is listed under " .. help.REPL)
  local call = topic and (topic.text:find(name .. "(", 1, true) or topic.text:find(name .. ' "', 1, true))
  t.ok(call, "the topic " .. name .. " shows a call")
end

---------------------------------------------------------------------------
-- The data: well formed, its rules, files and topics exist
---------------------------------------------------------------------------
local names, keys = {}, {}
local bad = {}
local function problem(s) bad[#bad + 1] = s end
for _, topic in ipairs(help.topics) do
  local n = topic.name
  if type(n) ~= "string" or not n:match("^[a-z][a-z0-9-]*$") then problem("bad name " .. tostring(n)) end
  n = tostring(n)
  if names[n] then problem(n .. ": the name is used twice") end
  names[n] = topic
  local k = help.key(n)
  if keys[k] then problem(n .. ": the name is the same as " .. keys[k] .. "'s") end
  keys[k] = n
  for _, f in ipairs({ "title", "group", "text" }) do
    if type(topic[f]) ~= "string" or topic[f] == "" then problem(n .. ": no " .. f) end
  end
  for _, f in ipairs({ "words", "rules", "examples", "see" }) do
    if type(topic[f]) ~= "table" then problem(n .. ": " .. f .. " is no list") end
  end
  if topic.example ~= nil and type(topic.example) ~= "string" then problem(n .. ": bad example") end
  if topic.group ~= help.REPL and not topic.example then problem(n .. ": a concept with no example") end
  for _, w in ipairs(topic.words or {}) do
    if type(w) ~= "string" or w == "" then problem(n .. ": a word that is no text") end
  end
end
t.is(bad, {}, "every topic has a unique name, a title, a group, a text and lists")

local long = {}
for _, topic in ipairs(help.topics) do
  for i, l in ipairs(lines_of(topic.text or "")) do
    if text.width(l) > 72 then long[#long + 1] = topic.name .. " text line " .. i end
    if l:find("`", 1, true) or l:find("**", 1, true) or l:match("^#") then
      long[#long + 1] = topic.name .. " text line " .. i .. " has Markdown"
    end
  end
  for i, l in ipairs(lines_of(topic.example or "")) do
    if text.width(l) > 70 then long[#long + 1] = topic.name .. " example line " .. i end
  end
end
t.is(long, {}, "text lines fit 72 columns, example lines 70, and there is no Markdown")

local unknown_rules, missing_files, unknown_see = {}, {}, {}
for _, topic in ipairs(help.topics) do
  for _, id in ipairs(topic.rules or {}) do
    if not registry.rules[id] then unknown_rules[#unknown_rules + 1] = topic.name .. ": " .. id end
  end
  for _, f in ipairs(topic.examples or {}) do
    local fh = f:match("^examples/[%w._-]+%.lua$") and io.open(TOP .. f)
    if fh then fh:close() else missing_files[#missing_files + 1] = topic.name .. ": " .. f end
  end
  for _, s in ipairs(topic.see or {}) do
    if not names[s] or s == topic.name then unknown_see[#unknown_see + 1] = topic.name .. ": " .. s end
  end
end
t.is(unknown_rules, {}, "every rule ID of the topics is in the registry")
t.is(missing_files, {}, "every example file of the topics exists")
t.is(unknown_see, {}, "every topic of See also exists (and is not the topic itself)")

---------------------------------------------------------------------------
-- Every example loads without a diagnostic, in a canvas of its own
---------------------------------------------------------------------------
local tmp = os.tmpname()
local script = tmp .. ".lua"
local failed = {}
local checked = 0
for _, topic in ipairs(help.topics) do
  if topic.example then
    local fh = assert(io.open(script, "w"))
    fh:write(topic.example)
    fh:close()
    local p = assert(io.popen(sh_quote(CANVAS) .. " " .. sh_quote(script) .. " 2>&1 >/dev/null"))
    local err = p:read("a")
    local ok, _, code = p:close()
    checked = checked + 1
    if not ok or err ~= "" then
      failed[#failed + 1] = topic.name .. " (exit " .. tostring(code) .. "): " .. err
    end
  end
end
os.remove(script)
os.remove(tmp)
t.ok(checked >= #concepts, "every concept has an example (" .. checked .. " examples)")
t.is(failed, {}, "every example loads with exit status 0 and nothing on standard error")

---------------------------------------------------------------------------
-- find
---------------------------------------------------------------------------
local function found(q) local topic = help.find(q); return topic and topic.name end
t.is(found("obstacle"), "obstacles", "find: obstacle is a word of obstacles")
t.is(found("multi-sided"), "multi-sided", "find: multi-sided")
t.is(found("Multi Sided"), "multi-sided", "find: Multi Sided, with a space and capitals")
t.is(found("multisided"), "multi-sided", "find: multisided, without the hyphen")
t.is(found("MULTI-SIDED platform"), "multi-sided", "find: a word of several words, any case")
t.is(found('"pains"'), "pains", "find: quotes do not count")
t.is(found("  Pains "), "pains", "find: spaces around do not count")
t.is(found("Willingness to pay"), "willingness-to-pay", "find: a title-like spelling of a name")
t.is(found("Sign 5: willingness to pay"), "willingness-to-pay", "find: the title")
t.is(found("help()"), "help", "find: help() is help")
t.is(found("curators"), "curator", "find: a plural finds the singular's topic")
t.is(found("relievers"), "relieves", "find: relievers")
t.is(found("co-creators"), "co-creator", "find: co-creators")
t.is(found("check"), "check", "find: check is the REPL's word")
t.is(found("checks"), "checks", "find: checks is the concept")
t.is(found("rank"), "rank", "find: rank is the REPL's word")
t.is(found("ranking"), "ranking", "find: ranking is the concept")

local topic, others = help.find("functional")
t.is(topic and topic.name, "functional-jobs", "find: a shared word gives its first topic")
t.ok(contains(others, "functional-pains") and not contains(others, "functional-jobs"),
  "find: and the others that share it")
topic, others = help.find("expected")
t.is(topic and topic.name, "expected", "find: a name wins over a word")
t.ok(not contains(others, "expected"), "find: the others leave the topic out")

local none, suggestions, how = help.find("obstcle")
t.is(none, nil, "find: a misspelt word finds no topic")
t.ok(contains(suggestions, "obstacles"), "find: it gets did-you-mean suggestions")
t.is(how, "did-you-mean", "find: saying they are close words")
none, suggestions = help.find("severty")
t.ok(none == nil and suggestions[1] == "severity", "find: severty suggests severity first")
none, suggestions = help.find("archetpyes")
t.ok(none == nil and contains(suggestions, "archetypes"), "find: a swapped pair of letters")
none, suggestions, how = help.find("marathon")
t.ok(none == nil and contains(suggestions, "emotional-jobs"),
  "find: a word no topic lists gives the topics whose text mentions it")
t.is(how, "mentions", "find: saying they mention it")
none, suggestions, how = help.find("xyzzyq")
t.is({ none, suggestions, how }, { nil, {} }, "find: a word nobody knows gives nothing")
t.is({ help.find("") }, { nil, {} }, "find: the empty string finds nothing")
t.is({ help.find(42) }, { nil, {} }, "find: a number finds nothing")

---------------------------------------------------------------------------
-- names: for Tab completion
---------------------------------------------------------------------------
local all = help.names()
local sorted, unique, seen = true, true, {}
for i, s in ipairs(all) do
  if i > 1 and all[i - 1] >= s then sorted = false end
  if seen[s] then unique = false end
  seen[s] = true
end
t.ok(sorted and unique, "names: sorted, each once")
t.ok(seen.pains and seen.obstacle and seen["multi-sided"] and seen.willingness_to_pay,
  "names: topic names and their words")
local every = true
for _, tp in ipairs(help.topics) do
  if not seen[tp.name] then every = false end
end
t.ok(every, "names: every topic's name")

---------------------------------------------------------------------------
-- render and render_index
---------------------------------------------------------------------------
local function render(name, width, colour)
  local w = capture(colour)
  help.render(help.topic(name), w, width)
  return w.lines, w
end

local lines, w = render("pains", 72)
local all_text = table.concat(lines, "\n")
t.is(lines[1], "Pains", "render: the title first")
t.like(all_text, "Pains are whatever bothers customers", "render: the text")
t.like(all_text, "\nExample:\n  segment \"Shoppers\" {\n", "render: the example, indented")
t.like(all_text, "Checked by: CS001 empty-profile, CS002 thin-profile,",
  "render: the rules with their names from the registry")
t.like(all_text, "CS004 unranked-note", "render: CS004 unranked-note")
t.like(all_text, "See it in: examples/tidepool.lua, examples/template.lua", "render: the files")
t.like(all_text, "See also: pain-kinds, pain-types, severity", "render: the related topics")
t.is(w.flushed, 1, "render: flushes the writer once")
lines = render("pains", 72, true)
t.is(lines[1], "<heading>Pains</>", "render: the title in the heading style")
t.like(table.concat(lines, "\n"), "<bold>Checked by:</> CS001", "render: labels in bold")

lines = render("help", 72)
all_text = table.concat(lines, "\n")
t.ok(not all_text:find("Example:", 1, true) and not all_text:find("Checked by:", 1, true),
  "render: a topic without an example or rules has neither part")

-- Every topic fits the width; at a narrow width, everything but the lines
-- of script (the example, indented lines of the text), which are kept as
-- written, does.
local function kept(tp)
  local set = {}
  for _, l in ipairs(lines_of(tp.text)) do
    if l:match("^%s") then set[(l:gsub("%s+$", ""))] = true end
  end
  for _, l in ipairs(lines_of(tp.example or "")) do set["  " .. l] = true end
  return set
end
local function too_wide(width, skip_script)
  local out = {}
  for _, tp in ipairs(help.topics) do
    local script_lines = kept(tp)
    for i, l in ipairs(render(tp.name, width)) do
      if text.width(l) > width and not (skip_script and script_lines[l]) then
        out[#out + 1] = tp.name .. " line " .. i .. ": " .. l
      end
    end
  end
  return out
end
t.is(too_wide(72), {}, "render: every line of every topic fits 72 columns")
t.is(too_wide(100), {}, "render: and 100")
t.is(too_wide(40, true), {}, "render: at 40 columns, every line but the script's fits")
t.is(too_wide(20, true), {}, "render: at 20 columns too")

local function index(width, mode)
  local iw = capture()
  help.render_index(iw, width, mode)
  return iw.lines
end
lines = index(72)
all_text = table.concat(lines, "\n")
local listed = true
for _, tp in ipairs(help.topics) do
  if not (("\n" .. all_text .. ","):find("[ ,]" .. tp.name:gsub("%-", "%%-") .. "[,\n]")) then
    listed = false
    t.diag("not in the index: " .. tp.name)
  end
end
t.ok(listed, "render_index: lists every topic")
t.like(all_text, 'help "pains"', "render_index: says how to ask for one")
t.like(all_text, "Customer segments\n  segments, bases, signs",
  "render_index: groups, in the framework's order")
t.like(all_text, "In the REPL\n  help, explain, check, rank, show, fit, load",
  "render_index: the REPL's words last")
local groups = help.groups()
t.is(groups[1].title, "Customer segments", "groups: the segments first")
t.is(groups[#groups].title, help.REPL, "groups: the REPL's words last")
local wide = {}
for _, width in ipairs({ 30, 60, 72, 100 }) do
  for _, l in ipairs(index(width)) do
    if text.width(l) > width then wide[#wide + 1] = width .. ": " .. l end
  end
end
t.is(wide, {}, "render_index: lines fit the width")
t.like(table.concat(index(72, "cli"), "\n"), "canvas help pains", "render_index: the command line's way")

t.done()
