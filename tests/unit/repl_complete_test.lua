-- canvas.repl.complete: what Tab offers in the REPL. A small canvas is
-- loaded, then each line is completed as readline would ask for it (the
-- word found with the module's own break and quote characters), and the
-- candidates are compared with what the user should see.
local t = require "tap"
local C = require "canvas.repl.complete"
local loader = require "canvas.script.loader"

loader.load_string([[
field "effort" { on = "pain", type = "scale" }
field "channel_kind" { on = "gain", type = "choice", values = { "web", "shop" } }
segment "Patients" { id = "pat",
  job "Check glucose levels" { kind = "functional" },
  job "Cook for the family" { kind = "social" },
  pain "Hypo episodes at night" { id = "hypo", severity = 5 },
  pain "Café trop cher pour tous" { severity = 2 },
  pain 'Says "never again"' { severity = 1 },
  gain "Fewer needle sticks" { relevance = 4 },
}
segment "Parents" {
  pain "Panic at school calls" { severity = 4 },
  gain "Peace of mind" { relevance = 5 },
}
segment "Daily commuters" { pain "Late buses" { severity = 3 } }
segment "Big" {}
for i = 1, 300 do pain("Many pains " .. i) end
segment "Alike" { pain "Pain 22 here", pain "Pain 12 here", pain "Pain 13 here", pain "Pain 12 there" }
value "App" { segment = "Patients", relieves "hypo" { how = "alarms" } }
]], "small.lua")
require("canvas.lang.resolve").finish()

-- Where readline begins the word at the end of `line` when it is set up as
-- the module says: after the opening quote of a string still open, else
-- after the last break character (quotes are none).
local function word_start(line)
  local quote, qpos, last_break = nil, nil, 0
  local i = 1
  while i <= #line do
    local ch = line:sub(i, i)
    if quote then
      if ch == "\\" then i = i + 1 elseif ch == quote then quote = nil end
    elseif C.quote_chars:find(ch, 1, true) then
      quote, qpos = ch, i
    elseif C.word_breaks:find(ch, 1, true) then
      last_break = i
    end
    i = i + 1
  end
  if quote then return qpos + 1 end
  return last_break + 1
end

local function complete(line, env, start)
  return C.complete(line, start or word_start(line), #line, env)
end

local function has(list, want)
  for _, x in ipairs(list) do if x == want then return true end end
  return false
end

local function has_all(list, wants, desc)
  local missing = {}
  for _, w in ipairs(wants) do if not has(list, w) then missing[#missing + 1] = w end end
  t.is(missing, {}, desc)
end

local function sorted_unique(list)
  for i = 2, #list do if list[i - 1] >= list[i] then return false end end
  return true
end

-- Lua keywords and the globals, with "(" after a function and "." after a table
t.is(complete("whi"), { "while" }, "a keyword")
t.is(complete("fu"), { "function" }, "a keyword, with nothing else starting so")
has_all(complete("se"), { "seg(", "segment(", "segments(", "select(", "setmetatable(" },
  "globals: query and declaration words and Lua functions, with (")
t.is(complete("string.fo"), { "string.format(" }, "a library's function after .: the word keeps its dot")
has_all(complete("str"), { "string." }, "a table gets a .")
has_all(complete("ma"), { "math." }, "math is a table")
t.is(complete("x = string.fo"), { "string.format(" }, "after = the word starts again")

-- The declaration words are globals of the script environment
for _, w in ipairs { "segment", "job", "pain", "gain", "value", "product", "relieves", "creates",
                     "helps", "canvas", "field", "rank", "checks", "check", "include" } do
  t.ok(has(complete(w:sub(1, 3)), w .. "("), "declaration word " .. w)
end

-- Fields after . and : on a value
local patients = complete('seg("Patients").')
has_all(patients, { ".name", ".jobs.", ".pains.", ".gains.", ".values.", ".customer", ".need",
                    ".depends_on", ".category", ".file", ".line", ".id" },
  "seg(...).: the segment's own keys and every field of a segment")
t.ok(sorted_unique(patients), "the candidates are sorted and unique")
t.is(complete('seg "Patients".pa'), { '"Patients".pains.' }, 'seg "X". works like seg("X").')
t.is(complete('seg "pat".na'), { '"pat".name' }, "seg by id")
t.is(complete('seg("Patients").pains.'), {}, "a plain list has no names to offer")
t.is(complete('seg "Nobody".'), {}, "an unknown segment offers nothing")
local env = loader.env()
rawset(env, "top_pain", require("canvas.lang.query").pains("Patients")[1])
has_all(complete("top_pain."), { "top_pain.text", "top_pain.severity", "top_pain.segment.",
                                 "top_pain.kind", "top_pain.type", "top_pain.effort",
                                 "top_pain.rank", "top_pain.score", "top_pain.evidence" },
  "a note in a global: its text, owner, rank and the fields of pains, user fields included")
t.is(complete("top_pain.segment.na"), { "top_pain.segment.name" }, "a path of several names")
rawset(env, "word", "abc")
has_all(complete("word:"), { "word:upper(", "word:sub(" }, "a string's methods after :")
t.is(complete("top_pain:"), {}, "a note has no methods")
t.is(complete("string:fo"), { "string:format(" }, "after : only functions")
rawset(env, "word", nil)
rawset(env, "top_pain", nil)

-- Names and texts inside a string where a reference is expected
t.is(complete('seg "Pa'), { "Parents", "Patients" }, "seg: segment names")
t.is(complete('seg "Pat'), { 'Patients"' }, "a single candidate gets the closing quote")
t.is(complete("seg 'Pat"), { "Patients'" }, "the quote the string opened with")
t.is(complete('seg("Pat'), { 'Patients"' }, "seg(...")
t.is(complete('seg "pa'), { 'pat"' }, "segment ids")
t.is(complete('pains("Par'), { 'Parents"' }, "pains(...) takes a segment")
t.is(complete('seg "Daily co'), { 'Daily commuters"' }, "a name with a space: the word is the string")
t.is(complete('seg "Daily co', nil, 12), { 'commuters"' },
  "a word that starts after the space: the candidate is cut to fit it")
t.is(complete('relieves "Hy'), { 'Hypo episodes at night"' }, "relieves: pain texts")
t.is(complete('relieves "hy'), { 'hypo"' }, "relieves: pain ids")
t.is(complete('relieves "P'), {},
  "relieves after a value for Patients: only Patients' pains (Panic is Parents')")
t.is(complete('value "V" { segment = "Parents", relieves "P'), { 'Panic at school calls"' },
  "relieves in a value: the pains of the value's segment")
t.is(complete('value "V" { relieves "Pan'), { 'Panic at school calls"' },
  "relieves in a value that names no segment: every segment's pains")
t.is(complete('value "App" { relieves "Pa'), {},
  "relieves in a value declared before: its segment's")
t.is(complete('creates "F'), { 'Fewer needle sticks"' }, "creates: gain texts")
t.is(complete('helps "C'), { "Check glucose levels", "Cook for the family" }, "helps: job texts")
t.is(complete('value "V" { segment = "'), { "Alike", "Big", "Daily commuters", "Parents", "Patients", "pat" },
  "segment = in a value: segment names and ids")
t.is(complete('segment "S" { depends_on = { "Par'), { 'Parents"' }, "depends_on = { ...: segment names")
t.is(complete('segment "S" { depends_on = { "Big", "Par'), { 'Parents"' }, "a later item of the list")
t.is(complete('segment "S" { depends_on = "Par'), { 'Parents"' }, "depends_on = \"...: segment names")
t.is(complete('value "V" { segment = "Many'), {}, "no segment starts so")

-- Field names inside a declaration's table, from the field registry
t.is(complete('pain "X" { sev'), { "severity" }, "a pain's field")
t.is(complete('pain "X" { severity = 3, ki'), { "kind" }, "after a comma")
t.is(complete('pain "X" { eff'), { "effort" }, "a user field")
t.is(complete('gain "X" { channel_'), { "channel_kind" }, "a user field of gains")
t.is(complete('job "X" { im'), { "importance" }, "a job's field")
t.is(complete('segment "S" { pa'), { "pain(" }, "a segment also holds jobs, pains and gains")
t.is(complete('value "V" { seg'), { "segment" }, "a value's field")
t.is(complete('segment "S" {\n  job "J" {\n    con'), { "confidence", "context" },
  "a declaration opened on an earlier line")
t.is(complete('segment "S" { job "J" { kind = "social" }, pro'), { "profitability" },
  "back in the segment's table after a job")

-- Allowed values and scale words
t.is(complete('job "X" { kind = "'), { "emotional", "functional", "social", "supporting" },
  "kind = of a job")
t.is(complete('pain "X" { kind = "'), { "ancillary", "emotional", "functional", "social" },
  "kind = of a pain")
t.is(complete('pain "X" { type = "ob'), { 'obstacle"' }, "type = of a pain")
t.is(complete('gain "X" { level = "'), { "desired", "expected", "required", "unexpected" }, "level =")
t.is(complete('job "X" { role = "b'), { 'buyer"' }, "role =")
t.is(complete('job "X" { confidence = "'), { "assumed", "observed", "validated" }, "confidence =")
t.is(complete('pain "X" { severity = "'), { "considerable", "extreme", "moderate", "severe", "very severe" },
  "severity = : the scale words")
t.is(complete('pain "X" { severity = "very'), { 'very severe"' }, "a scale word with a space")
t.is(complete('job "X" { importance = "c'), { 'crucial"' }, "importance =")
t.is(complete('gain "X" { relevance = "nice'), { 'nice to have"' }, "relevance =")
t.is(complete('severity = "ex'), { 'extreme"' }, "severity = outside a declaration")
t.is(complete('gain "X" { channel_kind = "'), { "shop", "web" }, "a user choice field")
t.is(complete('segment "S" { archetypes = { "cu'), { 'curator"' }, "a list field's words")
t.is(complete('canvas "C" { market = "mu'), { 'multi-sided"' }, "market =")
t.is(complete('pain "X" { ignore = "CS00'),
  { "CS001", "CS002", "CS003", "CS004", "CS005", "CS006", "CS007", "CS008", "CS009" },
  "ignore = : rule IDs")
t.is(complete('field "x" { type = "n'), { 'number"' }, "field types")
t.is(complete('rank "pains" { by = "sev'), { 'severity"' }, "rank by: the category's fields")

-- help and explain
local ok, help = pcall(require, "canvas.help")
if ok and type(help) == "table" and type(help.names) == "function" then
  local names, seen = {}, {}
  for _, n in ipairs(help.names()) do
    if n:sub(1, 4) == "pain" and not seen[n] then seen[n] = true; names[#names + 1] = n end
  end
  table.sort(names)
  if #names == 1 then names[1] = names[1] .. '"' end
  t.is(complete('help "pain'), names, "help: the help topics")
else
  t.is(complete('help "'), {}, "help: no help module, no topics")
end
local ids = {}
for _, id in ipairs(require("canvas.checks").order) do
  if id:sub(1, 4) == "CS01" then ids[#ids + 1] = id end
end
t.is(complete('explain "CS01'), ids, "explain: rule IDs from the registry")
t.is(complete('explain "CS018'), { 'CS018"' }, "explain: one rule")

-- Unicode, quotes inside texts, empty prefixes, the cap
t.is(complete('relieves "Caf'), { 'Café trop cher pour tous"' }, "a Unicode note text")
t.is(complete('relieves "Café t'), { 'Café trop cher pour tous"' }, "a prefix with a Unicode letter")
t.is(complete('relieves "Caf\195'), { 'Caf\195\169 trop cher pour tous"' }, "half of a letter typed")
t.is(complete('relieves "Says'), { 'Says \\"never again\\""' }, "a quote in the text comes back escaped")
t.is(complete('relieves "Says \\"ne'), { 'Says \\"never again\\""' }, "an escape typed is read as text")
t.is(complete("relieves 'Says \"ne"), { "Says \"never again\"'" }, "in single quotes no escape is needed")
local all = complete("")
has_all(all, { "and", "while", "seg(", "segment(", "string." }, "an empty word: every keyword and global")
t.ok(sorted_unique(all), "an empty word: sorted and unique")
t.is(complete('seg "'), { "Alike", "Big", "Daily commuters", "Parents", "Patients", "pat" },
  "an empty string: every segment")
t.is(#complete('value "V" { segment = "Big", relieves "Many'), C.cap, "at most C.cap candidates")
t.is(complete('value "V" { segment = "Big", relieves "Many pains 29'),
  { "Many pains 29", "Many pains 290", "Many pains 291", "Many pains 292", "Many pains 293",
    "Many pains 294", "Many pains 295", "Many pains 296", "Many pains 297", "Many pains 298",
    "Many pains 299" }, "several candidates: no closing quote")
t.is(complete('value "V" { segment = "Alike", relieves "Pain 12'), { "Pain 12 here", "Pain 12 there" },
  "notes alike: one that nearly matches does not hide the ones that do")

-- Nothing to complete
t.is(complete("x = 12"), {}, "a number")
t.is(complete('seg "Patients"'), {}, "right after a closed string")
t.is(complete("-- a comm"), {}, "a comment")
t.is(complete("x = [[seg"), {}, "a long string")
t.is(complete('relieves "x\\'), {}, "an escape not finished")
t.is(C.complete(nil, 1, 0), {}, "no line")

-- Completion never runs user code
local flag = false
local function trap() flag = true end
local trap_mt = { __index = function() flag = true end, __newindex = trap, __len = function()
  flag = true return 0 end, __pairs = function() flag = true return next, {}, nil end,
  __tostring = function() flag = true return "x" end, __eq = function() flag = true return true end,
  __lt = function() flag = true return true end, __le = function() flag = true return true end,
  __concat = function() flag = true return "" end, __call = trap, __name = "trap" }
rawset(env, "proxy", setmetatable({ real = {} }, trap_mt))
t.is(complete("proxy."), { "proxy.real." }, "a proxy: its raw keys only")
t.is(complete("proxy.missing."), {}, "a key the proxy does not have: its __index is not called")
t.is(complete("proxy:"), {}, "a proxy's methods: none, and nothing called")
t.is(complete("prox"), { "proxy." }, "a proxy as a global")
rawset(env, "chain", setmetatable({}, { __index = setmetatable({ inner = 1 }, trap_mt) }))
t.is(complete("chain."), { "chain.inner" }, "an __index table is followed, its __index function not")
rawset(env, "hidden", setmetatable({}, { __index = { alpha = 1, beta = {} }, __metatable = false }))
t.is(complete("hidden."), { "hidden.alpha", "hidden.beta." }, "a protected metatable is read raw")
local loop = {}
setmetatable(loop, { __index = loop })
rawset(env, "loop", loop)
t.is(complete("loop."), {}, "an __index loop ends")
rawset(env, "proxy", nil)
rawset(env, "chain", nil)
rawset(env, "hidden", nil)
rawset(env, "loop", nil)
local own = setmetatable({ seg = function() flag = true return { name = "x" } end, alpha = 1 },
  trap_mt)
t.is(C.complete('seg("Patients").', 17, 16, own), {}, "a seg of the user's own is not called")
t.is(C.complete("al", 1, 2, own), { "alpha" }, "a custom environment with an __index function")
t.is(C.complete("x.", 1, 2, own), {}, "an undefined global of it: __index not called")
t.is(C.complete('seg "', 6, 5, own), { "Alike", "Big", "Daily commuters", "Parents", "Patients", "pat" },
  "names inside strings come from the model, not from the user's seg")
t.ok(not flag, "no metamethod and no user function was called")

-- host.prefixed, the walk over the notes: raw reads, in order, max and next
local c = require "canvas.c"
local prefixed = c.prefixed
local called = false
local lying = setmetatable({}, { __index = function() called = true return "Pa lie" end })
local list = { { text = "Pa one" }, "not a table", { text = 7 }, lying, { text = "Pb" },
  { text = "Pa two" }, { name = "Pa no text" }, { text = "Pa three" }, { text = "P" } }
local found, nxt = prefixed(list, "text", "Pa")
t.is(found, { "Pa one", "Pa two", "Pa three" }, "prefixed: the texts that begin with the prefix, in order")
t.is(nxt, nil, "prefixed: no next when the walk reached the end")
found, nxt = prefixed(list, "text", "Pa", 1, 2)
t.is({ found, nxt }, { { "Pa one", "Pa two" }, 7 }, "prefixed: at most max, and where to go on")
found, nxt = prefixed(list, "text", "Pa", nxt, 2)
t.is({ found, nxt }, { { "Pa three" } }, "prefixed: going on from next finds the rest")
t.is(prefixed(list, "text", ""), { "Pa one", "Pb", "Pa two", "Pa three", "P" },
  "prefixed: the empty prefix: every text")
t.is(prefixed(list, "text", "Pa one and more"), {}, "prefixed: a prefix longer than the texts")
t.is(prefixed(list, "text", "Pa", 100), {}, "prefixed: from past the end")
t.ok(not called, "prefixed: reads raw, runs no __index")
t.is(prefixed({ { text = "a\0b" }, { text = "a\0c" } }, "text", "a\0b"), { "a\0b" },
  "prefixed: a zero byte in a text is compared")

-- ids: of the value's own segment, or of every segment
t.is(complete('value "V" { segment = "Patients", relieves "hy'), { 'hypo"' },
  "relieves in a value of a segment: its pains' ids")
t.is(complete('value "V" { segment = "Parents", relieves "hy'), {},
  "relieves in a value of another segment: not the ids of others' pains")
t.is(complete('value "V" { creates "hy'), {}, "creates: no pain ids")

-- host.strlist: the ids of a category, end to end in one block
local sl = c.strlist()
for _, w in ipairs { "p1", "p10", "q1", "", "p2\0x", "p1" } do c.strlist_add(sl, w) end
t.is({ c.strlist_prefixed(sl, "p1") }, { { "p1", "p10", "p1" } },
  "strlist: the strings with the prefix, in order")
t.is(c.strlist_prefixed(sl, ""), { "p1", "p10", "q1", "", "p2\0x", "p1" }, "strlist: the empty prefix: all")
t.is(c.strlist_prefixed(sl, "p2\0"), { "p2\0x" }, "strlist: zero bytes are kept and compared")
local first, at = c.strlist_prefixed(sl, "p", 1, 2)
t.is(first, { "p1", "p10" }, "strlist: at most max")
t.is(c.strlist_prefixed(sl, "p", at, 2), { "p2\0x", "p1" }, "strlist: going on from where it stopped")
local big = c.strlist()
for i = 1, 5000 do c.strlist_add(big, "id" .. i) end
local got = c.strlist_prefixed(big, "id4999")
t.is(#c.strlist_prefixed(big, "id"), 5000, "strlist: 5000 strings after the block has grown")
t.is(got, { "id4999" }, "strlist: the last ones are intact")
t.ok(not pcall(c.strlist_add, {}, "x"), "strlist_add: only on a strlist")

-- a segment whose list a script replaced is passed over, not an error
local parents
for _, x in ipairs(require("canvas.lang.model").state().segments) do
  if x.name == "Parents" then parents = x end
end
local pains = rawget(parents, "pains")
t.is(complete('value "New" { relieves "Pa'), { "Pain 12 here", "Pain 12 there", "Pain 13 here",
  "Pain 22 here", "Panic at school calls" }, "relieves in a value of no segment: every segment's pains")
rawset(parents, "pains", 5)
t.is(complete('value "New" { relieves "Pa'), { "Pain 12 here", "Pain 12 there", "Pain 13 here",
  "Pain 22 here" }, "a list that a script replaced with a number is passed over")
rawset(parents, "pains", pains)

t.done()
