-- The REPL session (canvas repl): running what is typed at the prompt into
-- the model, and the REPL's own words. src/repl.c reads the lines (GNU
-- readline, or plain lines from a pipe) and calls canvas_eval, which comes
-- here through api.lua.
--
-- A chunk runs the way Lua's own REPL runs one: first as `return CHUNK`,
-- so that an expression's values print; else as a statement; a syntax
-- error at the end of the text (<eof>) means the statement goes on, and
-- the caller reads another line. After each chunk the model is settled
-- and resolved as at the end of a load, and what is new is reported:
-- load errors, and reference findings not shown before.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gsub = string.match, string.gsub
local c = require "canvas.c"
local model = require "canvas.lang.model"
local resolve = require "canvas.lang.resolve"
local loader = require "canvas.script.loader"
local printer = require "canvas.repl.printer"
local text = require "canvas.util.text"

local M = {}

local status = c.status
M.INCOMPLETE = 5   -- CANVAS_INCOMPLETE
M.CHUNK = "stdin"  -- what messages call a typed statement

M.typed = {}       -- the statements typed that ran, for reload()
local shown = {}   -- the reference findings shown already, by text
local words        -- the REPL's words, once made
local side_effect  -- set while a word that must not be replayed runs

-- The width to fit views to: the terminal's (readline keeps COLUMNS up to
-- date), else 80.
function M.width()
  local w = tonumber(c.getenv("COLUMNS") or "")
  if w and w >= 24 and w <= 1000 then return math.floor(w) end
  return 80
end

local function writer()
  return text.writer(false)
end

-- Renders a view (rank, show, fit) of every segment where values print.
local function view(what)
  resolve.refresh()
  local S = model.state()
  -- what a script stored that a view cannot write is a load error, reported
  -- with the chunk's (ops.eval), and the view is not made
  if resolve.sound_fields() then return end
  require("canvas.render").render(what, S.canvas, S.segments, writer(), M.width())
end

local function say(s)
  c.write(s, "\n")
end

-- Raises msg at the user's line (the statement typed, or the script line
-- that called the word); a word called in a tail call has no caller left,
-- so the statement itself is named then.
local function fail(msg)
  local file, line = c.where()
  error((file or M.CHUNK) .. ":" .. (line or 1) .. ": " .. msg, 0)
end

-- What resolving and ranking found that was not shown yet: reference
-- findings (warnings) and ranking errors, each shown once.
local function news()
  local S = model.state()
  local out = {}
  local function add(list, severity)
    for _, f in ipairs(list) do
      local key = f.file .. ":" .. f.line .. ":" .. (f.id or "") .. ":" .. f.message
      if not shown[key] then
        shown[key] = true
        out[#out + 1] = { item = f, severity = severity }
      end
    end
  end
  add(S.derived, "error")
  add(require("canvas.checks.filter").load_findings(S), "warning")
  return out
end

---------------------------------------------------------------------------
-- The REPL's words
---------------------------------------------------------------------------

local function script_name(path)
  local base = str_gsub(str_match(path, "([^/]*)$") or path, "%.lua$", "")
  return base ~= "" and base or "canvas"
end

-- Loads a script into the model (canvas repl FILE, or load "f").
function M.load_file(path)
  local S = model.state()
  local before = #S.problems
  loader.load_file(path)
  resolve.finish(script_name(path))
  return #S.problems == before
end

local function help_word(topic)
  local ok, help = pcall(require, "canvas.help")
  if not ok then
    say("help is not available in this build")
    return
  end
  local out = writer()
  if topic == nil then
    help.render_index(out, M.width())
    out.flush()
    return
  end
  if type(topic) ~= "string" then
    fail("help takes a topic in quotes, such as help \"pains\"; got " .. text.show_value(topic))
  end
  local t = help.find(topic)
  if not t then fail(help.not_found(topic)) end
  help.render(t, out, M.width())
  out.flush()
end

local function explain_word(id)
  local registry = require "canvas.checks"
  local explain = require "canvas.render.explain"
  local out = writer()
  if id == nil then
    explain.list(registry, out, M.width())
    out.flush()
    return
  end
  if type(id) ~= "string" then
    fail("explain takes a rule ID in quotes, such as explain \"CS003\"; got " .. text.show_value(id))
  end
  local rule = registry.rules[id] or registry.rules[id:upper()]
  if not rule then
    fail("explain: " .. require("canvas.checks.config").id_problem(id, nil))
  end
  explain.rule(rule, out, M.width())
  out.flush()
end

local function load_word(path)
  if type(path) ~= "string" or path == "" then
    fail("load needs a script's path in quotes: load \"tidepool.lua\"; got " .. text.show_value(path))
  end
  side_effect = true
  M.load_file(path)
end

-- reload(): builds the model again from the scripts loaded and the
-- statements typed since, so that a script edited in another window
-- counts. What the typed statements print is not printed again.
local reloading = false

local function reload_word()
  if reloading then
    fail("reload() was called by a script that reload() is running; it runs once at a time")
  end
  side_effect = true
  reloading = true
  -- the scripts loaded at the top level (canvas repl FILE, load "f")
  local files, typed = loader.loaded, M.typed
  model.reset()
  loader.reset()
  shown = {}
  M.typed = {}
  local loaded = pcall(function()
    for _, f in ipairs(files) do M.load_file(f) end
  end)
  reloading = false
  if not loaded then fail("reload() stopped: a script could not be loaded again") end
  -- what the statements print went out the first time: not again
  local print = c.print
  c.print = function() end
  local ok, err = pcall(function()
    for _, chunk in ipairs(typed) do
      local fn = loader.compile(chunk, M.CHUNK)
      if fn and loader.call(fn, M.CHUNK) then M.typed[#M.typed + 1] = chunk end
    end
  end)
  c.print = print
  if not ok then error(err, 0) end
  resolve.finish(nil)
  local S = model.state()
  say("reloaded " .. text.count(#files, "script") .. " and " .. text.count(#M.typed, "statement")
    .. ": " .. text.count(#S.segments, "segment") .. ", " .. text.count(#S.values, "value proposition"))
end

local function save_word(path)
  if type(path) ~= "string" or path == "" then
    fail("save needs a file name in quotes: save \"my-canvas.lua\"; got " .. text.show_value(path))
  end
  side_effect = true
  local ok_path, why = loader.writable(path)
  if not ok_path then error("cannot save to " .. text.quote(path) .. ": it " .. why, 2) end
  resolve.refresh()
  local script = require "canvas.render.script"
  local ok, err, problems = script.save(path)
  if not ok then error("cannot save to " .. text.quote(path) .. ": " .. tostring(err), 2) end
  for _, p in ipairs(problems or {}) do say("note: " .. p.message) end
  local S = model.state()
  say("saved " .. text.count(#S.segments, "segment") .. " and "
    .. text.count(#S.values, "value proposition") .. " to " .. path)
end

local function tutorial_word()
  side_effect = true
  require("canvas.repl.tutorial").run()
end

-- The words, made once and put in the script environment.
local function make_words()
  local env = loader.env()
  local rank_word = rawget(env, "rank")
  local show_word = rawget(env, "show")
  local fit_word = rawget(env, "fit")
  local check_word = rawget(env, "check")
  local w = {
    help = help_word, explain = explain_word, load = load_word, reload = reload_word,
    save = save_word, tutorial = tutorial_word,
  }
  -- rank(), show() and fit() with nothing print the views of the command
  -- line; with arguments they do what they do in scripts
  function w.rank(...)
    if select("#", ...) == 0 then return view("rank") end
    return rank_word(...)
  end
  function w.show(...)
    if select("#", ...) == 0 then return view("show") end
    return show_word(...)
  end
  function w.fit(...)
    if select("#", ...) == 0 then return view("fit") end
    return fit_word(...)
  end
  -- check() prints the findings; the list is not printed a second time
  function w.check(...)
    if select("#", ...) == 0 then
      check_word()
      return
    end
    return check_word(...)
  end
  for k, v in pairs(w) do rawset(env, k, v) end
  return w
end

function M.start()
  if not words then
    words = make_words()
    -- with no script loaded, the folders are the working directory and -I's
    if #loader.loaded == 0 then loader.set_roots(nil) end
  end
end

M.words = function()
  M.start()
  return words
end

---------------------------------------------------------------------------
-- Running what is typed
---------------------------------------------------------------------------

-- Runs one chunk. Returns the status (OK, INCOMPLETE or LOAD) and what to
-- show besides the model's problems (the load errors): a list of
-- { item = finding or derived error, severity = ... }.
function M.eval(chunk)
  M.start()
  local S = model.state()
  local fn = loader.compile("return " .. chunk, M.CHUNK)
  local expression = fn ~= nil
  if not fn then
    local err
    fn, err = loader.compile(chunk, M.CHUNK)
    if not fn then
      if err:sub(-5) == "<eof>" then return M.INCOMPLETE, {} end
      local file, line, rest = loader.split(err)
      model.fail(file or M.CHUNK, line or 1, text.escape(loader.explain(rest)))
      return status.LOAD, {}
    end
  end
  side_effect = false
  local before = #S.problems
  local ok, results = loader.call(fn, M.CHUNK)
  S = model.state()     -- reload() makes a new one
  if ok and not side_effect then M.typed[#M.typed + 1] = chunk end
  resolve.finish(nil)
  if ok and expression and results.n > 0 then
    local s = printer.format(results, M.width())
    if s then c.write(s, "\n") end
  end
  local found = news()
  local failed = not ok or #S.problems > before
  for _, f in ipairs(found) do
    if f.severity == "error" then failed = true end
  end
  return failed and status.LOAD or status.OK, found
end

return M
