-- Loading canvas scripts: reading files (byte-order mark and #! line skipped,
-- line numbers kept), compiling in text mode, running under a message
-- handler, `include` and `require` with the folder rules of the sandbox.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_find, str_match, str_gmatch, str_gsub =
  string.find, string.match, string.gmatch, string.gsub
local model = require "canvas.util.lazy" "canvas.lang.model"   -- for errors only
local text = require "canvas.util.text"
local c = require "canvas.c"

local M = {}

-- Settings, kept for the life of the interpreter.
M.options = { trust = false, include_dirs = {}, args = {}, traceback = false }

-- Per top-level load: the folders scripts may read, and the include state.
local roots = {}
local loading = {}     -- realpath -> true while that file runs (cycles)
local included = {}    -- realpath -> true once loaded
M.fileorder = {}       -- file name as shown -> order of first appearance

local function note_file(name)
  if not M.fileorder[name] then
    local n = 0
    for _ in pairs(M.fileorder) do n = n + 1 end
    M.fileorder[name] = n + 1
  end
end

-- Sorts diagnostics (anything with file, line and seq) by file, in the
-- order files were first loaded, then line, then the order they were found.
local function sort_by_comparing(list)
  local order = M.fileorder
  table.sort(list, function(a, b)
    local fa, fb = order[a.file] or math.maxinteger, order[b.file] or math.maxinteger
    if fa ~= fb then return fa < fb end
    if a.file ~= b.file then return a.file < b.file end
    if a.line ~= b.line then return a.line < b.line end
    return (a.seq or 0) < (b.seq or 0)
  end)
  return list
end

-- The same order, most often without a comparison in Lua: the file's
-- order, the line and the seq packed into one integer for each, sorted in
-- C (canvas.c.sort_integers). A list that does not pack (a file not
-- loaded, a line or seq out of range, two with the same place and seq)
-- is sorted by comparing.
local sort_integers = c.sort_integers
local math_type = math.type
local FILES, LINES, SEQS = 1 << 17, 1 << 24, 1 << 22
function M.sort(list)
  local n = #list
  if n < 2 then return list end
  local order = M.fileorder
  local keys, by = {}, {}
  for i = 1, n do
    local d = list[i]
    local fo, line, seq = order[d.file], d.line, d.seq or 0
    if not fo or fo >= FILES or math_type(line) ~= "integer" or line < 0 or line >= LINES
        or math_type(seq) ~= "integer" or seq < 0 or seq >= SEQS then
      return sort_by_comparing(list)
    end
    local k = fo * (LINES * SEQS) + line * SEQS + seq
    if by[k] ~= nil then return sort_by_comparing(list) end
    keys[i], by[k] = k, d
  end
  sort_integers(keys, n)
  for i = 1, n do list[i] = by[keys[i]] end
  return list
end

M.loaded = {}          -- the script files loaded at the top level, in order

function M.reset()
  loading, included, M.fileorder, M.loaded = {}, {}, {}, {}
end

---------------------------------------------------------------------------
-- Paths
---------------------------------------------------------------------------
local function dirname(path)
  local d = str_match(path, "^(.*)/[^/]*$")
  if d == nil then return "." end
  if d == "" then return "/" end
  return d
end
M.dirname = dirname

local function join(dir, path)
  if path:sub(1, 1) == "/" then return path end
  if dir == "." then return path end
  if dir:sub(-1) == "/" then return dir .. path end
  return dir .. "/" .. path
end

-- An absolute path with "." and ".." removed, without touching the disk.
local function lexical(path)
  if path:sub(1, 1) ~= "/" then
    path = (c.cwd() or "/") .. "/" .. path
  end
  local parts = {}
  for p in str_gmatch(path, "[^/]+") do
    if p == ".." then
      parts[#parts] = nil
    elseif p ~= "." then
      parts[#parts + 1] = p
    end
  end
  return "/" .. table.concat(parts, "/")
end

local function inside(path)
  for _, r in ipairs(roots) do
    if r == "/" or path == r or path:sub(1, #r + 1) == r .. "/" then return true end
  end
  return false
end

-- Sets the folders that this top-level load may read: the script's own
-- folder (if any), the working directory and every -I folder.
local requiring  -- see script_require
-- In canvas check of several files (M.batch, which the warm_check
-- operation sets), the real path of a folder and the working directory are
-- asked of the system once for all the files: each file's folder, the
-- folders above it where the project file is looked for, and the working
-- directory, the same for most files of a run, cost a dozen system calls
-- a file. Otherwise (a run, the REPL, the language server) every question
-- goes to the system.
M.batch = false
local real_dirs, batch_cwd = {}, nil

-- realpath(d) for a folder d, or nil.
function M.real_dir(d)
  if not M.batch then return c.realpath(d) end
  local r = real_dirs[d]
  if r == nil then
    r = c.realpath(d) or false
    real_dirs[d] = r
  end
  return r or nil
end

-- realpath(path) of a file that exists. In a batch: its folder's real path
-- and its name, when the file itself is no link (one system call instead of
-- one for each part of the path).
function M.real_file(path)
  if M.batch then
    local name = str_match(path, "([^/]*)$")
    if name ~= "" and name ~= "." and name ~= ".." and not c.is_link(path) then
      local d = M.real_dir(dirname(path))
      if d then return (d == "/" and "" or d) .. "/" .. name end
    end
  end
  return c.realpath(path)
end

-- The working directory, or nil.
function M.cwd()
  if not M.batch then return c.cwd() end
  if batch_cwd == nil then batch_cwd = c.cwd() or false end
  return batch_cwd or nil
end

local function set_roots(script)
  requiring = {}
  roots = {}
  if script then
    local d = M.real_dir(dirname(script))
    if d then roots[#roots + 1] = d end
  end
  local cwd = M.cwd()
  if cwd then roots[#roots + 1] = cwd end
  for _, d in ipairs(M.options.include_dirs) do roots[#roots + 1] = d end
  local seen, unique = {}, {}
  for _, r in ipairs(roots) do
    if not seen[r] then seen[r] = true; unique[#unique + 1] = r end
  end
  roots = unique
end

-- Only canvas scripts and Lua modules are read: a name that does not end
-- in .lua, before or after symlinks, is refused unread, so that an include
-- cannot show a line of any other file in a syntax error.
local function is_lua(path)
  return path:sub(-4) == ".lua"
end
local NOT_LUA = "does not end in .lua; include and require read only .lua files"

-- Resolves `path` for reading. Returns the real path, or nil and why; a path
-- outside the allowed folders, or of a file that is no .lua file, is
-- refused before anything is read.
local function allow(path)
  if not is_lua(path) then return nil, NOT_LUA end
  local real = c.realpath(path)
  if not real then
    if not M.options.trust and not inside(lexical(path)) then
      return nil, "is outside the folders scripts may read (the script's folder, "
        .. "the working directory and -I folders)"
    end
    return nil, "does not exist"
  end
  if not M.options.trust and not inside(real) then
    return nil, "is outside the folders scripts may read (the script's folder, "
      .. "the working directory and -I folders)"
  end
  if not is_lua(real) then
    return nil, "leads to " .. str_match(real, "[^/]*$") .. ", which " .. NOT_LUA
  end
  return real
end

---------------------------------------------------------------------------
-- Reading and compiling
---------------------------------------------------------------------------

-- The text of a script, with a UTF-8 byte-order mark dropped and a first
-- line starting with # blanked (its newline kept, so lines keep numbers).
function M.prepare(src)
  if src:sub(1, 3) == "\239\187\191" then src = src:sub(4) end
  if src:sub(1, 1) == "#" then
    local nl = str_find(src, "\n", 1, true)
    src = nl and src:sub(nl) or ""
  end
  return src
end

local source = require "canvas.lang.source"

local function compile(src, name, env)
  source.remember(name, src)
  return load(M.prepare(src), "@" .. name, "t", env)
end

-- Lua's own words for a few errors, made clearer for script writers.
function M.explain(msg)
  if msg == "C stack overflow" then
    return "C stack overflow: the code nests too deeply (Lua allows about 200 levels of "
      .. "nested parentheses, tables, functions or operators)"
  end
  return msg
end

-- Splits "file:line: message" as Lua positions errors.
local function split(msg)
  local file, line, rest = str_match(msg, "^(.-):(%d+): (.*)$")
  if file and not str_find(file, "\n") then return file, tonumber(line), rest end
  return nil, nil, msg
end
M.split = split

-- Message handler. Lua runs it with hooks off, so it must not run script
-- code (no __tostring): it keeps the error object as it is, the position of
-- the user's code and, if asked, a traceback. `describe` turns the object
-- into text afterwards, under the limits.
-- The metatable that marks what the handler returns. A script can be
-- handed a record (the error a to-be-closed variable's __close receives),
-- so the metatable is hidden: scripts cannot read or change it, and only
-- the stdlib, with debug.getmetatable, tells a record from other tables.
local Record = { __metatable = "canvas error record" }
local debug_getmetatable = debug.getmetatable
local function is_record(v) return rawequal(debug_getmetatable(v), Record) end

local function handler(e)
  local file, line
  if type(e) == "string" then file, line = split(e) end
  if not file then file, line = c.where() end
  local tb = M.options.traceback and debug.traceback("", 2) or nil
  return setmetatable({ object = e, file = file, line = line, traceback = tb }, Record)
end

-- Lua's parser reports its errors through the message handler in force, so
-- a script's own `load` would get the handler's record: give it the text.
local function script_load(...)
  local f, err = load(...)
  if f == nil and is_record(err) then
    err = text.error_text(err.object)
  end
  return f, err
end

-- Records a fatal error (syntax, runtime) as a load problem.
local function fatal(err, default_file)
  if c.killed() then return end   -- the host reports the limit instead
  if not is_record(err) then
    -- memory errors skip the handler; so does an error inside it
    err = { object = err }
  end
  local msg = text.error_text(err.object)
  if err.file then
    local _, _, rest = split(msg)
    msg = rest
  end
  msg = text.escape(msg)
  if err.traceback then
    local lines = {}
    for l in str_gmatch(err.traceback, "[^\n]+") do
      if str_find(l, "in function 'xpcall'", 1, true) then break end  -- the host's frames
      lines[#lines + 1] = text.escape((str_gsub(l, "\t", "  ")))
    end
    msg = msg .. "\n" .. table.concat(lines, "\n")
  end
  model.fail(err.file or default_file, err.line or 0, msg)
end

---------------------------------------------------------------------------
-- include and require
---------------------------------------------------------------------------
local env  -- the script environment, made on the first load

-- include "path": runs another canvas script once, relative to the file
-- that includes it.
local function include(path)
  local file, line = c.where()
  if type(path) ~= "string" or path == "" then
    model.fail(file, line, 'include needs a path in quotes: include "common/segments.lua"; got '
      .. text.show_value(path))
    return
  end
  -- beside the including file, which may be an editor's buffer not saved yet
  local base = (file and (c.realpath(file) or c.realpath(dirname(file)))) and dirname(file) or "."
  local full = join(base, path)
  local real, why = allow(full)
  if not real then
    model.fail(file, line, "cannot include " .. text.quote(path) .. ": " .. full .. " " .. why)
    return
  end
  if loading[real] then
    model.fail(file, line, "include cycle: " .. text.quote(path) .. " is already being loaded "
      .. "(it includes, directly or not, the file that includes it)")
    return
  end
  if included[real] then return end
  local src, err = c.readfile(real)
  if not src then
    model.fail(file, line, "cannot include " .. text.quote(path) .. ": " .. full .. " " .. err)
    return
  end
  note_file(full)
  local fn, serr = compile(src, full, env)
  if not fn then error(serr, 0) end
  included[real], loading[real] = true, true
  fn()
  loading[real] = nil
end

-- require "name": the script's own Lua modules (name.lua, dots as folders)
-- from the script's folder, the working directory or an -I folder, loaded
-- once into the script's environment so they can use the language's words;
-- and the Lua libraries that the script already has. With --trust anything
-- else goes to Lua's own require.
local modules = {}
requiring = {}         -- module name -> true while it loads (cycles)
local libraries = { string = true, table = true, math = true, utf8 = true,
                    coroutine = true, os = true }
local function script_require(name)
  if type(name) ~= "string" or not str_match(name, "^[%w_%-]+[%w_%.%-]*$") then
    error("require needs a module name such as \"helpers\" or \"lib.util\"; got "
      .. text.show_value(name), 2)
  end
  if modules[name] ~= nil then return modules[name] end
  if libraries[name] then return env[name] end
  if not M.options.trust then
    local refused = require("canvas.script.sandbox").withheld(name)
    if refused then error(refused, 2) end
  end
  local rel = str_gsub(name, "%.", "/") .. ".lua"
  local tried = {}
  local cwd = c.cwd()
  for _, r in ipairs(roots) do
    local full = (r == cwd) and rel or join(r, rel)   -- as short as it can be shown
    local real, why = allow(full)
    if real then
      local src, err = c.readfile(real)
      if not src then error("cannot require '" .. name .. "': " .. full .. " " .. err, 2) end
      if requiring[name] then
        error("require cycle: module '" .. name .. "' is already being loaded (it requires, "
          .. "directly or not, the module that requires it)", 2)
      end
      note_file(full)
      local fn, serr = compile(src, full, env)
      if not fn then error(serr, 0) end
      requiring[name] = true
      local v = fn(name, full)
      requiring[name] = nil
      if v == nil then v = true end
      modules[name] = v
      return v
    elseif why ~= "does not exist" then
      error("cannot require '" .. name .. "': " .. full .. " " .. why, 2)
    end
    tried[#tried + 1] = full
  end
  if M.options.trust then
    local ok, v = pcall(require, name)
    if ok then return v end
    error(v, 2)
  end
  error("module '" .. name .. "' not found (looked for " .. table.concat(tried, ", ") .. ")", 2)
end

-- The language: the built-in vocabulary declared, and the configuration's
-- reading of -- canvas: ignore comments set up (every load with
-- declarations needs it; the checks themselves wait for canvas check).
-- Loaded once, when a script first uses a word of the language or an
-- operation needs the model: a script that declares nothing (an empty one,
-- one that only computes) never loads it.
local language = false

-- The words, made once: an interpreter that checks several scripts gives
-- each environment the same functions (they keep their state in the model).
local words_made
local function language_words()
  if words_made then return words_made end
  local declare = require "canvas.lang.declare"
  local words = declare.words()
  for k, v in pairs(require("canvas.lang.query").words()) do words[k] = v end
  words.rank = require("canvas.eval.rank").word
  -- checks { }, check and findings: the checks engine is loaded when a
  -- script first uses one of them
  local engine_words
  for _, k in ipairs { "checks", "check", "findings" } do
    words[k] = function(...)
      engine_words = engine_words or require("canvas.checks.engine").words()
      return engine_words[k](...)
    end
  end
  words_made = words
  return words
end

function M.language()
  if language then return end
  language = true
  require("canvas.lang.declare").load_vocabulary()
  require "canvas.checks.config"
  if env then require("canvas.script.sandbox").complete(env) end
end

function M.has_language() return language end

local function make_env()
  local sandbox = require "canvas.script.sandbox"
  local extra = { arg = {}, require = script_require, load = script_load }
  env = sandbox.build(M.options.trust, { include = include }, extra, function()
    M.language()
    return language_words()
  end)
  if language then sandbox.complete(env) end
  return env
end

function M.env()
  return env or make_env()
end

-- Before another top-level script in this interpreter (canvas check of
-- several files): nothing of the scripts before is left, and the next one
-- gets an environment of its own.
function M.fresh()
  M.reset()
  env, modules, requiring = nil, {}, {}
end

local function set_arg(script)
  local a = { [0] = script }
  for i, v in ipairs(M.options.args) do a[i] = v end
  rawset(M.env(), "arg", a)
end

-- Runs a compiled chunk under the handler. Returns true, or false after
-- recording the error.
local function run(fn, name, ...)
  if M.options.trust then io.output(c.print_file() or io.stdout) end
  local ok, err = xpcall(fn, handler, ...)
  if not ok then fatal(err, name) end
  return ok
end

-- Runs one statement typed at the REPL, compiled by the caller in the
-- script environment, under the handler. Returns true and the values it
-- returned packed ({ n = ..., ... }), or false after recording the error.
function M.call(fn, name)
  M.env()
  if M.options.trust then io.output(c.print_file() or io.stdout) end
  local results
  local ok, err = xpcall(function() results = table.pack(fn()) end, handler)
  if not ok then fatal(err, name) end
  return ok, results
end

-- Compiles `code` (named `name` in messages) in the script environment.
-- Returns the function, or nil and Lua's message.
function M.compile(code, name)
  return load(code, "=" .. name, "t", M.env())
end

-- Sets the folders the REPL may read and write: the working directory and
-- the -I folders, and the folder of `script` when one was loaded.
function M.set_roots(script)
  set_roots(script)
end

-- Whether `path` may be written by a script (save): a .lua file in the
-- folders scripts may read. Returns the path, or nil and why.
function M.writable(path)
  if not is_lua(path) then return nil, "does not end in .lua; save writes only .lua files" end
  if M.options.trust then return path end
  local dir = c.realpath(dirname(path))
  if not dir then return nil, "is in a folder that does not exist" end
  if not inside(dir) then
    return nil, "is outside the folders scripts may write (the working directory, the "
      .. "loaded script's folder and -I folders; --trust lifts this)"
  end
  local real = c.realpath(path)
  if real and not is_lua(real) then
    return nil, "leads to " .. str_match(real, "[^/]*$") .. ", which " .. NOT_LUA
  end
  return path
end

-- Loads and runs the script file at `path`. Returns true if it ran.
-- Loads the script at `path`; with `src`, that text stands for the file's
-- contents (an editor's buffer not saved yet): the file need not exist, and
-- includes and the project file are still found beside it.
function M.load_file(path, src)
  M.current = path
  M.loaded[#M.loaded + 1] = path
  M.env()
  set_roots(path)
  note_file(path)
  if not src then
    local err
    src, err = c.readfile(path)
    if not src then
      model.fail(path, 0, "cannot read " .. text.quote(path, 200) .. ": " .. err)
      return false
    end
  end
  local fn, serr = compile(src, path, env)
  if not fn then
    local file, line, rest = split(serr)
    model.fail(file or path, line or 0, text.escape(M.explain(rest)))
    return false
  end
  local real = M.real_file(path)
  if real then included[real], loading[real] = true, true end
  set_arg(path)
  if M.options.trust then
    package.path = join(dirname(path), "?.lua") .. ";" .. package.path
  end
  local ok = run(fn, path, table.unpack(M.options.args))
  if real then loading[real] = nil end
  return ok
end

-- Loads and runs `code`, called `name` in messages.
function M.load_string(code, name)
  M.current = name
  M.env()
  set_roots(nil)
  note_file(name)
  source.remember(name, code)
  local fn, serr = load(M.prepare(code), "=" .. name, "t", env)
  if not fn then
    local file, line, rest = split(serr)
    model.fail(file or name, line or 0, text.escape(M.explain(rest)))
    return false
  end
  set_arg(name)
  return run(fn, name, table.unpack(M.options.args))
end

return M
