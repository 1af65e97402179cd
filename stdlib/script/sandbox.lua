-- The environment a canvas script runs in. Untrusted scripts get an
-- allow-list of the Lua library (no io, no os beyond time and date, no
-- debug, no binary chunks, no string.dump, no C modules); trusted ones get
-- the whole library. In both, reading an undefined global is an error that
-- names it, so a typo in a script is caught where it is written.
local suggest = require "canvas.util.suggest"
local patterns = require "canvas.script.pattern_cost"
local host = require "canvas.c"
local newtable = host.newtable
local where = host.where

local M = {}

local function copy(t, except)
  local out = {}
  for k, v in pairs(t) do
    if not (except and except[k]) then out[k] = v end
  end
  return out
end

local base_names = { "assert", "error", "ipairs", "next", "pairs", "pcall", "print",
                     "rawequal", "rawget", "rawlen", "rawset", "select", "tonumber",
                     "tostring", "type", "xpcall", "getmetatable", "_VERSION" }

-- setmetatable that refuses __gc: finalizers run where limits cannot reach.
local raw_setmetatable = setmetatable
-- Calls library function f for a script. An error f raises names the
-- frame that called f, which is canvas's wrapper: it is raised again at the
-- script's line instead.
local raw_gsub, raw_find = string.gsub, string.find
-- "stdlib/": how the stdlib's positions start in messages
local STDLIB_POS = "^" .. raw_gsub(raw_gsub(host.stdlib_prefix, "^@", ""), "%p", "%%%0")
local function rethrow(ok, ...)
  if ok then return ... end
  local e = ...
  if type(e) == "string" and raw_find(e, STDLIB_POS) then
    -- positioned at canvas's wrapper: position it at the script instead
    e = raw_gsub(e, STDLIB_POS .. "[%w_/]+%.lua:%d+: ", "")
    local file, line = where()
    if file then e = file .. ":" .. line .. ": " .. e end
  end
  error(e, 0)
end
local function user_call(f, ...)
  return rethrow(pcall(f, ...))
end
M.user_call = user_call

local function safe_setmetatable(t, mt)
  if type(t) ~= "table" then
    error("bad argument #1 to 'setmetatable' (table expected, got " .. type(t) .. ")", 2)
  end
  if mt ~= nil and type(mt) ~= "table" then
    error("bad argument #2 to 'setmetatable' (nil or table expected)", 2)
  end
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("setmetatable: __gc finalizers are not allowed in canvas scripts "
      .. "(run with --trust to allow them)", 2)
  end
  if type(getmetatable(t)) == "string" or getmetatable(t) == false then
    error("setmetatable: cannot change a protected metatable (canvas objects and the "
      .. "script's globals keep theirs)", 2)
  end
  return raw_setmetatable(t, mt)   -- the checks above leave it nothing to refuse
end

-- string.rep of an empty string any number of times is empty; Lua 5.4.4
-- would loop in C for a huge count.
local raw_rep = string.rep
local function safe_rep(s, n, sep)
  if type(s) == "string" and #s == 0 and (sep == nil or sep == "")
      and type(n) == "number" then
    return ""
  end
  return user_call(raw_rep, s, n, sep)
end

local gc_allowed = { count = true, collect = true, step = true, isrunning = true }
local function safe_collectgarbage(opt, ...)
  opt = opt or "collect"
  if not gc_allowed[opt] then
    error("collectgarbage: option '" .. tostring(opt)
      .. "' is not allowed in canvas scripts (count, collect, step and isrunning are)", 2)
  end
  return collectgarbage(opt, ...)
end

-- Names of the full library that untrusted scripts do not get, so that the
-- error for them says why instead of "undefined".
local withheld = { io = true, debug = true, package = true, dofile = true,
                   loadfile = true, require = false }
local TRUST_HINT = " (run with --trust to give a script you trust the whole Lua library)"

-- The message for a withheld library or function, or nil if `name` is not one.
function M.withheld(name)
  if withheld[name] then
    return "'" .. name .. "' is not available to canvas scripts" .. TRUST_HINT
  end
end

-- A copy of library `lib` (named `name`) that explains the functions it leaves
-- out when a script asks for them. `keep` is the set of names it keeps; the
-- list of them that the message gives is made once for each set (an
-- interpreter builds an environment for every script it checks).
local kept_names = setmetatable({}, { __mode = "k" })   -- keep -> { names, text }
local function partial(lib, name, keep)
  local kept = kept_names[keep]
  if not kept then
    local allowed = {}
    for k in pairs(keep) do allowed[#allowed + 1] = name .. "." .. k end
    table.sort(allowed)
    kept = { n = #allowed, text = table.concat(allowed, ", ") }
    kept_names[keep] = kept
  end
  local t = newtable(0, kept.n)
  for k in pairs(keep) do t[k] = lib[k] end
  return raw_setmetatable(t, {
    __index = function(_, k)
      if lib[k] ~= nil then
        local others = kept.n <= 6 and ("; only " .. kept.text .. " are") or ""
        error(name .. "." .. tostring(k) .. " is not available to canvas scripts" .. others
          .. TRUST_HINT, 2)
      end
      return nil
    end,
  })
end

-- xpcall whose message handler runs after the error has unwound, as plain
-- code under the limits (Lua runs a real message handler with hooks off, so
-- a loop in it could never be stopped). The handler sees the error object;
-- an error inside it is returned as the error.
local pack, unpack = table.pack, table.unpack
local function safe_xpcall(f, handler, ...)
  if type(handler) ~= "function" then
    error("bad argument #2 to 'xpcall' (function expected, got " .. type(handler) .. ")", 2)
  end
  local r = pack(pcall(f, ...))
  if r[1] then return unpack(r, 1, r.n) end
  local ok, v = pcall(handler, r[2])
  if ok then return false, v end
  return false, v
end

-- coroutine.close nested in the __close of another coroutine.close crashes
-- Lua 5.4.4 once deep enough; canvas scripts may nest it only this far.
local MAX_CLOSE_DEPTH = 100
local close_depth = 0
local raw_close = coroutine.close
local function safe_close(co)
  if close_depth >= MAX_CLOSE_DEPTH then
    error("coroutine.close: nested more than " .. MAX_CLOSE_DEPTH
      .. " deep (a __close that closes another coroutine, and so on)", 2)
  end
  close_depth = close_depth + 1
  local r = pack(pcall(raw_close, co))
  close_depth = close_depth - 1
  return rethrow(unpack(r, 1, r.n))
end

-- print for scripts: the same text as Lua's print, sent to the stream the
-- host chose for the script's own output (standard error while a view or an
-- export owns standard output).
local tostring, select, concat = tostring, select, table.concat
local function script_print(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  host.print(concat(parts, "\t", 1, n), "\n")
end

-- The environments whose language is not in them yet -> the function that
-- gives its words.
local pending = setmetatable({}, { __mode = "k" })

-- Puts the language's words into env (once), leaving alone a name the
-- script has set itself in the meantime.
function M.complete(env)
  local more = pending[env]
  if not more then return end
  pending[env] = nil
  for k, v in pairs(more()) do
    if rawget(env, k) == nil then rawset(env, k, v) end
  end
end

-- The string library that untrusted scripts get, its pattern functions
-- guarded, and the names it keeps: made once, and never handed to a script
-- itself (each environment gets copies, by partial).
local guarded_lib, string_keep
local function guarded_string()
  if not guarded_lib then
    string_keep = {}
    for k in pairs(string) do if k ~= "dump" then string_keep[k] = true end end
    guarded_lib = copy(string)
    for k, f in pairs(patterns.guard(string, user_call)) do guarded_lib[k] = f end
    guarded_lib.rep = safe_rep
  end
  return guarded_lib, string_keep
end
local OS_KEEP = { time = true, date = true }

-- The libraries that an untrusted script gets copies of, each made when
-- the script first reads its name (or lists its globals: pairs(_G), the
-- REPL's completion): most scripts use none of them, and an interpreter
-- that checks many scripts makes an environment for each.
local LIBRARIES = {
  table = function() return copy(table) end,
  math = function() return copy(math) end,
  utf8 = function() return copy(utf8) end,
  coroutine = function()
    local t = copy(coroutine)
    t.close = safe_close
    return t
  end,
  os = function() return partial(os, "os", OS_KEEP) end,
}
local unmade = setmetatable({}, { __mode = "k" })   -- env -> names of libraries not made yet

-- Makes the library `name` of env if it is still to be made; returns it.
local function make_library(env, name)
  local todo = unmade[env]
  if not (todo and todo[name]) then return nil end
  todo[name] = nil
  local lib = LIBRARIES[name]()
  rawset(env, name, lib)
  return lib
end

-- Makes every library of env still to be made (before its globals are
-- listed).
function M.make_libraries(env)
  local todo = unmade[env]
  if not todo then return end
  for name in pairs(LIBRARIES) do make_library(env, name) end
  unmade[env] = nil
end

-- Builds the environment. `words` maps names to functions; `extra` holds
-- include, require and arg; `more`, if given, returns the language's words,
-- which join the environment when a script first reads a name that is not
-- there (or on M.complete). Returns the environment table.
function M.build(trust, words, extra, more)
  local extra_load = extra.load
  extra.load = nil
  -- room for Lua's names, the language's words and a few more
  local env = newtable(0, 64)
  if not trust then
    for _, k in ipairs(base_names) do env[k] = _G[k] end
    env.setmetatable = safe_setmetatable
    env.collectgarbage = safe_collectgarbage
    local guarded, skeep = guarded_string()
    env.string = partial(guarded, "string", skeep)
    env.xpcall = safe_xpcall
    unmade[env] = { table = true, math = true, utf8 = true, coroutine = true, os = true }
    env.load = function(chunk, name, mode, e)
      -- text only: binary chunks can crash the VM
      if mode ~= nil and (type(mode) ~= "string" or not raw_find(mode, "t", 1, true)) then
        return nil, "load: binary chunks are not allowed in canvas scripts (mode must allow \"t\")"
      end
      if e == nil then e = env end
      return extra_load(chunk, name or "=(load)", "t", e)
    end
    -- Methods on strings ("x"):rep(3) use a private copy of the string
    -- library, so a script that changes its own `string` cannot change what
    -- the stdlib calls; the metatable itself is hidden (so it is read with
    -- debug.getmetatable: an interpreter builds an environment for each
    -- script it checks).
    local smt = debug.getmetatable("")
    smt.__index = partial(guarded, "string", skeep)
    smt.__metatable = false
  end
  if trust then env.load = extra_load end
  env.print = script_print
  for k, v in pairs(words) do env[k] = v end
  for k, v in pairs(extra) do env[k] = v end
  env._G = env
  pending[env] = more

  local function known()
    M.complete(env)
    M.make_libraries(env)
    local list = {}
    for k in pairs(env) do if type(k) == "string" then list[#list + 1] = k end end
    if trust then
      for k in pairs(_G) do if type(k) == "string" then list[#list + 1] = k end end
    end
    table.sort(list)
    return list
  end
  raw_setmetatable(env, {
    __index = function(_, k)
      if trust then   -- (no name of the language is one of Lua's globals)
        local v = _G[k]
        if v ~= nil then return v end
      elseif LIBRARIES[k] then
        local lib = make_library(env, k)
        if lib ~= nil then return lib end
      end
      if pending[env] then
        M.complete(env)
        local v = rawget(env, k)
        if v ~= nil then return v end
      end
      if not trust and withheld[k] then
        error(M.withheld(k), 2)
      end
      local name = type(k) == "string" and k or tostring(k)
      error("undefined global '" .. name .. "'" .. suggest.hint(name, known()), 2)
    end,
    -- a script that sets a library's name before reading it keeps what it set
    __newindex = function(t, k, v)
      local todo = unmade[t]
      if todo then todo[k] = nil end
      rawset(t, k, v)
    end,
    __pairs = function(t)
      M.make_libraries(t)
      return next, t, nil
    end,
    __metatable = false,
  })
  return env
end

return M
