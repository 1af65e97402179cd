-- tutorial(): a guided walk through the framework's five steps for one
-- segment, at the REPL. It asks for the segment, its jobs (functional,
-- social and emotional ones), pains and gains, then a score for each;
-- declares the segment, runs the checks on it and explains each finding
-- in plain words; and offers to save the canvas as a script.
--
-- Every answer is kept as it is given, so the walk can be left at any
-- question (Ctrl-C, Ctrl-D, or "q") and taken up again where it stopped by
-- calling tutorial() again. Questions go through the host's read_line,
-- which only the REPL provides.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gsub = string.match, string.gsub
local c = require "canvas.c"
local model = require "canvas.lang.model"
local fields = require "canvas.lang.fields"
local text = require "canvas.util.text"

local M = {}

local state     -- the walk in progress, or nil

local function say(s) c.write((s or ""), "\n") end

local function wrap(s, indent)
  indent = indent or ""
  local w = math.max(40, require("canvas.repl").width() - #indent)
  for _, l in ipairs(text.wrap(s, w)) do say(indent .. l) end
end

-- The steps, in order; each has a key in state.answers.
local NOTE_STEPS = {
  { key = "functional", category = "job", kind = "functional",
    ask = "Step 2, jobs. What do these customers try to get done: the tasks they "
      .. "perform, the problems they solve, the needs they meet? Functional jobs first.",
    example = "Get to the office by 9 without driving" },
  { key = "social", category = "job", kind = "social",
    ask = "Social jobs: how do they want to be seen by others?",
    example = "Be seen by colleagues as someone who is always on time" },
  { key = "emotional", category = "job", kind = "emotional",
    ask = "Emotional jobs: how do they want to feel? These are often more urgent "
      .. "than the functional ones.",
    example = "Feel calm on the way to work instead of rushed" },
  { key = "pains", category = "pain",
    ask = "Step 3, pains. What annoys them before, during or after a job, or stops "
      .. "them: bad outcomes, obstacles, risks? Be concrete: how much, how long, how often.",
    example = "Waiting 15 minutes for a late bus 3 times a week" },
  { key = "gains", category = "gain",
    ask = "Step 4, gains. What outcomes and benefits do they want? Say what level "
      .. "would count as a gain.",
    example = "Door to desk in under 25 minutes" },
}

local SCALE = { job = "importance", pain = "severity", gain = "relevance" }

-- Asks one question; returns the answer, or nil when the walk is left.
local function ask(prompt)
  local line, why = c.read_line(prompt)
  if line == nil then
    if why == "none" then
      error("tutorial() asks questions, so it runs in the REPL: start it with canvas repl", 0)
    end
    return nil
  end
  line = str_gsub(str_gsub(line, "^%s+", ""), "%s+$", "")
  if line == "q" or line == "quit" then return nil end
  return line
end

local function paused()
  say("")
  say("The tutorial is paused; call tutorial() to go on where you left off.")
end

-- The step of collecting notes of one kind: one a line, an empty line ends.
local function collect(step)
  local list = state.answers[step.key]
  if list and list.done then return true end
  if not list then
    list = {}
    state.answers[step.key] = list
    say("")
    wrap(step.ask)
    wrap("One a line, for example: " .. step.example .. ". An empty line when you are done.", "  ")
  end
  while true do
    local line = ask(step.category .. " " .. (#list + 1) .. "> ")
    if line == nil then return false end
    if line == "" then
      list.done = true
      return true
    end
    list[#list + 1] = line
  end
end

-- A score for a note: 1 to 5 or one of the scale's words.
local function score_of(category, answer)
  local spec = fields.registry[category][SCALE[category]]
  local n = math.tointeger(tonumber(answer))
  if n and n >= 1 and n <= #spec.words then return n end
  for i, w in ipairs(spec.words) do
    if w == answer:lower() then return i end
  end
  return nil
end

local function score_step()
  state.scores = state.scores or {}
  local notes = {}
  for _, step in ipairs(NOTE_STEPS) do
    for _, t in ipairs(state.answers[step.key]) do
      notes[#notes + 1] = { category = step.category, text = t, kind = step.kind }
    end
  end
  if #state.scores == 0 and #notes > 0 then
    say("")
    wrap("Step 5, ranking. Score each note from 1 to 5: jobs by importance, pains by "
      .. "severity, gains by relevance (a number, or a word of the scale).")
  end
  for i = #state.scores + 1, #notes do
    local n = notes[i]
    local spec = fields.registry[n.category][SCALE[n.category]]
    local words = {}
    for k, w in ipairs(spec.words) do words[k] = k .. " " .. w end
    while true do
      local line = ask(SCALE[n.category] .. " of " .. n.category .. " " .. text.quote(n.text, 50)
        .. " (" .. table.concat(words, ", ") .. ")> ")
      if line == nil then return false, notes end
      local s = score_of(n.category, line)
      if s then
        state.scores[i] = s
        break
      end
      say("  give a number from 1 to " .. #spec.words .. ", or one of: "
        .. table.concat(spec.words, ", "))
    end
  end
  return true, notes
end

local lit = text.lua_string

-- The script that declares what was answered.
local function script_of(name, notes)
  local out = { "segment " .. lit(name) .. " {" }
  for i, n in ipairs(notes) do
    local f = { SCALE[n.category] .. " = " .. state.scores[i] }
    if n.kind then table.insert(f, 1, "kind = " .. lit(n.kind)) end
    out[#out + 1] = "  " .. n.category .. " " .. lit(n.text) .. " { " .. table.concat(f, ", ") .. " },"
  end
  out[#out + 1] = "}"
  return table.concat(out, "\n") .. "\n"
end

-- Declares the segment; returns it, or nil after saying why not.
local function declare(notes)
  local loader = require "canvas.script.loader"
  local code = script_of(state.name, notes)
  local fn, err = loader.compile(code, "tutorial")
  if not fn then
    say("could not declare the segment: " .. err)
    return nil
  end
  local S = model.state()
  local before = #S.problems
  if not loader.call(fn, "tutorial") or #S.problems > before then
    for i = before + 1, #S.problems do say("  " .. S.problems[i].message) end
    return nil
  end
  require("canvas.lang.resolve").finish(nil)
  local repl = require "canvas.repl"
  repl.typed[#repl.typed + 1] = code    -- reload() declares it again
  return model.find_segment(state.name), code
end

-- Runs the checks and explains what they find about the segment.
local function review(seg)
  local engine = require "canvas.checks.engine"
  local registry = require "canvas.checks"
  local found = engine.run(require("canvas.checks").cli, require("canvas.script.loader").current)
  local mine = {}
  for _, f in ipairs(found) do
    local o = f.object
    if o == seg or (type(o) == "table" and rawget(o, "segment") == seg) then mine[#mine + 1] = f end
  end
  say("")
  if #mine == 0 then
    wrap("The checks find nothing to improve in this profile. Next: design a value "
      .. "proposition for it (help \"value map\") and see how it fits (fit \"" .. seg.name .. "\").")
    return
  end
  wrap("The checks have " .. text.count(#mine, "remark") .. " on this profile:")
  for _, f in ipairs(mine) do
    say("")
    wrap(f.message, "  ")
    local rule = registry.rules[f.id]
    if rule then
      local why = str_match(str_gsub(rule.explanation, "%s+", " "), "^(.-%.)%s") or rule.explanation
      wrap("Why: " .. why .. " (explain \"" .. f.id .. "\" says more)", "    ")
    end
  end
end

function M.run()
  if not state then
    state = { answers = {} }
    say("")
    wrap("This walks you through the five steps of a customer profile for one segment. "
      .. "Answer each question and press Enter; type q, or press Ctrl-C or Ctrl-D, to pause.")
  else
    say("")
    say("Going on with the tutorial" .. (state.name and (" for " .. text.quote(state.name)) or "") .. ".")
  end
  -- step 1: the segment
  while not state.name do
    say("")
    wrap("Step 1: which customer segment do you want to profile? A group of people "
      .. "with a need in common, e.g. Daily commuters.")
    local line = ask("segment> ")
    if line == nil then return paused() end
    if line ~= "" then
      if model.find_segment(line) then
        say("  there is a segment " .. text.quote(line) .. " already; give this one another name")
      else
        state.name = line
      end
    end
  end
  for _, step in ipairs(NOTE_STEPS) do
    if not collect(step) then return paused() end
  end
  local ok, notes = score_step()
  if not ok then return paused() end
  if not state.declared then
    local seg = declare(notes)
    if not seg then
      state = nil
      return
    end
    state.declared = true
    say("")
    wrap("Declared segment " .. text.quote(state.name) .. " with " .. text.count(#notes, "note")
      .. ". rank() and show() show it.")
    review(seg)
  end
  say("")
  local file = ask("Save the canvas as a script? A file name ending in .lua, or Enter to skip> ")
  if file == nil then return paused() end
  state = nil
  if file ~= "" then
    local words = require("canvas.repl").words()
    local okk, err = pcall(words.save, file)
    if not okk then say(text.error_text(err)) end
  end
  say("The tutorial is done. help() lists the topics, from jobs to fit.")
end

-- Forgets a walk in progress (for tests).
function M.reset() state = nil end

return M
