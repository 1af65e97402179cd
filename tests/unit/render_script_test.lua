-- canvas.render.script: the canonical script. Its literals (quoting,
-- numbers), its layout, and the round trip: a script loaded, written back,
-- the text loaded into a fresh model (roundtrip.lua), the two models
-- compared through script.dump, and the text of the text compared with the
-- text. What a script cannot hold (a function as ranking rule or check, a
-- value of no type the language writes) is reported and commented. Every
-- script of the examples and the case folders goes the same way in
-- tests/roundtrip.t, one process each.
local t = require "tap"
local script = require "canvas.render.script"
local rt = require "roundtrip"
local c = require "canvas.c"

local function lines_of(s)
  local out = {}
  for l in s:gmatch("([^\n]*)\n") do out[#out + 1] = l end
  return out
end

-- Loads code (named name), writes its canonical script, loads that as
-- "canonical.lua"; returns both models' dumps, both texts, the problems
-- and the load errors of each.
local function trip(code, name, opts)
  local S1, e1 = rt.load_string(code, name or "t.lua")
  local text1, problems = script.text(S1)
  local dump1 = script.dump(S1, opts)
  local S2, e2 = rt.load_string(text1, "canonical.lua")
  local dump2 = script.dump(S2, opts)
  local text2, problems2 = script.text(S2)
  return { dump1 = dump1, dump2 = dump2, text1 = text1, text2 = text2, problems = problems,
           problems2 = problems2, errors1 = e1, errors2 = e2, S2 = S2 }
end

local function round_trip(r, what)
  t.is(r.errors1, {}, what .. ": the script loads")
  t.is(r.errors2, {}, what .. ": its canonical script loads without errors")
  t.is(r.dump2, r.dump1, what .. ": both load to the same model")
  t.is(rt.body(r.text2), rt.body(r.text1), what .. ": the canonical script of it is itself")
end

---------------------------------------------------------------------------
-- Literals
---------------------------------------------------------------------------
local q = script.quote
t.is(q("plain text"), '"plain text"', "quote: plain text as it is")
t.is(q('say "hi"'), '"say \\"hi\\""', "quote: double quotes escaped")
t.is(q("a\\b"), '"a\\\\b"', "quote: a backslash escaped")
t.is(q("one\ntwo\tthree\r"), '"one\\ntwo\\tthree\\r"', "quote: newline, tab, return as \\n \\t \\r")
t.is(q("\a\b\f\v"), '"\\a\\b\\f\\v"', "quote: the other named escapes")
t.is(q("\0" .. "1"), '"\\0001"', "quote: NUL as \\000, so a digit after it stays a digit")
t.is(q("\27[31m\127"), '"\\027[31m\\127"', "quote: ESC and DEL as \\ddd")
t.is(q("café, 日本語, 😀"), '"café, 日本語, 😀"', "quote: UTF-8 kept as it is")
t.is(q("a\194\133b"), '"a\\194\\133b"', "quote: a C1 control (U+0085) escaped byte by byte")
t.is(q("bad \255\254 bytes \237\160\128"), '"bad \\255\\254 bytes \\237\\160\\128"',
  "quote: bytes that are no UTF-8 (and a surrogate) as \\ddd")
t.is(q("\192\128"), '"\\192\\128"', "quote: an overlong encoding as \\ddd")
for _, s in ipairs { 'say "hi"', "a\\b\n", "\0" .. "1", "\255x", "café\194\133", "\27[0m" } do
  t.is(load("return " .. q(s))(), s, "quote: " .. q(s) .. " reads back as the same bytes")
end

local num = script.number
t.is(num(3), "3", "number: an integer")
t.is(num(-12), "-12", "number: a negative integer")
t.is(num(3.0), "3.0", "number: a whole float keeps its .0")
t.is(num(0.1), "0.1", "number: the shortest form that reads back")
t.is(num(-0.0), "-0.0", "number: minus zero")
t.is(num(1e300), "1e+300", "number: an exponent")
t.is(num(math.huge), "math.huge", "number: infinity")
t.is(num(-math.huge), "-math.huge", "number: minus infinity")
t.is(num(math.mininteger), "math.mininteger", "number: the least integer")
t.is(num(0 / 0), nil, "number: NaN cannot be written")
for _, v in ipairs { 1 / 3, 2 ^ 53 + 0.0, 123456789.125, -1e-300, math.maxinteger, 5e-324 } do
  local back = load("return " .. num(v))()
  t.ok(back == v and math.type(back) == math.type(v), "number: " .. num(v) .. " reads back the same")
end

t.is(script.literal({ "a", "b" }), '{ "a", "b" }', "literal: a list")
t.is(script.literal({}), "{}", "literal: an empty table")
t.is(script.literal({ b = 1, a = true, ["x-y"] = "z", ["end"] = 2 }),
  '{ a = true, b = 1, ["end"] = 2, ["x-y"] = "z" }', "literal: named entries sorted; keywords quoted")
t.is(script.literal({ geo = "g", demo = "d" }, { "demo", "geo" }), '{ demo = "d", geo = "g" }',
  "literal: named entries in the order given")
t.is(select(2, script.literal(print)), "a function", "literal: a function cannot be written")
t.is(select(2, script.literal(setmetatable({}, {}))), "a table with a metatable",
  "literal: nor a table with a metatable")
t.is(script.key("end"), '["end"]', "key: a Lua keyword is quoted")

---------------------------------------------------------------------------
-- The canonical script of a script with every kind of declaration
---------------------------------------------------------------------------
local long = string.rep("a very long note text that goes on ", 150) .. "and ends here"
local long_how = "care providers already read their patients' data in Tidepool, so a connected device "
  .. "comes with software they know, and nothing else to install or learn"
local full = table.concat({
  'canvas "Pedal \\"City\\"" { market = "niche market", about = "Bikes\\nfor all" }',
  'field "frequency" { on = "pain", type = "scale", words = { "yearly", "monthly", "weekly",',
  '  "daily", "hourly" }, doc = "how often" }',
  'field "cost" { on = { "note", "relieves" }, type = "number" }',
  'field "paid" { on = "segment", type = "boolean" }',
  'field "tags" { on = "gain", type = "list", values = { "early", "late" }, aliases = { soon = "early" } }',
  'field "mood" { on = "job", type = "choice", values = { "calm", "angry" } }',
  'field "end" { on = "product" }',
  'rank "pain" { by = { severity = 2, frequency = 1.5 } }',
  'rank "jobs" { by = { "importance", "cost" }, order = "ascending", segment = "riders" }',
  'rank "gains" { by = "relevance", order = "ascending" }',
  'checks { min_notes = 2, ignore = "CS019", severity = { CS004 = "error" } }',
  'checks { top_k = 2, ignore = { "CS005" } }',
  'segment "Daily riders" { id = "riders", customer = "b2c", paid = true,',
  '  bases = { behavioural = "ride daily", demographic = "adults" },',
  '  archetypes = "curator", depends_on = "Shops",',
  '  job "Get to work \\"on time\\"" { importance = "crucial", mood = "Calm", cost = 2.50 },',
  '  job "Back\\\\slash and tab\\t" { importance = 2, cost = -3 },',
  '}',
  'pain "Buses late\\n twice a week" { id = "late", severity = "extreme", frequency = "weekly",',
  '  evidence = { "interviews", "app data" }, confidence = "observed", who = "students" }',
  'pain "Vélo volé, 日本語 😀" { severity = 3, cost = 0.1 }',
  'pain "Nul \\0 byte and \\255 bad byte" { severity = 1 }',
  'pain "' .. long .. '" { severity = 2 }',
  -- an ignore alone on its line (for the gain below it), and one at the end of a line
  '-- canvas: ignore CS005',
  'gain "Door to desk in 25 minutes" { relevance = 5, tags = { "soon", "late" } }',
  'gain "Fresh air" { relevance = 1 }  -- canvas: ignore',
  'segment "Shops" { customer = "business", depends_on = { "riders" } }',
  'job "Sell bikes" { importance = 4 }',
  'value "Pass" { segment = "riders", product "Monthly pass" { kind = "service", ["end"] = "x" },',
  '  relieves "Buses late\\n twice a week" { how = "' .. long_how .. '", cost = 1e300 },',
  '  creates "Door to desk in 25 minutes",',
  '  helps "Get to work \\"on time\\"" { how = "20 minutes, rush hour or not" } }',
  'value "Shop kit" { segment = "Shops", relieves "nothing like it" }',
}, "\n") .. "\n"

local r = trip(full, "full.lua")
round_trip(r, "a script with every declaration")
t.is(r.problems, {}, "everything in it can be written: no problems")
local text1 = r.text1
t.like(text1, "-- Written by canvas " .. c.version .. " from full.lua\n", "the header names the source")
t.like(text1, 'canvas "Pedal \\"City\\"" {\n  about = "Bikes\\nfor all",\n  market = "niche",\n}',
  "the canvas first, its fields in registry order, choices as their word")
t.like(text1, 'field "frequency" {\n  on = "pain",\n  type = "scale",\n'
  .. '  words = { "yearly", "monthly", "weekly", "daily", "hourly" },\n  doc = "how often",\n}',
  "a user field as declared")
t.like(text1, 'field "cost" {\n  on = { "job", "pain", "gain", "reliever" },\n  type = "number",\n}',
  "a field on several declarations")
t.like(text1, 'aliases = { soon = "early" }', "a choice's aliases")
t.ok(not text1:find('field "importance"', 1, true), "the built-in vocabulary is not written")
t.like(text1, 'rank "pains" { by = { frequency = 1.5, severity = 2 } }\n'
  .. 'rank "jobs" { by = { "importance", "cost" }, order = "ascending", segment = "Daily riders" }\n'
  .. 'rank "gains" { by = "relevance", order = "ascending" }\n',
  "rules in order: weights, fields in order, one field; a segment by name")
t.like(text1, 'checks { min_notes = 2, top_k = 2, ignore = { "CS019", "CS005" }, '
  .. 'severity = { CS004 = "error" } }', "the checks' configuration, merged")
t.like(text1, '  job "Get to work \\"on time\\"" { importance = 5, cost = 2.5, mood = "calm" },',
  "a note on one line; a scale as a number; a float as the model holds it")
t.like(text1, '  pain "Buses late\\n twice a week" {\n    id = "late", who = "students", '
  .. 'evidence = { "interviews", "app data" }, confidence = "observed",\n'
  .. '    severity = 5, frequency = 3,\n  },', "a note over 100 columns: its fields packed over lines")
t.like(text1, 'pain "Nul \\000 byte and \\255 bad byte"', "a NUL and a bad byte escaped")
t.like(text1, '  pain "' .. long .. '" {\n    severity = 2,\n  },', "a very long text kept whole")
t.like(text1, 'gain "Door to desk in 25 minutes" { -- canvas: ignore CS005\n'
  .. '    relevance = 5, tags = { "early", "late" },\n  },',
  "an inline ignore on the line above moves to the note's line")
t.like(text1, 'gain "Fresh air" { relevance = 1 }, -- canvas: ignore\n', "an ignore of every rule")
t.like(text1, '  depends_on = { "Shops" },', "depends_on by name")
t.like(text1, '  depends_on = { "Daily riders" },', "depends_on by name, where the script gave the id")
t.like(text1, '\n  job "Sell bikes" { importance = 4 },\n}', "a note after its segment goes inside it")
t.like(text1, 'value "Pass" {\n  segment = "Daily riders",\n\n  product "Monthly pass" { kind = '
  .. '"intangible", ["end"] = "x" },', "a value: segment by name, then products; a keyword field")
t.like(text1, '  relieves "late" {\n    how = "care providers already read their patients\' data in '
  .. 'Tidepool, so a connected device "\n      .. "comes with software they know, and nothing else '
  .. 'to install or learn",\n    cost = 1e+300,\n  },', "a reference by id; a long text in pieces")
t.like(text1, '  creates "Door to desk in 25 minutes",', "a reference by text when the note has no id")
t.like(text1, 'relieves "nothing like it",', "an unresolved reference as written")
for i, l in ipairs(lines_of(text1)) do
  if #l > 100 and not l:find(long, 1, true) then
    t.ok(false, "line " .. i .. " is within 100 columns: " .. l)
  end
end
local order = {}
for _, w in ipairs { "canvas ", "field ", "rank ", "checks ", 'segment "Daily', 'segment "Shops',
                     'value "Pass', 'value "Shop' } do
  order[#order + 1] = text1:find("\n" .. w, 1, true) or -1
end
local sorted = true
for i = 2, #order do if order[i] <= order[i - 1] then sorted = false end end
t.ok(sorted, "canvas, fields, rules, checks, segments, values: in that order")
local S2 = r.S2
local pains = S2.segments[1].pains
t.is(pains[1].text, "Buses late\n twice a week", "a newline in a text survives")
t.is(pains[2].text, "Vélo volé, 日本語 😀", "non-ASCII text survives")
t.is(pains[3].text, "Nul \0 byte and \255 bad byte", "a NUL and a byte that is no UTF-8 survive")
t.is(pains[4].text, long, "a very long text survives")
t.is(S2.segments[1].jobs[2].text, "Back\\slash and tab\t", "a backslash and a tab survive")
t.is(S2.values[1].relievers[1].how, long_how, "a text written in pieces is whole again")
t.is(math.type(S2.segments[1].jobs[1].cost), "float", "a float stays a float")
t.is(math.type(S2.segments[1].jobs[2].cost), "integer", "an integer stays an integer")

---------------------------------------------------------------------------
-- A canvas named after its file, ambiguous references, an empty model
---------------------------------------------------------------------------
r = trip('segment "S" { pain "wait" { severity = 2 }, pain "Queues" { id = "wait", severity = 4 },'
  .. ' gain "G" { relevance = 1 } }\nvalue "V" { relieves "wait", creates "G" }\n', "shop.lua")
round_trip(r, "an id that is another note's text")
t.like(r.text1, 'relieves "wait",', "the ambiguous reference is kept: it warns as it did (CS024)")
t.like(r.dump1, "finding CS024", "the dump holds the finding")
r = trip('checks { min_notes = 2 } -- canvas: ignore CS001\n-- canvas: ignore CS002\n\n'
  .. 'segment "S" { job "J" } -- canvas: ignore CS004\n', "lost.lua")
t.is(r.problems, { { file = "lost.lua", line = 1, message = "the inline ignore at lost.lua:1 is on no "
  .. "declaration's line; a saved script leaves it out" }, { file = "lost.lua", line = 2, message =
  "the inline ignore at lost.lua:2 is on no declaration's line; a saved script leaves it out" } },
  "inline ignores on lines without a declaration are reported, each once")
t.like(r.text1, 'segment "S" { -- canvas: ignore CS004\n  job "J", -- canvas: ignore CS004\n}',
  "the one on the line of a segment and its job is kept for both")
r = trip('segment "S"\nrank "jobs" { by = function() return 1 end }\n', "typed")
t.is(#r.problems, 1, "a function rule typed (no file to copy from): reported")
t.ok(not r.text1:find("--   rank", 1, true), "...with no copy of its source")
r = trip("", "empty.lua")
round_trip(r, "an empty script")
t.is(r.text1, "-- Written by canvas " .. c.version .. " from nothing\n", "an empty model: the header alone")

---------------------------------------------------------------------------
-- What a script cannot hold
---------------------------------------------------------------------------
local dir = os.tmpname()
os.remove(dir)
assert(os.execute("mkdir '" .. dir .. "'"))
local function put(name, data)
  local f = assert(io.open(dir .. "/" .. name, "wb"))
  f:write(data)
  f:close()
  return dir .. "/" .. name
end

local S1 = rt.load_file(put("named.lua", 'segment "S"\n'))
t.like(script.text(S1), '\ncanvas "named"\n', "a canvas named after its file is named")

local fn_path = put("fn.lua", table.concat({
  'segment "S" { pain "Long pain text" { severity = 2 }, pain "Short" { severity = 2 } }',
  'rank "pains" { by = "severity" }',
  'rank "pains" {',
  '  by = function(note) return #note.text end,',
  '}',
  'checks { ignore = { "U001", "CS005" }, severity = { U001 = "error" } }',
  'check "Pains are short" { each = "pain", test = function(p) return #p.text < 10 end }',
  'local p = pain "Raw" { severity = 1 }',
  'p.severity = 2.5',
  'p.who = function() end',
  'p.colour = "red"',
  'field "odd" { on = "gain", doc = print }',
}, "\n") .. "\n")
S1 = rt.load_file(fn_path)
local dump1 = script.dump(S1, { ranks = false, checks = false })
local text, problems = script.text(S1)
local function at(line) return fn_path .. ":" .. line end
t.is(#problems, 6, "six problems")
t.is(problems[1], { file = fn_path, line = 3, message = "the ranking rule at " .. at(3)
  .. " is a Lua function; a saved script keeps it only as a comment" }, "a function rule: reported")
t.is(problems[2] and problems[2].line, 7, "a check of the script's own: reported at its line")
t.like(problems[2] and problems[2].message, 'the check "Pains are short" at ' .. at(7)
  .. " is Lua code (a function); a saved script keeps it only as a comment, and leaves its ID U001"
  .. " out of checks { ignore = ... } and checks { severity = ... }", "...with the places naming its ID")
t.like(problems[3] and problems[3].message, 'pain "Raw" at ' .. at(8) .. ": who holds a function",
  "a function in a field")
t.like(problems[4] and problems[4].message, 'pain "Raw" at ' .. at(8) .. ": severity holds 2.5, "
  .. "a value its field does not take, which a script cannot write", "a value its field refuses")
t.like(problems[5] and problems[5].message, 'pain "Raw" at ' .. at(8)
  .. " holds 'colour', which is no field of a pain; a saved script leaves it out", "a key that is no field")
t.like(problems[6] and problems[6].message, 'field "odd" at ' .. at(12) .. ": its doc is a function, "
  .. "which a script cannot write; a saved script leaves it out", "a field's doc that is a function")
t.like(text, 'field "odd" {\n  on = "gain",\n}', "...the field is written without it")
t.like(text, "-- the ranking rule at " .. at(3), "the rule's comment is where the rule was")
t.like(text, "--   rank \"pains\" {\n--     by = function(note) return #note.text end,\n--   }\n",
  "the comment holds the rule's source")
t.like(text, '\nrank "pains" { by = "severity" }\n', "the rule that is data is written")
t.like(text, '--   check "Pains are short" { each = "pain", test = function(p) return #p.text < 10 end }',
  "the check's source in a comment")
t.like(text, 'checks { ignore = { "CS005" } }', "the check's ID is left out of checks { }")
t.like(text, "  -- pain \"Raw\" at " .. at(8) .. ": severity holds 2.5", "the value's comment is by its note")
local S3, e3 = rt.load_string(text, "canonical.lua")
t.is(e3, {}, "the canonical script loads without errors")
t.is(script.dump(S3, { ranks = false, checks = false }), (dump1:gsub("      severity = 2.5\n", "")
  :gsub("      who = <function>\n", ""):gsub(" doc <function>", "")), "the rest of the model is the same")
t.is(#S3.segments[1].pains, 3, "every note is there")

---------------------------------------------------------------------------
-- Writing through a writer, saving
---------------------------------------------------------------------------
S1 = rt.load_string('segment "A" { job "J" { importance = 3 } }', "a.lua")
local got, flushed = {}, 0
problems = script.write(S1, { line = function(s) got[#got + 1] = s end,
                              flush = function() flushed = flushed + 1 end })
t.is(got, { "-- Written by canvas " .. c.version .. " from a.lua", "", 'segment "A" {',
            '  job "J" { importance = 3 },', "}" }, "write: line by line through the writer")
t.is(flushed, 1, "write: flushes the writer once")
t.is(problems, {}, "write: returns the problems (none)")
local header = script.text(S1, { sources = "the REPL" }):match("^[^\n]*")
t.is(header, "-- Written by canvas " .. c.version .. " from the REPL", "opts.sources names the sources")

local target = put("saved.lua", "old content\n")
local ok, err, p = script.save(target, S1)
t.is({ ok, err }, { true, nil }, "save: writes the file")
t.is(p, {}, "save: returns the problems third")
local f = assert(io.open(target, "rb"))
t.is(f:read("a"), (script.text(S1)), "save: the file holds the canonical script")
f:close()
local left = {}
for name in io.popen("ls -A '" .. dir .. "'"):lines() do left[#left + 1] = name end
table.sort(left)
t.is(left, { "fn.lua", "named.lua", "saved.lua" }, "save: no temporary file is left beside it")
local bad, why = script.save(dir .. "/no/such/folder/x.lua", S1)
t.is(bad, nil, "save: a folder that does not exist fails")
t.like(why, "cannot write", "save: ...and says why")
t.is(select(2, script.save("", S1)), 'save needs a file name in quotes: save "canvas.lua"',
  "save: a file name is needed")
local calls = {}
local host_write_file = c.write_file
c.write_file = function(path, data) calls[#calls + 1] = { path, data }; return true end
ok = script.save("elsewhere.lua", S1)
c.write_file = function() return nil, "disk full" end
bad, why = script.save("elsewhere.lua", S1)
c.write_file = host_write_file
t.is(bad, nil, "save: fails when the host's write fails")
t.ok(ok and #calls == 1 and calls[1][1] == "elsewhere.lua" and calls[1][2] == script.text(S1),
  "save: writes through the host's atomic write_file(path, data)")
t.is(why, 'cannot write "elsewhere.lua": disk full', "save: ...and reports its failure")
target = put("fallback.lua", "old content\n")
ok = script.save(target, S1)
bad, why = script.save(dir .. "/no/such/folder/x.lua", S1)
f = assert(io.open(target, "rb"))
t.ok(ok and f:read("a") == script.text(S1), "save: writes over an existing file")
f:close()
t.ok(bad == nil and why:find("cannot write", 1, true), "save: ...and reports a failure")
left = {}
for name in io.popen("ls -A '" .. dir .. "'"):lines() do left[#left + 1] = name end
table.sort(left)
t.is(left, { "fallback.lua", "fn.lua", "named.lua", "saved.lua" }, "save: ...leaving no temporary file")
os.execute("rm -rf '" .. dir .. "'")

rt.clear()
t.done()
