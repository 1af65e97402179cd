-- canvas.repl.printer and canvas.repl.history: how the REPL shows values,
-- and the history file (where it is, its encoding, its permissions).
local t = require "tap"
local printer = require "canvas.repl.printer"
local history = require "canvas.repl.history"
local text_width = require("canvas.util.text").width

segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 3 },
  gain "Know the bus is coming" { relevance = 4 },
}
value "Live times" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "real departures" },
}
require("canvas.lang.resolve").finish(nil)

local function shown(v) return table.concat(printer.lines(v, 80), "\n") end

-- scalars and plain tables
t.is(printer.format(table.pack(1, "a", true, nil)), "1\ta\ttrue\tnil",
  "several values on one line, tab-separated")
t.is(printer.format(table.pack()), nil, "no values: nothing is printed")
t.is(shown({ 1, 2, x = "y", [10] = false }), '{ 1, 2, [10] = false, x = "y" }',
  "a table as a Lua literal: the list, then the other keys sorted")
t.is(shown({}), "{}", "an empty table")
t.is(shown({ ["not a name"] = 1, ["end"] = 2 }), '{ ["end"] = 2, ["not a name"] = 1 }',
  "keys that are no identifiers (or are keywords) are bracketed")
t.is(shown({ "a\nb\"c" }), '{ "a\\nb\\"c" }', "strings inside a literal are quoted and escaped")
t.is(shown({ 0.5, 2.0, 3 }), "{ 0.5, 2.0, 3 }", "floats keep their point")
local deep = { { { { { 1 } } } } }
t.is(shown(deep), "{ { { {...} } } }", "nesting is cut at depth " .. printer.MAX_DEPTH)
local many = {}
for i = 1, 100 do many[i] = i end
t.like(shown(many), "... (70 more)", "a long table shows its first " .. printer.MAX_ITEMS .. " entries")
local cyc = {}
cyc.self = cyc
t.like(shown(cyc), "a table that holds itself", "a table that holds itself")
t.unlike = t.unlike or function(s, p, d) t.ok(not tostring(s):find(p, 1, true), d) end
t.unlike(shown({ print }), "0x", "no addresses: functions print as what they are")
t.like(shown(function() end), "function (repl_test.lua:", "a script's function says where it was defined")
t.is(shown(print), "function (built in)", "a built-in function")
local proxy_called = false
local proxy = setmetatable({}, { __index = function() proxy_called = true end,
                                 __pairs = function() proxy_called = true end })
shown(proxy)
t.ok(not proxy_called, "printing a table runs none of its __index or __pairs")
t.is(shown(setmetatable({}, { __tostring = function() return "a point" end })), "a point",
  "a table's own __tostring is used")
t.is(shown("two\nlines"), "two\\nlines", "a string value is shown escaped, on one line")

-- canvas objects
local riders = seg "Riders"
t.like(shown(riders), 'segment "Riders" (0 jobs, 2 pains, 1 gain)', "a segment: its summary")
t.like(shown(riders), "(repl_test.lua:", "with where it was declared")
t.like(shown(riders.pains[1]), ', rank 1 of 2', "a note: with its rank")
t.like(printer.format(table.pack(riders.pains[1]), 30), "repl_test.lua:",
  "a value wrapped over several lines prints whole")
local list = table.concat(printer.lines(pains(riders), 80), "\n")
t.like(list, '- pain "Buses 15 minutes late"', "a list of notes: one a line")
t.like(list, '- pain "No seat at rush hour"', "every note of it")
for _, l in ipairs(printer.lines(pains(riders), 30)) do
  t.ok(text_width(l) <= 30, "a long line is wrapped to the width: " .. l)
end
local f = fit "Riders"
local report = shown(f)
t.like(report, 'segment "Riders": fit on paper', "a fit report prints as canvas fit writes it")
t.like(report, "+ 1. Buses 15 minutes late", "with the addressed top notes")
local findings = { { file = "a.lua", line = 3, id = "CS005", name = "vague-note", severity = "warning",
                     message = "too vague" } }
t.is(shown(findings), "a.lua:3: warning[CS005] vague-note: too vague",
  "findings print as canvas check writes them")

-- history: where the file is
local function env(vars) return function(k) return vars[k] end end
t.is(history.path(env { HOME = "/home/a" }), "/home/a/.local/state/canvas/history",
  "history: ~/.local/state/canvas/history by default")
t.is(history.path(env { HOME = "/home/a", XDG_STATE_HOME = "/state" }), "/state/canvas/history",
  "history: in $XDG_STATE_HOME when it is set")
t.is(history.path(env { HOME = "/home/a", XDG_STATE_HOME = "rel" }), "/home/a/.local/state/canvas/history",
  "history: a relative XDG_STATE_HOME is ignored, as the XDG rules say")
t.is(history.path(env { HOME = "/home/a", CANVAS_HISTORY = "/tmp/h" }), "/tmp/h",
  "history: CANVAS_HISTORY names another file")
t.is(history.path(env { HOME = "/home/a", CANVAS_HISTORY = "" }), nil,
  "history: CANVAS_HISTORY empty turns it off")
t.is(history.path(env {}), nil, "history: no home folder, no history")

-- the encoding: a multi-line statement is one entry
for _, e in ipairs { "x = 1", "segment \"A\" {\n  pain \"p\",\n}", "a\\nb", "back\\slash\n" } do
  t.is(history.decode(history.encode(e)), e, "history: " .. string.format("%q", e) .. " comes back whole")
  t.ok(not history.encode(e):find("\n"), "history: one line in the file for " .. string.format("%q", e))
end

-- writing and reading the file
local dir = os.tmpname()
os.remove(dir)
local path = dir .. "/state/canvas/history"
local ok, err = history.write(path, { "one", "two\nlines" })
t.ok(ok, "history: written, its folders made (" .. tostring(err) .. ")")
t.is(history.read(path), { "one", "two\nlines" }, "history: read back, entries whole")
local p = io.popen("stat -c %a '" .. path .. "' '" .. dir .. "/state/canvas'")
local modes = p:read("a")
p:close()
t.is(modes, "600\n700\n", "history: the file is private (0600), its folder 0700")
local entries = {}
for i = 1, history.MAX_ENTRIES + 50 do entries[i] = "x = " .. i end
history.write(path, entries)
local back = history.read(path)
t.is(#back, history.MAX_ENTRIES, "history: capped at " .. history.MAX_ENTRIES .. " entries")
t.is(back[#back], "x = " .. (history.MAX_ENTRIES + 50), "history: the newest are kept")
t.is(history.read(dir .. "/none"), {}, "history: a file not there yet is an empty history")
os.execute("rm -rf '" .. dir .. "'")

t.done()
