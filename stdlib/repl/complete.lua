-- Tab completion for the REPL. The C side only connects GNU readline to
-- M.complete; all the knowledge of the language lives here, where a unit
-- test can call it without a terminal.
--
-- M.complete(line, start, stop, env) -> a list of candidates
--
--   line   the text being edited: readline's line buffer (rl_line_buffer).
--          Only line:sub(1, stop) is read, so what follows the cursor does
--          not matter. The caller may put the earlier lines of a statement
--          still being written in front, joined with "\n" (start and stop
--          then count in the joined text), so that a declaration opened on
--          an earlier line is known: `pain "X" {` <Enter> `sev<TAB>`.
--   stop   the cursor: the last byte of the word (1-based, inclusive), which
--          is readline's `end`.
--   start  the first byte of the word, readline's `start` + 1; stop + 1 for
--          an empty word. The words meant are readline's with
--          rl_completer_word_break_characters = M.word_breaks and
--          rl_completer_quote_characters = M.quote_chars: a word begins
--          after the last break character before the cursor (quotes are
--          none; see M.word_breaks), `.` and `:`
--          stay inside it (`seg.na`, `s:up`), and in a string left open
--          before the cursor it is everything after the opening quote,
--          spaces included (`seg "Daily co`). Other word bounds work too:
--          the context is found from the text itself, and each candidate is
--          cut or lengthened to replace exactly line:sub(start, stop).
--   env    the globals to complete from; by default the script
--          environment, require("canvas.script.loader").env().
--
-- The candidates are sorted, without repeats, each the whole replacement
-- of line:sub(start, stop), with its own ending: "(" after a function, "."
-- after a table and, inside a string, the closing quote when there is a
-- single candidate (`seg "Pa` -> `Patients"`). The caller adds nothing:
-- rl_completion_append_character = '\0', rl_completion_suppress_quote = 1.
-- Text completed inside a string is written as the string needs it (a
-- quote or a backslash in a note's text comes back escaped), and what the
-- user typed is matched after its escapes are read.
--
-- What completes where:
--   a name                   Lua keywords and the globals of env (the
--                            declaration and query words among them)
--   a.b.c. or a.b:           the fields of that value (methods only after
--                            ":"); a canvas object also offers every field of
--                            its category in the field registry, set or not
--   seg "X". / seg("X").     the same, for the segment that seg would return
--   pain "X" { sev           the fields of that declaration's category (and,
--                            in a segment or a value, the words of the
--                            declarations it may hold)
--   seg " / pains(" ...      segment names and ids, for the words that take
--                            a segment: seg, jobs, pains, gains, ranked, fit
--   relieves " creates "     the texts and ids of pains, gains, jobs: of the
--   helps "                  value's segment when it can be told (the value
--                            being written, or the latest one), else of all
--   segment = " in a value,  segment names and ids
--   depends_on = { "
--   kind = " type = " ...    the field's allowed values, for the category of
--                            the declaration around it (of any category that
--                            has the field, outside one); scale fields
--                            (severity, importance, relevance) their words;
--                            ignore = " rule IDs
--   field "x" { on = " type = "   the targets and the user field types
--   rank "pains" { by = "    the fields of pains
--   help "                   help topics, from canvas.help's names() when
--                            that module is there
--   explain " , checks { ignore = { "   rule IDs, from the rule registry
--
-- Completion never runs the user's code: values are read with rawget and
-- next, `__index` is followed only when it is a table (read from the real
-- metatable, raw), no metamethod is triggered (no #, ipairs, tostring or
-- == on the user's values), and `seg "X"` is not called but looked up in
-- the model's own tables, and only when `seg` is still canvas's own.
-- Prefixes are compared with string.byte, a plain string.find or memcmp
-- (host.prefixed), never a pattern made from what the user typed. Nothing
-- is prepared when the module loads; the notes are walked once per call, up
-- to M.cap candidates.
local model = require "canvas.lang.model"
local fields = require "canvas.lang.fields"
local categories = require "canvas.lang.categories"
local prefixed, strlist_prefixed = require("canvas.c").prefixed, require("canvas.c").strlist_prefixed

local M = {}

-- For readline: see the contract above. The quotes are quote characters,
-- not break characters: readline appends the character that broke a word
-- when it is a quote, so `seg "X".na` would come back as `seg "X".name"`.
M.word_breaks = " \t\n`@$><=;|&{(,)}[]+-*/%^#~"
M.quote_chars = "\"'"

-- The most candidates one call gathers: a list longer than this is of no use
-- on a terminal, and stopping there keeps a call on a million notes short.
M.cap = 200

local find, sub, byte, gsub, format = string.find, string.sub, string.byte, string.gsub, string.format
local rawget, rawequal, next, type = rawget, rawequal, next, type
local getmt = debug and debug.getmetatable or getmetatable

local keywords = {}
for _, k in ipairs { "and", "break", "do", "else", "elseif", "end", "false", "for", "function",
                     "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then",
                     "true", "until", "while" } do
  keywords[k] = true
end

---------------------------------------------------------------------------
-- Reading the line: Lua tokens up to the cursor
---------------------------------------------------------------------------

-- Tokens are { kind, s, e, v }: kind "name", "number", "string" (v: the
-- text between the quotes, as written), "open" (a string the cursor is in;
-- q: its quote) or "op" (v: the symbol). Returns the tokens and, when the
-- cursor is in a comment or a long string, "comment".
local ops3 = { ["..."] = true }
local ops2 = { [".."] = true, ["=="] = true, ["~="] = true, ["<="] = true, [">="] = true,
               ["::"] = true, ["//"] = true, ["<<"] = true, [">>"] = true }
local string_stop = { ['"'] = '[\\\n"]', ["'"] = "[\\\n']" }

local function long_bracket(src, i)
  local s, e = find(src, "^%[=*%[", i)
  if not s then return nil end
  local close = "]" .. string.rep("=", e - s - 1) .. "]"
  local _, ce = find(src, close, e + 1, true)
  return ce or false
end

local function lex(src)
  local toks, n = {}, 0
  local i, len = 1, #src
  local function push(kind, s, e, v)
    n = n + 1
    toks[n] = { kind = kind, s = s, e = e, v = v }
    return toks[n]
  end
  while i <= len do
    local _, sp = find(src, "^[ \t\r\n\f\v]+", i)
    if sp then
      i = sp + 1
    else
      local c = sub(src, i, i)
      local s, e = find(src, "^[%a_][%w_]*", i)
      if s then
        push("name", s, e, sub(src, s, e))
        i = e + 1
      elseif find(src, "^%.?%d", i) then
        _, e = find(src, "^%.?%d[%w_%.]*", i)
        while find(src, "^[eEpP]", e) and find(src, "^[%+%-]", e + 1) do
          _, e = find(src, "^[%+%-][%w_%.]*", e + 1)
        end
        push("number", i, e, sub(src, i, e))
        i = e + 1
      elseif c == '"' or c == "'" then
        local j = i + 1
        while true do
          local k = find(src, string_stop[c], j)
          if not k or (byte(src, k) == 92 and k == len) then
            push("open", i, len, sub(src, i + 1, len)).q = c
            return toks
          elseif byte(src, k) == 92 then
            j = k + 2
          else
            -- the closing quote, or a newline that ends a malformed string
            push("string", i, k, sub(src, i + 1, k - 1))
            i = k + 1
            break
          end
        end
      elseif sub(src, i, i + 1) == "--" then
        local ce = long_bracket(src, i + 2)
        if ce == false then return toks, "comment" end
        if not ce then
          ce = find(src, "\n", i, true)
          if not ce then return toks, "comment" end
        end
        i = ce + 1
      elseif c == "[" and long_bracket(src, i) ~= nil then
        local ce = long_bracket(src, i)
        if not ce then return toks, "comment" end
        push("string", i, ce, "")   -- a long string: its text is never needed
        i = ce + 1
      else
        local w = ops3[sub(src, i, i + 2)] and 3 or ops2[sub(src, i, i + 1)] and 2 or 1
        push("op", i, i + w - 1, sub(src, i, i + w - 1))
        i = i + w
      end
    end
  end
  return toks
end

local function is_op(t, v) return t ~= nil and t.kind == "op" and t.v == v end
local function is_name(t) return t ~= nil and t.kind == "name" and not keywords[t.v] end
local function is_string(t) return t ~= nil and t.kind == "string" end

-- The value of a string as written between its quotes, or nil when it ends
-- in an escape not finished yet.
local simple_escape = { n = "\n", t = "\t", r = "\r", a = "\a", b = "\b", f = "\f", v = "\v",
                        ["\\"] = "\\", ['"'] = '"', ["'"] = "'", ["\n"] = "\n" }
local function decode(raw)
  if not find(raw, "\\", 1, true) then return raw end
  local out, i = {}, 1
  while true do
    local k = find(raw, "\\", i, true)
    if not k then out[#out + 1] = sub(raw, i); break end
    out[#out + 1] = sub(raw, i, k - 1)
    local c = sub(raw, k + 1, k + 1)
    if c == "" then return nil end
    if simple_escape[c] then
      out[#out + 1] = simple_escape[c]
      i = k + 2
    elseif find(c, "%d") then
      local _, e = find(raw, "^%d%d?%d?", k + 1)
      local code = tonumber(sub(raw, k + 1, e))
      if code > 255 then return nil end
      out[#out + 1] = string.char(code)
      i = e + 1
    elseif c == "x" then
      local h = sub(raw, k + 2, k + 3)
      if not find(h, "^%x%x$") then return nil end
      out[#out + 1] = string.char(tonumber(h, 16))
      i = k + 4
    elseif c == "z" then
      local _, e = find(raw, "^%s*", k + 2)
      i = e + 1
    elseif c == "u" then
      local _, e, hex = find(raw, "^{(%x+)}", k + 2)
      if not e then return nil end
      local code = tonumber(hex, 16)
      if code > 0x7FFFFFFF then return nil end
      out[#out + 1] = utf8.char(code)
      i = e + 1
    else
      return nil
    end
  end
  return table.concat(out)
end

-- Text as it is written inside a string quoted with q.
local escape_pattern = { ['"'] = '[\0-\31\127\\"]', ["'"] = "[\0-\31\127\\']" }
local named_escape = { ["\n"] = "\\n", ["\t"] = "\\t", ["\\"] = "\\\\", ['"'] = '\\"', ["'"] = "\\'" }
local function escape(s, q)
  return (gsub(s, escape_pattern[q], function(c)
    return named_escape[c] or format("\\%03d", byte(c))
  end))
end

-- The brackets still open after toks[1..upto]: a list of token indexes.
local closes = { [")"] = "(", ["]"] = "[", ["}"] = "{" }
local function open_brackets(toks, upto)
  local stack = {}
  for i = 1, upto do
    local t = toks[i]
    if t.kind == "op" then
      if t.v == "(" or t.v == "[" or t.v == "{" then
        stack[#stack + 1] = i
      elseif closes[t.v] and #stack > 0 then
        stack[#stack] = nil
      end
    end
  end
  return stack
end

-- The call whose name is at index i: true unless it is a method or a field
-- of something else (`x.seg "A"`).
local function plain_call(toks, i)
  return is_name(toks[i]) and not is_op(toks[i - 1], ".") and not is_op(toks[i - 1], ":")
end

-- What the table opened at toks[b] is: { word, label, category } for
-- `word "label" {` or `word("label") {` or `word {`; { key, parent } for a
-- field's table `key = {` inside another; {} for any other table.
local function table_at(toks, b, stack, depth)
  local p1, p2, p3 = toks[b - 1], toks[b - 2], toks[b - 3]
  local word, label
  if is_string(p1) and plain_call(toks, b - 2) then
    word, label = p2.v, decode(p1.v)
  elseif is_op(p1, ")") and is_string(p2) and is_op(p3, "(") and plain_call(toks, b - 4) then
    word, label = toks[b - 4].v, decode(p2.v)
  elseif plain_call(toks, b - 1) then
    word = p1.v
  elseif is_op(p1, "=") and is_name(p2) and (is_op(p3, "{") or is_op(p3, ",")) and depth > 1 then
    return { key = p2.v, parent = table_at(toks, stack[depth - 1], stack, depth - 1),
             parent_at = stack[depth - 1] }
  end
  if word then
    return { word = word, label = label, category = categories.category_of[word] }
  end
  return {}
end

-- The fields written as `name = "text"` directly in the table opened at
-- toks[b], up to toks[upto].
local function written_fields(toks, b, upto)
  local out, depth = {}, 0
  for i = b + 1, upto do
    local t = toks[i]
    if t.kind == "op" then
      if t.v == "(" or t.v == "[" or t.v == "{" then depth = depth + 1
      elseif closes[t.v] then depth = depth - 1 end
    elseif depth == 0 and is_string(t) and is_op(toks[i - 1], "=") and is_name(toks[i - 2])
        and (is_op(toks[i - 3], "{") or is_op(toks[i - 3], ",")) then
      out[toks[i - 2].v] = decode(t.v)
    end
  end
  return out
end

---------------------------------------------------------------------------
-- Gathering candidates
---------------------------------------------------------------------------

-- A collector of words that start with `prefix`: add(word, ending) keeps a
-- new one and says true once there are M.cap of them.
local function collector(prefix)
  local n, last = #prefix, byte(prefix, -1)
  local seen, list = {}, {}
  local col = { prefix = prefix, n = n, last = last, list = list, full = false }
  function col.add(word, ending)
    if col.full then return true end
    if type(word) ~= "string" then return false end
    if n > 0 and (byte(word, n) ~= last or find(word, prefix, 1, true) ~= 1) then return false end
    local w = ending and (word .. ending) or word
    if not seen[w] then
      seen[w] = true
      list[#list + 1] = w
      if #list >= M.cap then col.full = true end
    end
    return col.full
  end
  return col
end

-- The tables that reading a key of v looks in, in order, without running
-- code: v itself, then each __index that is a table.
local MAX_CHAIN = 16
local function each_table(v, fn)
  local seen = {}
  for _ = 1, MAX_CHAIN do
    if type(v) == "table" then
      if seen[v] then return end
      seen[v] = true
      if fn(v) then return end
    end
    local mt = getmt(v)
    if type(mt) ~= "table" then return end
    v = rawget(mt, "__index")
    if type(v) ~= "table" then return end
  end
end

local function raw_index(v, key)
  local found
  each_table(v, function(t)
    found = rawget(t, key)
    return found ~= nil
  end)
  return found
end

local function ending_of(v)
  local t = type(v)
  if t == "function" then return "(" end
  if t == "table" then return "." end
  return nil
end

local function is_identifier(k)
  return type(k) == "string" and find(k, "^[%a_][%w_]*$") ~= nil and not keywords[k]
end

-- Adds the keys that reading v can find, each with the ending of its value;
-- with methods_only, only those whose value is a function.
local function add_keys(col, v, methods_only)
  local seen = {}
  each_table(v, function(t)
    for k, x in next, t do
      if is_identifier(k) and not seen[k] then
        seen[k] = true
        if not methods_only or type(x) == "function" then
          if col.add(k, ending_of(x)) then return true end
        end
      end
    end
  end)
end

-- The trusted script environment falls back to Lua's own globals through a
-- function, which completion may not call: it reads _G itself instead.
local function fallback_globals(env)
  local loader = package.loaded["canvas.script.loader"]
  if loader and loader.options.trust and rawequal(env, loader.env()) then return _G end
  return nil
end

local function global(env, name)
  local v = raw_index(env, name)
  if v == nil then
    local g = fallback_globals(env)
    if g then v = rawget(g, name) end
  end
  return v
end

local function add_globals(col, env)
  for k in next, keywords do col.add(k) end
  add_keys(col, env)
  local g = fallback_globals(env)
  if g then add_keys(col, g) end
end

local function add_segments(col)
  local S = model.state()
  for _, s in ipairs(S.segments) do
    if col.add(s.name) or col.add(rawget(s, "id")) then return end
  end
end

local function add_list(col, list)
  for _, w in ipairs(list or {}) do
    if col.add(w) then return end
  end
end

-- The texts and ids of the notes in the list `list_name` (jobs, pains or
-- gains) of segment `only`, or of every segment. These are the walks over
-- all the notes; host.prefixed and host.strlist_prefixed make them in C,
-- reading raw, so that a million notes take a few tens of milliseconds.
local function add_notes(col, list_name, only)
  local S = model.state()
  local prefix = col.prefix
  local add = col.add
  local segs = only and { only } or S.segments
  for j = 1, #segs do
    local list = rawget(segs[j], list_name)
    local from = type(list) == "table" and 1 or nil   -- (a script may have replaced it)
    while from do
      local found
      found, from = prefixed(list, "text", prefix, from, M.cap - #col.list)
      for i = 1, #found do
        if add(found[i]) then return end
      end
    end
  end
  -- notes not yet settled in their segment (written after it, outside its table)
  local category = categories.note_of[list_name]
  local pending, owners = S.pending, S.pending_owner
  for i = 1, S.npending do
    local item = pending[i]
    if model.category(item) == category and rawget(item, "segment") == nil
        and (not only or rawequal(owners[i], only))
        and (add(rawget(item, "text")) or add(rawget(item, "id"))) then
      return
    end
  end
  -- ids: of one segment, from its list; of all, from the model's list of
  -- the ids of the category, whose objects are read only where the id fits
  if only then
    local list = rawget(only, list_name)
    if type(list) == "table" then add_list(col, (prefixed(list, "id", prefix, 1, M.cap))) end
    return
  end
  local ids, from = S.ids, S.ids_of[category] and 1
  while from do
    local found
    found, from = strlist_prefixed(S.ids_of[category], prefix, from, M.cap - #col.list)
    for i = 1, #found do
      local obj = rawget(ids, found[i])
      if obj ~= nil and model.category(obj) == category and add(found[i]) then return end
    end
  end
end

local function add_rule_ids(col)
  add_list(col, require("canvas.checks").order)
end

-- Help topics, from the help module when there is one.
local function add_help_topics(col)
  local ok, help = pcall(require, "canvas.help")
  if not ok or type(help) ~= "table" or type(help.names) ~= "function" then return end
  local ok2, names = pcall(help.names)
  if ok2 and type(names) == "table" then add_list(col, names) end
end

---------------------------------------------------------------------------
-- The contexts
---------------------------------------------------------------------------

-- The segment whose notes a reliever, creator or helper written here would
-- name: the one the value around it says (segment = "..."), that value as
-- declared before, or, outside any table, the latest value's; with a single
-- segment, that one. nil when it cannot be told.
local function value_segment(toks, stack, upto)
  local S = model.state()
  -- the innermost table, past the parenthesis of `relieves("...`
  local depth = #stack
  while depth > 0 and toks[stack[depth]].v == "(" do depth = depth - 1 end
  local b = stack[depth]
  local value
  if b then
    if toks[b].v ~= "{" then return nil end
    local info = table_at(toks, b, stack, depth)
    if info.category ~= "value" then return nil end
    local ref = written_fields(toks, b, upto).segment
    if ref then return (model.find_segment(ref)) end
    value = info.label and S.value_by_name[info.label]
  else
    value = S.current.value
  end
  if value then
    local seg = rawget(value, "serves")
    if seg then return seg end
    local ref = rawget(value, "segment")
    if type(ref) == "string" then return (model.find_segment(ref)) end
  end
  if #S.segments == 1 then return S.segments[1] end
  return nil
end

-- Words that take a segment's name as their first argument.
local takes_segment = { seg = true, jobs = true, pains = true, gains = true, ranked = true,
                        fit = true }
local addresses = {}    -- relieves -> pains, creates -> gains, helps -> jobs
for _, a in ipairs(categories.addressers) do addresses[a.word] = a.notes end

-- The string is the first argument of a call of `word`.
local function call_argument(col, word, toks, stack, upto)
  if takes_segment[word] then
    add_segments(col)
  elseif addresses[word] then
    add_notes(col, addresses[word], value_segment(toks, stack, upto))
  elseif word == "help" then
    add_help_topics(col)
  elseif word == "explain" then
    add_rule_ids(col)
  elseif word == "rank" then
    add_list(col, categories.lists)
  end
end

-- The words a field takes, from its spec in the registry.
local function add_field_values(col, spec)
  if spec.type == "ref" or spec.type == "refs" then
    add_segments(col)
  elseif spec.type == "rules" then
    add_rule_ids(col)
  else
    add_list(col, spec.words or spec.values)
  end
end

-- The string is the value of field `key` (or an item of its list) in the
-- table described by `info` (nil: not in a declaration's table).
local function field_value(col, key, info)
  info = info or {}
  local word = info.word
  if info.category then
    local spec = fields.registry[info.category][key]
    if spec then add_field_values(col, spec) end
  elseif word == "field" then
    if key == "on" then
      add_list(col, fields.targets)
      for group, names in pairs(fields.target_groups) do
        col.add(group)
        add_list(col, names)
      end
    elseif key == "type" then
      add_list(col, fields.user_types)
    end
  elseif word == "rank" then
    if key == "segment" then
      add_segments(col)
    elseif key == "by" and info.label and categories.note_of[info.label] then
      add_list(col, fields.order[categories.note_of[info.label]])
    end
  elseif word == "check" or word == "checks" then
    if key == "severity" then
      add_list(col, require("canvas.checks").severity_names)
    elseif key == "ignore" or key == "only" then
      add_rule_ids(col)
    end
  elseif word == nil then
    -- outside a declaration: what the field takes wherever it is declared
    for _, c in ipairs(fields.targets) do
      local spec = fields.registry[c][key]
      if spec then add_field_values(col, spec) end
    end
  end
end

-- What the string that starts at toks[o] is: "argument", word, stack (the
-- first argument of a call of word); "field", key, info (the value of
-- field key, or an item of its list, in the table info describes; info
-- nil outside a declaration); "severity" (a rule's severity in checks
-- { severity = { ... } }); nil for any other string.
local function string_context(toks, o)
  local stack = open_brackets(toks, o - 1)
  local p1, p2 = toks[o - 1], toks[o - 2]
  local top = stack[#stack]
  if plain_call(toks, o - 1) then
    return "argument", p1.v, stack
  elseif is_op(p1, "(") and plain_call(toks, o - 2) then
    return "argument", p2.v, stack
  elseif is_op(p1, "=") and is_name(p2) then
    local info
    if top and toks[top].v == "{" and (is_op(toks[o - 3], "{") or is_op(toks[o - 3], ",")) then
      info = table_at(toks, top, stack, #stack)
      if info.key then
        -- a field in a field's table: checks { severity = { CS004 = "
        if info.key == "severity" and info.parent.word == "checks" then return "severity" end
        return nil
      end
    elseif top then
      return nil
    end
    return "field", p2.v, info
  elseif (is_op(p1, "{") or is_op(p1, ",")) and top and toks[top].v == "{" then
    local info = table_at(toks, top, stack, #stack)
    if info.key then return "field", info.key, info.parent end
  end
  return nil
end

-- Inside a string that starts at toks[o]: which words may go there.
local function in_string(col, toks, o)
  local what, a, b = string_context(toks, o)
  if what == "argument" then
    call_argument(col, a, toks, b, o - 1)
  elseif what == "field" then
    field_value(col, a, b)
  elseif what == "severity" then
    add_list(col, require("canvas.checks").severity_names)
  end
end

-- The value an expression before "." or ":" stands for, found without
-- running anything: a dotted path of names from a global, or a call of
-- seg with a string, looked up in the model as seg would. toks[k] is the
-- last token of the expression. Returns nil when there is none.
local function expression_value(toks, k, env)
  local path = {}
  local i = k
  local value
  while true do
    local t = toks[i]
    if is_name(t) then
      table.insert(path, 1, t.v)
      if is_op(toks[i - 1], ".") then
        i = i - 2
      elseif is_op(toks[i - 1], ":") then
        return nil
      else
        value = global(env, table.remove(path, 1))
        break
      end
    else
      local arg, name_at
      if is_op(t, ")") and is_string(toks[i - 1]) and is_op(toks[i - 2], "(") then
        arg, name_at = toks[i - 1], i - 3
      elseif is_string(t) then
        arg, name_at = t, i - 1
      else
        return nil
      end
      if not plain_call(toks, name_at) or toks[name_at].v ~= "seg" then return nil end
      local query = require "canvas.lang.query"
      if not rawequal(global(env, "seg"), query.seg) then return nil end
      local ref = decode(arg.v)
      value = ref and model.find_segment(ref)
      break
    end
  end
  for _, name in ipairs(path) do
    if value == nil then return nil end
    value = raw_index(value, name)
  end
  return value
end

-- The keys of v: after ":" its methods; after "." its fields, and for a
-- canvas object every field its category may have.
local function add_members(col, v, methods_only)
  add_keys(col, v, methods_only)
  local c = model.category(v)
  if c and not methods_only then
    for _, name in ipairs(fields.order[c]) do col.add(name, ending_of(rawget(v, name))) end
    if categories.scale_of[c] then
      -- set by ranking, so perhaps not yet
      col.add("rank")
      col.add("score")
    end
  end
end

-- A name at a key's place in a declaration's table: `pain "X" { sev`.
local function add_table_keys(col, info, env)
  for _, name in ipairs(fields.order[info.category]) do col.add(name) end
  for c in pairs(categories.holds[info.category] or {}) do
    local word = categories.word_of[c]
    col.add(word, ending_of(global(env, word)))
  end
end

-- What the word that ends `src` is, for an editor's hover: "key", info
-- (a name at a key's place in a declaration's table; info.category is the
-- declaration's), "field", key, info and "argument", word for the text of
-- a string left open at the end (see string_context), "name" for any
-- other name, nil for anything else (a comment, an operator).
function M.context(src)
  local toks, inside = lex(src)
  if inside then return nil end
  local n = #toks
  local last = toks[n]
  if not last then return nil end
  if last.kind == "open" then
    local what, a, b = string_context(toks, n)
    if what == "field" or what == "argument" then return what, a, b end
    return nil
  end
  if last.kind ~= "name" or last.e ~= #src then return nil end
  local sep = toks[n - 1]
  if is_op(sep, "{") or is_op(sep, ",") then
    local stack = open_brackets(toks, n - 1)
    local top = stack[#stack]
    if top and toks[top].v == "{" then
      local info = table_at(toks, top, stack, #stack)
      if info.category then return "key", info end
    end
  end
  return "name"
end

-- Candidates fitted to the caller's word: those made for a word starting at
-- ws are cut or lengthened to replace line:sub(start, stop).
local function fit(list, line, ws, start)
  if start == ws then return list end
  local out = {}
  if start > ws then
    for i, c in ipairs(list) do out[i] = sub(c, start - ws + 1) end
  else
    local before = sub(line, start, ws - 1)
    for i, c in ipairs(list) do out[i] = before .. c end
  end
  return out
end

-- The candidates for the word that ends at byte `stop` of line, each the
-- whole replacement of line:sub(ws, stop), and ws, where that word starts
-- (see M.complete; ws = stop + 1 for an empty word). An editor, which has
-- no word bounds of readline's, uses this.
function M.candidates(line, stop, env)
  if type(line) ~= "string" then return {}, 1 end
  stop = math.tointeger(stop) or #line
  if stop > #line then stop = #line elseif stop < 0 then stop = 0 end
  env = env or require("canvas.script.loader").env()
  -- the libraries of a script environment are made when first read: all
  -- of them now, so that their names and fields are offered
  require("canvas.script.sandbox").make_libraries(env)
  local toks, inside = lex(sub(line, 1, stop))
  if inside then return {}, stop + 1 end
  local n = #toks
  local last = toks[n]
  local col, ws
  if last and last.kind == "open" then
    -- in a string: complete its text, then write it as the string needs it
    ws = last.s + 1
    local typed = decode(last.v)
    if typed == nil then return {}, ws end
    col = collector(typed)
    in_string(col, toks, n)
    local list = col.list
    for i, text in ipairs(list) do list[i] = last.v .. escape(sub(text, #typed + 1), last.q) end
    if #list == 1 then list[1] = list[1] .. last.q end
  else
    local k = n
    if last and last.e == stop and last.kind ~= "op" then
      if last.kind ~= "name" then return {}, stop + 1 end   -- a number or a string just closed
      ws, k = last.s, n - 1
    else
      ws = stop + 1
    end
    col = collector(ws <= stop and last.v or "")
    local sep = toks[k]
    if is_op(sep, ".") or is_op(sep, ":") then
      local v = expression_value(toks, k - 1, env)
      if v ~= nil then add_members(col, v, sep.v == ":") end
    else
      local stack = open_brackets(toks, k)
      local top = stack[#stack]
      local info = top and (is_op(sep, "{") or is_op(sep, ",")) and toks[top].v == "{"
        and table_at(toks, top, stack, #stack)
      if info and info.category then
        add_table_keys(col, info, env)
      else
        add_globals(col, env)
      end
    end
  end
  table.sort(col.list)
  return col.list, ws
end

function M.complete(line, start, stop, env)
  if type(line) ~= "string" then return {} end
  stop = math.tointeger(stop) or #line
  if stop > #line then stop = #line elseif stop < 0 then stop = 0 end
  start = math.tointeger(start) or stop + 1
  if start > stop + 1 then start = stop + 1 elseif start < 1 then start = 1 end
  local list, ws = M.candidates(line, stop, env)
  return fit(list, line, ws, start)
end

-- The quote of the string left open at the end of src, or nil.
function M.in_string(src)
  local toks = lex(src)
  local last = toks[#toks]
  return last and last.kind == "open" and last.q or nil
end

-- Lua's reserved words (a set), for other readers of Lua text.
M.keywords = keywords

-- The text of a string as written between its quotes, escapes read; nil
-- when an escape is not finished.
M.decode = decode

return M
