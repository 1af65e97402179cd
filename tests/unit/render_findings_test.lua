-- canvas.render.findings_*: the four formats of a findings report (text,
-- JSON, SARIF, GitHub workflow commands), each written into a writer that
-- keeps its lines. The JSON and SARIF are also read back with cjson.
local t = require "tap"
local text = require "canvas.util.text"
local ftext = require "canvas.render.findings_text"
local fjson = require "canvas.render.findings_json"
local sarif = require "canvas.render.findings_sarif"
local github = require "canvas.render.findings_github"
local cjson = require("canvas.cjson").new()

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

local function run(format, report, colour)
  local w = capture(colour)
  format.format(report, w)
  return w.lines, w
end

local function all(lines) return table.concat(lines, "\n") .. "\n" end

local TOOL = { name = "canvas", version = "0.1.0", uri = "https://example.invalid/canvas" }
local RULES = {
  { id = "CS001", name = "no-name", severity = "error", summary = "A declaration has no name",
    explanation = "Every declaration needs a name." },
  { id = "CS005", name = "vague-note", severity = "warning", summary = "A note says nothing",
    explanation = "A note should say what the customer does, feels or gains.",
    help_uri = "https://example.invalid/canvas/CS005" },
  { id = "CS007", name = "short-gain", severity = "info", summary = "A gain is very short",
    explanation = "" },
}

-- Findings of each severity, a load error, one with no line, a message
-- with a newline, a comma, a colon and a percent sign, a file with none.
local report = {
  tool = TOOL,
  files = { { file = "a.lua", status = "checked" }, { file = "sub dir/b.lua", status = "failed" },
            { file = "c.lua", status = "checked" } },
  diagnostics = {
    { file = "a.lua", line = 12, severity = "warning", id = "CS005", name = "vague-note",
      message = 'pain "Queues" says nothing' },
    { file = "a.lua", line = 14, severity = "info", id = "CS007", name = "short-gain",
      message = "50% short, see: line 2\nthen 3" },
    { file = "sub dir/b.lua", line = 3, severity = "error", message = "unexpected symbol near 'x'" },
    { file = "sub dir/b.lua", line = 0, severity = "error", id = "CS001", name = "no-name",
      message = "a segment has no name" },
  },
  rules = RULES,
  summary = { errors = 2, warnings = 1, info = 1, files = 3 },
}

local empty = {
  tool = { name = "canvas", version = "0.1.0" },
  files = { { file = "ok.lua", status = "checked" } },
  diagnostics = {},
  rules = RULES,
  summary = { errors = 0, warnings = 0, info = 0, files = 1 },
}

local one_each = {
  tool = TOOL,
  files = { { file = "x.lua", status = "checked" } },
  diagnostics = {
    { file = "x.lua", line = 1, severity = "error", id = "CS001", name = "no-name", message = "e" },
    { file = "x.lua", line = 2, severity = "warning", id = "CS005", name = "vague-note", message = "w" },
    { file = "x.lua", line = 3, severity = "info", id = "CS007", name = "short-gain", message = "i" },
  },
  rules = RULES,
  summary = { errors = 1, warnings = 1, info = 1, files = 1 },
}

---------------------------------------------------------------------------
-- text
---------------------------------------------------------------------------
local lines, w = run(ftext, report)
t.is(lines, {
  'a.lua:12: warning[CS005] vague-note: pain "Queues" says nothing',
  "a.lua:14: info[CS007] short-gain: 50% short, see: line 2\\nthen 3",
  "sub dir/b.lua:3: error: unexpected symbol near 'x'",
  "sub dir/b.lua: error[CS001] no-name: a segment has no name",
  "2 errors, 1 warning, 1 info in 3 files",
}, "text: one finding a line, load errors without an id, line 0 without a line, then the summary")
t.is(w.flushed, 1, "text: flushes the writer once")
t.is(run(ftext, empty), { "no findings in 1 file" }, "text: no findings")
t.is(run(ftext, one_each)[4], "1 error, 1 warning, 1 info in 1 file", "text: singular counts")
t.is(run(ftext, { files = {}, diagnostics = {},
                 summary = { errors = 0, warnings = 3, info = 2, files = 2 } }),
  { "0 errors, 3 warnings, 2 info in 2 files" }, "text: plural counts, zero shown when others are not")
t.is(run(ftext, one_each, true), {
  "x.lua:1: <error>error</>[CS001] no-name: e",
  "x.lua:2: <warning>warning</>[CS005] vague-note: w",
  "x.lua:3: <info>info</>[CS007] short-gain: i",
  "1 error, 1 warning, 1 info in 1 file",
}, "text: the severity word is styled when colour is on")
t.is(text.writer(true).style("error", "error"), "\27[1;31merror\27[0m", "text: the writer styles error")
t.is(text.writer(true).style("warning", "w"), "\27[1;35mw\27[0m", "text: the writer styles warning")
t.is(text.writer(true).style("info", "i"), "\27[1;36mi\27[0m", "text: the writer styles info")
t.is(text.writer(false).style("error", "e"), "e", "text: no colour, no codes")
t.is(run(ftext, { files = { {}, {} }, diagnostics = {
  { file = "z.lua", line = 2, severity = "warning", id = "CS005", message = "x\27[2J" } } }),
  { "z.lua:2: warning[CS005]: x\\027[2J", "0 errors, 1 warning, 0 info in 2 files" },
  "text: no name, control characters escaped; no summary: counted from the lists")

---------------------------------------------------------------------------
-- JSON
---------------------------------------------------------------------------
local json_text = all(run(fjson, report))
local doc = cjson.decode(json_text)
t.is(doc.format, "canvas-findings", "json: format")
t.is(doc.version, 1, "json: version 1")
t.is(doc.tool, { name = "canvas", version = "0.1.0", uri = "https://example.invalid/canvas" }, "json: tool")
t.is(doc.files, {
  { file = "a.lua", status = "checked", fit = {} }, { file = "sub dir/b.lua", status = "failed", fit = {} },
  { file = "c.lua", status = "checked", fit = {} },
}, "json: files in the order given, a file with no findings too")
t.is(#doc.findings, 4, "json: every finding")
t.is(doc.findings[1], { file = "a.lua", line = 12, severity = "warning", id = "CS005",
  name = "vague-note", message = 'pain "Queues" says nothing' }, "json: a finding")
t.is(doc.findings[2].message, "50% short, see: line 2\nthen 3", "json: the message as it is")
t.ok(doc.findings[3].id == cjson.null and doc.findings[3].name == cjson.null,
  "json: a load error has id and name null")
t.is(doc.findings[4].line, 0, "json: no line is line 0")
t.is(#doc.rules, 3, "json: the rules")
t.is(doc.rules[2], { id = "CS005", name = "vague-note", severity = "warning",
  summary = "A note says nothing",
  explanation = "A note should say what the customer does, feels or gains.",
  help_uri = "https://example.invalid/canvas/CS005" }, "json: a rule")
t.ok(doc.rules[1].help_uri == cjson.null, "json: an unknown help_uri is null")
t.is(doc.summary, { errors = 2, warnings = 1, info = 1, files = 3 }, "json: summary")
t.like(json_text, '"uri": "https://example.invalid/canvas"', "json: slashes are not escaped")
t.like(json_text, '"message": "50% short, see: line 2\\nthen 3"', "json: a newline as \\n")
t.ok(json_text:sub(-2) == "}\n", "json: one document ending with a newline")

t.is(all(run(fjson, empty)), [[
{
  "format": "canvas-findings",
  "version": 1,
  "tool": {
    "name": "canvas",
    "version": "0.1.0",
    "uri": null
  },
  "files": [
    {
      "file": "ok.lua",
      "status": "checked",
      "fit": []
    }
  ],
  "findings": [],
  "rules": [
    {
      "id": "CS001",
      "name": "no-name",
      "severity": "error",
      "summary": "A declaration has no name",
      "explanation": "Every declaration needs a name.",
      "help_uri": null
    },
    {
      "id": "CS005",
      "name": "vague-note",
      "severity": "warning",
      "summary": "A note says nothing",
      "explanation": "A note should say what the customer does, feels or gains.",
      "help_uri": "https://example.invalid/canvas/CS005"
    },
    {
      "id": "CS007",
      "name": "short-gain",
      "severity": "info",
      "summary": "A gain is very short",
      "explanation": "",
      "help_uri": null
    }
  ],
  "summary": {
    "errors": 0,
    "warnings": 0,
    "info": 0,
    "files": 1
  }
}
]], "json: the whole document, keys in a fixed order, no findings as []")

t.like(all(run(fjson, { files = {}, diagnostics = {}, rules = {} })), '"files": [],',
  "json: an empty list of files is []")
local odd_text = all(run(fjson, { files = {}, rules = {}, diagnostics = {
  { file = "q.lua", line = 2.0, severity = "error", message = "bad\255byte \0 nul" } } }))
local odd = cjson.decode(odd_text)
t.is(odd.findings[1].message, "bad\u{FFFD}byte \0 nul", "json: bytes that are not UTF-8 become U+FFFD")
t.like(odd_text, '"line": 2,', "json: a float line as a whole number")
t.like(odd_text, '"message": "bad\u{FFFD}byte \\u0000 nul"', "json: NUL as \\u0000")
t.is(odd.summary, { errors = 1, warnings = 0, info = 0, files = 0 }, "json: no summary: counted")
t.is(fjson.encode(fjson.array({ 1, -2, 0.5, true, false, fjson.null, "é/\"" })),
  '[\n  1,\n  -2,\n  0.5,\n  true,\n  false,\n  null,\n  "é/\\""\n]', "json: encode: scalars")
t.is(fjson.encode(fjson.object("b", 1, "skip", nil, "a", fjson.object())), '{\n  "b": 1,\n  "a": {}\n}',
  "json: encode: keys in order, nil left out, empty object")
t.is(fjson.encode(2 ^ 53), "9007199254740992", "json: encode: big whole numbers in full")
t.ok(not pcall(fjson.encode, 0 / 0), "json: encode: NaN is an error")
t.ok(not pcall(fjson.encode, { 1 }), "json: encode: a plain table is an error (object or array)")
t.is(select(2, pcall(fjson.encode, 1 / 0)), "findings_json: cannot encode the number inf",
  "json: encode: the infinity is an error that says so")
t.is(select(2, pcall(fjson.encode, fjson.array({ print }))),
  "findings_json: cannot encode a function (use object or array)", "json: encode: a function is an error")
t.is(fjson.encode(fjson.array({ fjson.raw('[\n  1\n]') })), '[\n  [\n    1\n  ]\n]',
  "json: encode: raw text indented to where it stands")
t.is(fjson.encode(fjson.object("x", fjson.array({ fjson.object("y", 3.25) }))),
  '{\n  "x": [\n    {\n      "y": 3.25\n    }\n  ]\n}', "json: encode: nested objects and arrays")
t.is(fjson.encode(0.1), "0.10000000000000001", "json: encode: a fraction with 17 digits")
t.is(fjson.encode(-0.0), "0", "json: encode: minus zero is the whole number 0")
t.is(fjson.encode(3.0), "3", "json: encode: a whole float as an integer")

-- Strings: as lua-cjson writes them ("/" left as it is), after each byte
-- that is not part of a UTF-8 character has become U+FFFD. The oracle is
-- that recipe in Lua, over texts made of the pieces that matter.
-- (cjson: the one required at the top)
local function oracle(s)
  local parts, i = {}, 1
  while true do
    local n, bad = utf8.len(s, i)
    if n then parts[#parts + 1] = s:sub(i); break end
    parts[#parts + 1] = s:sub(i, bad - 1) .. "\u{FFFD}"
    i = bad + 1
  end
  return (cjson.encode(table.concat(parts)):gsub("\\/", "/"))
end
local pieces = { "a", '"', "\\", "/", "\0", "\1", "\31", "\127", "\t", "\n", "\r", "\b", "\f",
                 "\195\169", "\226\128\166", "\240\159\152\128", "\192\175", "\237\160\128",
                 "\244\144\128\128", "\248\136\128\128\128", "\128", "\191", "\195", "\226\128",
                 "\194\155", " " }
local differ = nil
for _, s in ipairs(require("texts")(pieces, 4000, 9, 11)) do
  if fjson.string_literal(s) ~= oracle(s) then differ = differ or s end
end
t.ok(differ == nil, "json: strings escaped as cjson writes them, invalid UTF-8 as U+FFFD"
  .. (differ and (": not " .. string.format("%q", differ)) or ""))
t.is(fjson.string_literal("a\0b"), '"a\\u0000b"', "json: a zero byte is \\u0000")
t.is(fjson.string_literal(string.rep("\1", 2000) .. "end"), '"' .. string.rep("\\u0001", 2000) .. 'end"',
  "json: a long string that grows six times as it is escaped")
t.is(fjson.string_literal(string.rep("x", 5000)), '"' .. string.rep("x", 5000) .. '"',
  "json: a long string with nothing to escape")

---------------------------------------------------------------------------
-- SARIF
---------------------------------------------------------------------------
local sarif_text = all(run(sarif, report))
local log = cjson.decode(sarif_text)
t.is(log["$schema"], "https://json.schemastore.org/sarif-2.1.0.json", "sarif: $schema")
t.is(log.version, "2.1.0", "sarif: version")
t.is(#log.runs, 1, "sarif: one run")
local run1 = log.runs[1]
local driver = run1.tool.driver
t.is({ driver.name, driver.version, driver.informationUri },
  { "canvas", "0.1.0", "https://example.invalid/canvas" }, "sarif: driver name, version, informationUri")
local ids = {}
for i, r in ipairs(driver.rules) do ids[i] = r.id end
t.is(ids, { "CS001", "CS005", "CS007", "load-error" }, "sarif: the rules, then load-error")
t.is(driver.rules[2], {
  id = "CS005", name = "vague-note",
  shortDescription = { text = "A note says nothing" },
  fullDescription = { text = "A note should say what the customer does, feels or gains." },
  defaultConfiguration = { level = "warning" },
  help = { text = "A note should say what the customer does, feels or gains." },
  helpUri = "https://example.invalid/canvas/CS005",
  properties = { ["problem.severity"] = "warning" },
}, "sarif: a rule")
t.is(driver.rules[3].fullDescription.text, "A gain is very short",
  "sarif: an empty explanation falls back to the summary")
t.is(driver.rules[3].defaultConfiguration.level, "note", "sarif: info is note")
t.is(driver.rules[4].name, nil, "sarif: load-error has no name (it would equal its id)")
t.is(driver.rules[4].defaultConfiguration.level, "error", "sarif: load-error is an error")
t.is(#run1.artifacts, 3, "sarif: each file an artifact")
t.is(run1.artifacts[2], { location = { uri = "sub%20dir/b.lua", uriBaseId = "%SRCROOT%" },
  roles = { "analysisTarget" } }, "sarif: an artifact, its path percent-encoded")
t.is(#run1.results, 4, "sarif: one result a finding")
t.is(run1.results[1], {
  ruleId = "CS005", ruleIndex = 1, level = "warning",
  message = { text = 'pain "Queues" says nothing' },
  locations = { { physicalLocation = {
    artifactLocation = { uri = "a.lua", uriBaseId = "%SRCROOT%", index = 0 },
    region = { startLine = 12 } } } },
}, "sarif: a result")
local levels, rule_ids = {}, {}
for i, r in ipairs(run1.results) do
  levels[i] = r.level
  rule_ids[i] = r.ruleId
  t.is(driver.rules[r.ruleIndex + 1].id, r.ruleId, "sarif: result " .. i .. ": ruleIndex names its rule")
end
t.is(levels, { "warning", "note", "error", "error" }, "sarif: levels")
t.is(rule_ids, { "CS005", "CS007", "load-error", "CS001" }, "sarif: a load error is a load-error result")
t.is(run1.results[2].message.text, "50% short, see: line 2\nthen 3", "sarif: the message as it is")
t.is(run1.results[4].locations[1].physicalLocation.region, nil, "sarif: no line, no region")
t.is(run1.results[3].locations[1].physicalLocation.artifactLocation.index, 1,
  "sarif: a result names its artifact")
t.is(run1.properties, nil, "sarif: no properties when nothing is left out")

local none = cjson.decode(all(run(sarif, empty)))
t.like(all(run(sarif, empty)), '"results": []', "sarif: no findings: results is []")
t.is(none.runs[1].tool.driver.informationUri, nil, "sarif: no uri, no informationUri")

sarif.max_results = 2
local capped = cjson.decode(all(run(sarif, report)))
sarif.max_results = 25000
local kept_ids = {}
for i, r in ipairs(capped.runs[1].results) do kept_ids[i] = r.ruleId end
t.is(kept_ids, { "load-error", "CS001" }, "sarif: past max_results the most severe are kept")
t.is(capped.runs[1].properties, { omittedResults = 2 }, "sarif: and the rest counted")

local extra = cjson.decode(all(run(sarif, { files = {}, rules = {}, diagnostics = {
  { file = "./q.lua", line = 1, severity = "warning", id = "X9", message = "" } } })))
t.is(extra.runs[1].tool.driver.rules[2].id, "X9", "sarif: a rule id missing from the list is added")
t.is(extra.runs[1].tool.driver.rules[2].shortDescription.text, "X9", "sarif: with its id as text")
t.is(extra.runs[1].results[1].ruleIndex, 1, "sarif: and referenced")
t.is(extra.runs[1].results[1].message.text, "(no message)", "sarif: message.text is never empty")
t.is(extra.runs[1].results[1].locations[1].physicalLocation.artifactLocation,
  { uri = "q.lua", uriBaseId = "%SRCROOT%" }, "sarif: ./ dropped; a file not listed has no index")

t.is({ sarif.uri("a.lua") }, { "a.lua", "%SRCROOT%" }, "sarif: uri: a relative path")
t.is({ sarif.uri("././d/x.lua") }, { "d/x.lua", "%SRCROOT%" }, "sarif: uri: leading ./ dropped")
t.is({ sarif.uri("/abs/x y.lua") }, { "file:///abs/x%20y.lua" }, "sarif: uri: an absolute path")
t.is({ sarif.uri("d/é#%?.lua") }, { "d/%C3%A9%23%25%3F.lua", "%SRCROOT%" },
  "sarif: uri: UTF-8 and reserved characters percent-encoded")
local long = cjson.decode(all(run(sarif, { files = {}, diagnostics = {}, rules = {
  { id = "L1", name = string.rep("n", 300), severity = "warning", summary = string.rep("s", 2000),
    explanation = string.rep("e", 3000) } } })))
local lr = long.runs[1].tool.driver.rules[1]
t.is({ #lr.name, #lr.shortDescription.text, #lr.fullDescription.text, #lr.help.text },
  { 255, 1024, 1024, 3000 }, "sarif: name and descriptions cut to GitHub's limits, help kept whole")

---------------------------------------------------------------------------
-- GitHub workflow commands
---------------------------------------------------------------------------
t.is(run(github, report), {
  '::warning file=a.lua,line=12,title=CS005 vague-note::pain "Queues" says nothing',
  "::notice file=a.lua,line=14,title=CS007 short-gain::50%25 short, see: line 2%0Athen 3",
  "::error file=sub dir/b.lua,line=3,title=load-error::unexpected symbol near 'x'",
  "::error file=sub dir/b.lua,title=CS001 no-name::a segment has no name",
  "2 errors, 1 warning, 1 info in 3 files",
}, "github: one command a finding, then the summary")
t.is(run(github, empty), { "no findings in 1 file" }, "github: no findings")
t.is(github.escape_data("a%b\r\nc:d,e"), "a%25b%0D%0Ac:d,e", "github: message escaping")
t.is(github.escape_property("a%b\r\nc:d,e"), "a%25b%0D%0Ac%3Ad%2Ce", "github: property escaping")
t.is(github.command({ file = "we,ird:name.lua", line = 4, severity = "warning", id = "CS1",
  name = "x", message = "::error::fake\n::warning::also" }),
  "::warning file=we%2Cird%3Aname.lua,line=4,title=CS1 x::::error::fake%0A::warning::also",
  "github: no text can end a command or start another")
t.is(github.command({ file = "e.lua", line = 1, severity = "error", message = "esc\27[2J" }),
  "::error file=e.lua,line=1,title=load-error::esc\\027[2J", "github: control characters made visible")

-- One finding's line: made in C (canvas.c.finding_line) when every text is
-- printable ASCII, in Lua when one needs escaping.
local plain = capture(false)
local function line(d, writer) return ftext.line(d, writer or plain) end
t.is(line({ file = "a.lua", line = 12, severity = "warning", id = "CS005", name = "vague-note",
            message = "the note says nothing" }),
  "a.lua:12: warning[CS005] vague-note: the note says nothing", "line: file, line, id, name")
t.is(line({ file = "a.lua", line = 3, severity = "error", message = "unexpected symbol" }),
  "a.lua:3: error: unexpected symbol", "line: a load error has no id")
t.is(line({ file = "a.lua", line = 0, severity = "error", message = "m" }), "a.lua: error: m",
  "line: line 0 is left out")
t.is(line({ file = "a.lua", line = 7.9, severity = "info", id = "CS001", name = "", message = "m" }),
  "a.lua:7: info[CS001]: m", "line: a fractional line is cut, an empty name left out")
t.is(line({ file = "a.lua", line = "15", severity = "info", id = "X", message = "m" }),
  "a.lua:15: info[X]: m", "line: a line given as text")
t.is(line({ file = "a.lua", line = 9007199254740991, severity = "info", message = "m" }),
  "a.lua:9007199254740991: info: m", "line: the highest line")
for _, bad in ipairs { -1, 0 / 0, 2 ^ 53, math.maxinteger, math.mininteger, "x", true } do
  t.is(line({ file = "a.lua", line = bad, severity = "error", message = "m" }), "a.lua: error: m",
    "line: no line for " .. tostring(bad))
end
t.is(line({ line = 2, message = "m" }), "?:2: error: m", "line: no file and no severity")
t.is(line({ file = "a.lua", line = 2, severity = "warning", id = "CS005", message = "m" },
  capture(true)), "a.lua:2: <warning>warning</>[CS005]: m", "line: the severity word styled")
t.is(line({ file = "a.lua", line = 2, severity = "note\27", message = "m" }),
  "a.lua:2: note\\027: m", "line: a severity of no style is escaped")
t.is(line({ file = "a.lua", line = 1, name = "n", message = "m" }), "a.lua:1: error: m",
  "line: a name without an id is left out")
-- a text that needs escaping, in each place, goes the slower way
t.is(line({ file = "new\nline.lua", line = 4, severity = "warning", id = "CS005",
            name = "vague", message = "m" }),
  "new\\nline.lua:4: warning[CS005] vague: m", "line: a control character in the file")
t.is(line({ file = "a.lua", line = 4, severity = "warning", id = "CS\0275", message = "m" }),
  "a.lua:4: warning[CS\\0275]: m", "line: in the id")
t.is(line({ file = "a.lua", line = 4, severity = "warning", id = "CS005", name = "du\127",
            message = "m" }), "a.lua:4: warning[CS005] du\\127: m", "line: in the name")
t.is(line({ file = "a.lua", line = 4, severity = "warning", message = "caf\195\169 \27[2J" }),
  "a.lua:4: warning: caf\195\169 \\027[2J", "line: in the message; UTF-8 kept")
t.is(line({ file = "a.lua", line = 4, severity = "warning", message = "caf\195\169" }),
  "a.lua:4: warning: caf\195\169", "line: UTF-8 alone is kept")
t.is(line({ file = "a.lua", line = 4, severity = "error", id = 7, message = 42 }),
  "a.lua:4: error[7]: 42", "line: numbers where texts go are written as text")
-- every byte, and texts of every length around eight bytes: the C scan
-- and the Lua escape agree on which texts are printable
local agree = true
for b = 0, 255 do
  for len = 1, 17 do
    for at = 1, len do
      local s = string.rep("a", at - 1) .. string.char(b) .. string.rep("a", len - at)
      local want = (b >= 32 and b <= 126)
      if require("canvas.c").printable(s) ~= want then agree = false end
    end
  end
end
t.ok(agree, "printable: every byte at every place of texts of 1 to 17 bytes")

t.done()
