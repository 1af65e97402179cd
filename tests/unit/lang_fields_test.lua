-- canvas.lang.fields: converting field values (scales, choices, lists,
-- maps), the messages for values and fields that are wrong, and declaring
-- fields of one's own.
local t = require "tap"
require("canvas.script.loader").language()   -- the built-in vocabulary
local fields = require "canvas.lang.fields"
local convert = fields.convert

-- The message for a value that convert refuses ("accepted: ..." if it is
-- accepted after all).
local function refusal(target, name, value)
  local out, msg = convert(target, name, value)
  if out ~= nil then return "accepted: " .. t.show(out) end
  return msg
end

-- Scales: a whole number 1..5 or one of five words, stored as the number
t.is(convert("job", "importance", "crucial"), 5, "scale: a word gives its number")
t.is(convert("job", "importance", "low"), 1, "scale: the first word is 1")
t.is(convert("job", "importance", "Very High"), 4, "scale: words ignore case")
t.is(convert("job", "importance", "very_high"), 4, "scale: _ stands for a space")
t.is(convert("job", "importance", "very-high"), 4, "scale: - stands for a space")
t.is(convert("pain", "severity", "very severe"), 4, "scale: severity words")
t.is(convert("gain", "relevance", "nice to have"), 1, "scale: relevance words")
t.is(convert("job", "importance", 3), 3, "scale: a number 1..5")
t.is(convert("job", "importance", 3.0), 3, "scale: a float with a whole value")
t.is(math.type(convert("job", "importance", 3.0)), "integer", "scale: stored as an integer")
t.is(refusal("job", "importance", 3.5),
  'importance = 3.5 is outside the scale; use a whole number 1..5 or one of "low" (1), '
  .. '"medium" (2), "high" (3), "very high" (4) or "crucial" (5)', "scale: the message for a fraction")
t.is(convert("job", "importance", 0), nil, "scale: 0 is outside")
t.is(convert("job", "importance", 6), nil, "scale: 6 is outside")
t.like(refusal("pain", "severity", "high"),
  'severity = "high" is not a severity word; use a whole number 1..5 or one of "moderate" (1)',
  "scale: a word of another scale: the message names the scale and its words")
t.like(refusal("job", "importance", "hgh"), '; did you mean "high"?',
  "scale: a misspelt word gets a suggestion")
t.like(refusal("pain", "severity", true), "severity = true is not on the scale",
  "scale: a boolean is not on the scale")

-- Choices: one of a set of words or their aliases, stored as the word
t.is(convert("canvas", "market", "niche"), "niche", "choice: a value")
t.is(convert("canvas", "market", "Multi Sided"), "multi-sided", "choice: case and spaces do not matter")
t.is(convert("canvas", "market", "platform"), "multi-sided", "choice: an alias gives its value")
t.is(convert("canvas", "market", "mass market"), "mass", "choice: an alias of several words")
t.is(convert("segment", "customer", "B2B"), "business", "choice: aliases ignore case")
t.is(convert("job", "kind", "personal"), "emotional", "choice: the job alias personal")
t.is(convert("gain", "kind", "savings"), "cost-saving", "choice: the gain alias savings")
t.is(convert("job", "role", "cocreator"), "co-creator", "choice: the role alias cocreator")
t.is(refusal("pain", "kind", "savings"),
  'kind = "savings" is not allowed; use one of "functional", "social", "emotional" or "ancillary"',
  "choice: an alias of another declaration's field is not allowed")
t.like(refusal("canvas", "market", "nich"), '; did you mean "niche"?',
  "choice: a misspelt value gets a suggestion")
t.is(refusal("segment", "customer", 1), 'customer = 1 is not allowed; use one of "consumer" or "business"',
  "choice: a number is not allowed")

-- Lists: a list of text (or of given words); a single value is a list of one
t.is(convert("job", "evidence", { "interviews", "data" }), { "interviews", "data" }, "list: of text")
t.is(convert("job", "evidence", "interviews"), { "interviews" }, "list: one string is a list of one")
t.is(convert("job", "evidence", {}), {}, "list: an empty list")
t.is(convert("segment", "archetypes", { "curator", "Tastemaker" }), { "curator", "tastemaker" },
  "list: given words, matched like a choice")
t.is(refusal("segment", "archetypes", { "curator", "celebrty" }),
  'archetypes has "celebrty", which is not allowed; use a list of "curator", "broadcaster", '
  .. '"tastemaker" and/or "celebrity"; did you mean "celebrity"?',
  "list: a word not allowed, with a suggestion")
t.is(refusal("job", "evidence", { "a", 2 }), "evidence has 2; use text or a list of text",
  "list: an item that is not text")
t.is(refusal("job", "evidence", { "a", x = "b" }), "evidence is not a plain list { ..., ... }",
  "list: named entries are refused")
t.is(refusal("job", "evidence", { [1] = "a", [3] = "c" }), "evidence is not a plain list { ..., ... }",
  "list: a list with holes is refused")

-- Maps: named text entries (bases)
t.is(convert("segment", "bases", { demographic = "adults", geographic = "Lyon" }),
  { demographic = "adults", geographic = "Lyon" }, "map: named text entries")
t.is(convert("segment", "bases", { behavioural = "daily" }), { behavioral = "daily" },
  "map: a key alias gives its key")
t.is(convert("segment", "bases", { Demographic = "adults" }), { demographic = "adults" },
  "map: keys ignore case")
t.like(refusal("segment", "bases", { demografic = "adults" }),
  'bases has the key "demografic"; use demographic, geographic, psychographic and/or behavioral',
  "map: an unknown key lists the keys")
t.like(refusal("segment", "bases", { demografic = "adults" }), "did you mean 'demographic'?",
  "map: and suggests the closest")
t.is(refusal("segment", "bases", { demographic = 1 }), "bases has demographic = 1; write it as text",
  "map: an entry that is not text")
t.like(refusal("segment", "bases", "adults"), 'bases = "adults" is not a table',
  "map: a string is not a table")

-- Text and references
t.is(convert("job", "who", "parents"), "parents", "text: a string")
t.is(refusal("job", "who", 3), "who = 3 is not text; write it in quotes", "text: a number is not text")
t.is(convert("value", "segment", "Patients"), "Patients", "ref: a name")
t.is(convert("segment", "depends_on", "A"), { "A" }, "refs: one name is a list of one")

-- Unknown fields: a suggestion, or whose field it is, or how to declare it
t.is(fields.unknown("job", "importnace"), "unknown field 'importnace' for a job; did you mean 'importance'?",
  "unknown: did you mean the closest field")
t.is(fields.unknown("pain", "sevrity"), "unknown field 'sevrity' for a pain; did you mean 'severity'?",
  "unknown: a missing letter")
t.is(fields.unknown("job", "severity"), "'severity' is a field of pain, not of a job",
  "unknown: a field of another declaration says whose")
t.is(fields.unknown("job", "market"), "'market' is a field of canvas, not of a job",
  "unknown: a field of the canvas")
t.is(fields.unknown("job", "zzzzzz"),
  'unknown field \'zzzzzz\' for a job (declare your own with field "zzzzzz" { on = "job", type = "text" })',
  "unknown: otherwise, how to declare it")
t.is(fields.unknown("job", 3), "a field name must be a word; got 3", "unknown: a name that is not a string")
t.is(refusal("job", "importnace", 3), "unknown field 'importnace' for a job; did you mean 'importance'?",
  "convert: an unknown field gives the same message")

-- Fields of one's own, declared and then forgotten
local function declared(name, def)   -- "ok" or the message
  local spec, err = fields.declare(name, def)
  return spec and "ok" or err
end
t.is(declared("effort", { on = "note", type = "scale",
  words = { "tiny", "small", "medium", "large", "huge" } }), "ok",
  "declare: a scale with words on every note")
t.is(convert("pain", "effort", "Large"), 4, "declare: its words convert")
t.is(convert("gain", "effort", 2), 2, "declare: and so do numbers, on each target")
t.is(declared("channel_kind", { on = "segment", type = "choice",
  values = { "online", "shop" }, aliases = { web = "online" } }), "ok", "declare: a choice with aliases")
t.is(convert("segment", "channel_kind", "WEB"), "online", "declare: its aliases convert")
t.is(declared("importance", { on = "job", type = "text" }),
  'field "importance" is already declared on job (built in)', "declare: a built-in name is refused")
t.is(declared("rank", { on = "job" }), "field \"rank\" cannot be declared: the model uses 'rank' itself",
  "declare: reserved names")
t.is(declared("x", { on = "job", type = "txet" }),
  'field "x" has type = "txet"; use "text", "number", "boolean", "scale", "choice" or "list"; '
  .. 'did you mean "text"?', "declare: an unknown type, with a suggestion")
fields.reset_user()
t.is(fields.registry.pain.effort, nil, "reset_user: forgets user fields")
t.ok(fields.registry.pain.severity ~= nil, "reset_user: keeps the built-in ones")

-- The built-in vocabulary is declared at every start without the checks a
-- script's field goes through (fields.declare_builtin); here each of its
-- declarations goes through them.
do
  local chunk = require("canvas.c").chunk("lang.vocabulary")
  local checked, problems = 0, {}
  debug.setupvalue(chunk, 1, {
    field = function(name)
      return function(def)
        local targets, problem = fields.check(name, def, true)
        if targets then
          for _, target in ipairs(targets) do
            checked = checked + 1
            if fields.registry[target][name] == nil then
              problems[#problems + 1] = name .. " is not in the registry of " .. target
            end
          end
        else
          problems[#problems + 1] = problem
        end
      end
    end,
  })
  chunk()
  local n = 0   -- (field, target) pairs of the registry
  for _, reg in pairs(fields.registry) do
    for _, spec in pairs(reg) do
      if spec.builtin then n = n + 1 end
    end
  end
  t.is(checked, n, "vocabulary: every built-in field is checked, on each of its targets")
  t.is(table.concat(problems, "; "), "", "vocabulary: each passes the checks of a declaration")
end
local ok, why = fields.declare_builtin("oops", { on = "nowhere" })
t.ok(not ok and why:find('field "oops" has on = "nowhere"', 1, true) ~= nil,
  "declare_builtin: a target that does not exist is still refused")

t.done()
