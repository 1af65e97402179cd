-- canvas.checks.pass: the one pass over the notes. It compares notes by an
-- integer key of their normalised text (canvas.c.text_key); two texts that
-- share a key must still be told apart. Here every text is given the same
-- key, and the facts must be those of the real keys.
local t = require "tap"
local c = require "canvas.c"

local function note(category, text) return { category = category, text = text } end
local function segment()
  return {
    jobs = { note("job", "Book a table"), note("job", "Pay the bill") },
    pains = { note("pain", "Queue is slow."), note("pain", "Cold food"),
              note("pain", "  queue IS slow "), note("pain", "Book a table") },
    gains = { note("gain", "Cold food"), note("gain", "Warm food"), note("gain", "Warm food!") },
  }
end
local need = { duplicates = true }

-- Each duplicate as "its text <- the first one's text", and each twin.
local function facts_of(pass)
  local seg = segment()
  local f = pass.run({ segments = { seg }, values = {} }, need)[seg]
  local out = {}
  for _, d in ipairs(f.dups) do out[#out + 1] = "dup " .. d[1].text .. " <- " .. d[2].text end
  for _, x in ipairs(f.cross) do out[#out + 1] = "cross " .. x[1].text .. " -> " .. x[2].text end
  return table.concat(out, "; ")
end

local real = facts_of(require "canvas.checks.pass")
t.is(real, "dup   queue IS slow  <- Queue is slow.; dup Cold food <- Cold food; "
  .. "dup Warm food! <- Warm food; cross Book a table -> Book a table",
  "pass: duplicates and twins found by their normalised text")

-- the same pass, made again with a text_key that gives every text one key
local keep = c.text_key
c.text_key = function() return 1 end
package.loaded["canvas.checks.pass"] = nil
local ok, colliding = pcall(require, "canvas.checks.pass")
c.text_key = keep
package.loaded["canvas.checks.pass"] = nil
t.ok(ok, "pass: made again with one key for every text")
if ok then
  t.is(facts_of(colliding), real, "pass: texts that share a key are still told apart by their text")
else
  t.ok(false, "pass: texts that share a key are still told apart by their text")
end

t.done()
