-- The declaration words of the language: canvas, segment, job, pain, gain,
-- value, product, relieves, creates, field. Each is a curried call,
-- `word "name" { fields }`: the first call records where it was written and
-- makes the object, the second applies the fields. Mistakes are recorded
-- (model.fail) rather than raised, so one run reports all of them.
local model = require "canvas.lang.model"
local fields = require "canvas.lang.fields"
local text = require "canvas.util.text"
local where = require("canvas.c").where

local M = {}

local example = {
  canvas = 'canvas "Name" { market = "niche" }',
  segment = 'segment "Name" { job "..." { }, pain "..." { }, gain "..." { } }',
  value = 'value "Name" { segment = "...", relieves "..." { how = "..." } }',
  job = 'job "Get something done" { kind = "functional" }',
  pain = 'pain "What hurts" { severity = 3 }',
  gain = 'gain "What they want" { relevance = "essential" }',
  product = 'product "Name"',
  relieves = 'relieves "the pain\'s text or id" { how = "..." }',
  creates = 'creates "the gain\'s text or id" { how = "..." }',
  helps = 'helps "the job\'s text or id" { how = "..." }',
}

local function bad_label(word, label, file, line)
  local why = label == "" and "an empty text" or text.show_value(label)
  model.fail(file, line, word .. " needs its " .. ((model.category_of[word] == "segment"
    or model.category_of[word] == "value" or word == "canvas" or word == "product")
    and "name" or "text") .. " first, in quotes: " .. example[word] .. "; got " .. why)
end

-- canvas, segment, value: named, one of each name.
local function named(word)
  local category = model.category_of[word]
  return function(name)
    local file, line = where()
    if type(name) ~= "string" or name == "" then
      bad_label(word, name, file, line)
      local obj = model.new(category, "?", file, line, true)
      if type(name) == "table" then model.apply(obj, name) end
      return obj
    end
    if category == "product" then return model.new(category, name, file, line) end
    return model.declare_named(category, name, file, line)
  end
end

-- job, pain, gain, relieves, creates: notes and value items.
local function item(word)
  local category = model.category_of[word]
  return function(label)
    local file, line = where()
    if type(label) ~= "string" or label == "" then
      bad_label(word, label, file, line)
      local obj = model.new(category, "?", file, line, true)
      if type(label) == "table" then model.apply(obj, label) end
      return obj
    end
    return model.new_item(category, label, file, line)
  end
end

-- field "name" { on = ..., type = ..., ... }
local function field(name)
  local file, line = where()
  local S = model.state()
  local rec = { word = "field", name = name, file = file, line = line, done = false,
                example = '{ on = "pain", type = "scale" }' }
  S.pending_tables[#S.pending_tables + 1] = rec
  return function(def)
    rec.done = true
    local spec, err = fields.declare(name, def, false)
    if spec then
      spec.file, spec.line = file, line
    else
      model.fail(file, line, err)
    end
  end
end

-- The words, ready to put in a script's environment.
function M.words()
  return {
    canvas = named("canvas"),
    segment = named("segment"),
    value = named("value"),
    product = named("product"),
    job = item("job"),
    pain = item("pain"),
    gain = item("gain"),
    relieves = item("relieves"),
    creates = item("creates"),
    helps = item("helps"),
    field = field,
  }
end

-- Loads the built-in vocabulary into the field registry (once per state).
local loaded = false
function M.load_vocabulary()
  if loaded then return end
  loaded = true
  local chunk = require("canvas.c").chunk("lang.vocabulary")
  local env = {
    field = function(name)
      return function(def)
        local spec, err = fields.declare_builtin(name, def)
        if not spec then error("stdlib/vocabulary.lua: " .. err, 0) end
      end
    end,
  }
  debug.setupvalue(chunk, 1, env)
  chunk()
end

return M
