-- canvas.script.loader and canvas.script.sandbox: the language comes into a
-- script's environment when the script first uses it.
local t = require "tap"
local loader = require "canvas.script.loader"
local sandbox = require "canvas.script.sandbox"

-- This test runs with --trust and declares nothing: the language is not
-- loaded yet, and the environment of scripts does not hold its words.
t.is(loader.has_language(), false, "a script that declares nothing loads no language")
local env = loader.env()
t.is(rawget(env, "segment"), nil, "the environment has no language words yet")

-- With --trust, a name missing from the environment is looked up in
-- Lua's globals before the language: no word of the language may be one.
sandbox.complete(env)
local words = {}
for k, v in pairs(env) do
  if type(v) == "function" and k ~= "print" and k ~= "include" and k ~= "require"
      and k ~= "load" then
    words[#words + 1] = k
  end
end
table.sort(words)
t.ok(#words >= 15, "the language has its words (" .. #words .. ")")
local globals = debug.getregistry()[2]   -- Lua's own (a script's _G is its environment)
t.ok(rawget(globals, "string") ~= nil and globals ~= env, "Lua's globals are at hand")
local clash = {}
for _, k in ipairs(words) do if rawget(globals, k) ~= nil then clash[#clash + 1] = k end end
t.is(table.concat(clash, " "), "", "no word of the language is a global of Lua")

-- Loading the language puts its words in, and the vocabulary is declared.
loader.language()
t.is(loader.has_language(), true, "the language is loaded once asked")
t.is(type(rawget(env, "segment")), "function", "segment is a word of the environment")
local fields = require "canvas.lang.fields"
t.ok(fields.registry.pain.severity ~= nil, "the built-in vocabulary is declared (severity)")

t.done()
