-- The canonical script: the model written back as a canvas script that
-- loads to the same model (the REPL's `save "file"`, canvas export
-- --format lua). The order is fixed: the canvas, the fields the script
-- declared, the ranking rules, checks { }, then the segments in
-- declaration order with their jobs, pains and gains inside their table,
-- then the value propositions with their products, relievers, creators
-- and helpers. Fields come in registry order, texts in double quotes with
-- Lua escapes for control characters (UTF-8 kept as it is), scales as
-- numbers, references as they resolve (a note by its id when it has one,
-- a segment by its name). Lines are wrapped as examples/*.lua are.
--
-- What a script cannot hold (a ranking rule or a check that is a Lua
-- function, a value of a type the language cannot write) is written as a
-- comment where it would stand, and M.write returns it as a problem
-- { file, line, message }.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gmatch, str_gsub = string.match, string.gmatch, string.gsub
local model = require "canvas.lang.model"
local fields = require "canvas.lang.fields"
local categories = require "canvas.lang.categories"
local text = require "canvas.util.text"
local c = require "canvas.c"

local M = {}

M.WIDTH = 100        -- columns a line may take before it is wrapped
local MAX_PIECES = 12   -- a text is split into at most this many quoted pieces
local MAX_COPY = 40     -- lines of a function's source copied into a comment

local byte, sub, find, format, concat = string.byte, string.sub, string.find, string.format,
  table.concat
local math_type = math.type

---------------------------------------------------------------------------
-- Literals
---------------------------------------------------------------------------
local ESCAPES = { ["\a"] = "\\a", ["\b"] = "\\b", ["\f"] = "\\f", ["\n"] = "\\n",
                  ["\r"] = "\\r", ["\t"] = "\\t", ["\v"] = "\\v", ["\\"] = "\\\\",
                  ['"'] = '\\"' }

-- The UTF-8 character at i of s: its length, or nil when the bytes there
-- are no valid character or encode a C1 control (U+0080..U+009F).
local function utf8_at(s, i)
  local ok, cp = pcall(utf8.codepoint, s, i)
  if not ok or cp < 0xA0 then return nil end
  local n = #utf8.char(cp)
  return n
end

-- s as a Lua string in double quotes: \, " and control characters escaped
-- (\n, \t, ... or \ddd), bytes that are no UTF-8 as \ddd, the rest as is.
function M.quote(s)
  if not find(s, '[%c"\\\127-\255]') then return '"' .. s .. '"' end
  local out, i, n = {}, 1, #s
  while i <= n do
    local b = byte(s, i)
    if b < 128 then
      local ch = sub(s, i, i)
      out[#out + 1] = ESCAPES[ch] or ((b < 32 or b == 127) and format("\\%03d", b)) or ch
      i = i + 1
    else
      local len = utf8_at(s, i)
      if len then
        out[#out + 1] = sub(s, i, i + len - 1)
        i = i + len
      else
        out[#out + 1] = format("\\%03d", b)
        i = i + 1
      end
    end
  end
  return '"' .. concat(out) .. '"'
end
local quote = M.quote

-- A number as Lua source that reads back as the same number, of the same
-- subtype: 3, 3.0, 0.1, 1e+300, math.huge. nil for NaN.
function M.number(v)
  if math_type(v) == "integer" then
    if v == math.mininteger then return "math.mininteger" end
    return format("%d", v)
  end
  if v ~= v then return nil end
  if v == math.huge then return "math.huge" end
  if v == -math.huge then return "-math.huge" end
  for _, f in ipairs { "%.14g", "%.15g", "%.16g", "%.17g" } do
    local s = format(f, v)
    if tonumber(s) == v then
      if not find(s, "[%.eEn]") then s = s .. ".0" end
      return s
    end
  end
  return format("%.17g", v)
end

local keywords = {}
for w in str_gmatch([[and break do else elseif end false for function goto if in local nil not or
            repeat return then true until while]], "%a+") do keywords[w] = true end

-- A table key as Lua source: `name` for an identifier, else `["..."]`.
local function key_source(k)
  if type(k) == "string" and str_match(k, "^[%a_][%w_]*$") and not keywords[k] then return k end
  if type(k) == "string" then return "[" .. quote(k) .. "]" end
  return "[" .. M.number(k) .. "]"
end
M.key = key_source

-- The entries of plain table t in the order they are written: the list
-- part, then the other keys (those of `order` first, in its order, then
-- the rest sorted). Returns nil when a key is neither text nor a number.
local function entries(t, order)
  local n = #t
  local list, keyed, seen = {}, {}, {}
  for i = 1, n do list[i] = { nil, t[i] } end
  for _, k in ipairs(order or {}) do
    if t[k] ~= nil then keyed[#keyed + 1] = { k, t[k] }; seen[k] = true end
  end
  local rest = {}
  for k in next, t do
    if not (math_type(k) == "integer" and k >= 1 and k <= n) and not seen[k] then
      local tk = type(k)
      if tk ~= "string" and not (tk == "number" and k == k) then return nil end
      rest[#rest + 1] = k
    end
  end
  table.sort(rest, function(a, b)
    if type(a) ~= type(b) then return type(a) == "number" end
    return a < b
  end)
  for _, k in ipairs(rest) do keyed[#keyed + 1] = { k, t[k] } end
  for _, e in ipairs(keyed) do list[#list + 1] = e end
  return list
end

-- v as Lua source on one line: text, a number, a boolean, or a table of
-- those without a metatable. nil and the reason when a script cannot
-- write it (a function, a table with a metatable, a cycle...).
local function literal(v, order, depth)
  local t = type(v)
  if t == "string" then return quote(v) end
  if t == "boolean" then return tostring(v) end
  if t == "number" then
    local s = M.number(v)
    if s then return s end
    return nil, "NaN"
  end
  if t ~= "table" then return nil, "a " .. t end
  if getmetatable(v) ~= nil then return nil, "a table with a metatable" end
  depth = depth or 0
  if depth > 8 then return nil, "a table nested too deep" end
  local es = entries(v, order)
  if not es then return nil, "a table with keys that are neither text nor numbers" end
  if #es == 0 then return "{}" end
  local parts = {}
  for i, e in ipairs(es) do
    local s, why = literal(e[2], nil, depth + 1)
    if not s then return nil, why end
    parts[i] = e[1] == nil and s or (key_source(e[1]) .. " = " .. s)
  end
  return "{ " .. concat(parts, ", ") .. " }"
end
M.literal = literal

---------------------------------------------------------------------------
-- Layout
---------------------------------------------------------------------------
local function width(s)
  if not find(s, "[\128-\255]") then return #s end
  return text.width(s)
end

-- s cut into pieces at spaces and newlines (each kept at the end of its
-- piece), so that `head "piece"` and the following `.. "piece"` lines fit;
-- nil when s needs no cut, or more than MAX_PIECES.
local function split_text(s, first_room, room)
  if width(quote(s)) > MAX_PIECES * room then return nil end
  local chunks = {}
  local lead, pos = str_match(s, "^([ \n]*)()")
  for chunk in str_gmatch(s:sub(pos), "[^ \n]+[ \n]*") do chunks[#chunks + 1] = chunk end
  if #chunks == 0 then return nil end
  chunks[1] = lead .. chunks[1]
  local pieces, cur = {}, nil
  for _, ch in ipairs(chunks) do
    local limit = #pieces == 0 and first_room or room
    if cur and width(quote(cur .. ch)) > limit then
      pieces[#pieces + 1] = cur
      cur = ch
    else
      cur = (cur or "") .. ch
    end
  end
  pieces[#pieces + 1] = cur
  if #pieces < 2 or #pieces > MAX_PIECES then return nil end
  return pieces
end

-- Writes `indent head value tail` (head is "key = " or ""), over several
-- lines when it does not fit: a long text as "..." .. "..." pieces, a
-- table one entry a line.
local function emit_value(add, indent, head, v, tail, order)
  local src = literal(v, order)
  local line = indent .. head .. src .. tail
  if width(line) <= M.WIDTH then add(line); return end
  if type(v) == "string" then
    local lead = indent .. head
    local pieces = split_text(v, M.WIDTH - width(lead), M.WIDTH - width(indent) - 5 - #tail)
    if pieces then
      add(lead .. quote(pieces[1]))
      for i = 2, #pieces do
        add(indent .. "  .. " .. quote(pieces[i]) .. (i == #pieces and tail or ""))
      end
      return
    end
  elseif type(v) == "table" and next(v) ~= nil then
    add(indent .. head .. "{")
    for _, e in ipairs(entries(v, order)) do
      emit_value(add, indent .. "  ", e[1] == nil and "" or (key_source(e[1]) .. " = "), e[2], ",")
    end
    add(indent .. "}" .. tail)
    return
  end
  add(line)
end

-- A comment over as many lines as it needs.
local function emit_comment(add, indent, message)
  for _, l in ipairs(text.wrap(text.escape(message), math.max(M.WIDTH - #indent - 3, 20))) do
    add(indent .. "-- " .. l)
  end
end

---------------------------------------------------------------------------
-- The writer
---------------------------------------------------------------------------

-- The ranking rules of the model, by category, in declaration order.
local function rank_rules()
  return require("canvas.eval.rank").rules()
end
M.rank_rules = rank_rules

local function file_order()
  return require("canvas.script.loader").fileorder
end

-- Sorts things with file and line in the order they were declared.
local function by_position(list, order)
  local pos = {}
  for i, x in ipairs(list) do pos[x] = i end
  table.sort(list, function(a, b)
    local fa, fb = order[a.file or ""] or math.maxinteger, order[b.file or ""] or math.maxinteger
    if fa ~= fb then return fa < fb end
    if (a.file or "") ~= (b.file or "") then return (a.file or "") < (b.file or "") end
    if (a.line or 0) ~= (b.line or 0) then return (a.line or 0) < (b.line or 0) end
    return pos[a] < pos[b]
  end)
  return list
end

-- The fields that scripts declared (not the built-in vocabulary), each
-- once, in the order they were declared.
local function user_fields()
  local out, seen = {}, {}
  for _, t in ipairs(fields.targets) do
    for _, name in ipairs(fields.order[t]) do
      local spec = fields.registry[t][name]
      if spec and not spec.builtin and not seen[spec] then
        seen[spec] = true
        out[#out + 1] = spec
      end
    end
  end
  return by_position(out, file_order())
end
M.user_fields = user_fields

-- The rules of every category in the order they were declared.
local function all_rules()
  local rules, out = rank_rules(), {}
  for _, cat in ipairs(categories.lists) do
    for _, r in ipairs(rules[cat] or {}) do out[#out + 1] = r end
  end
  return by_position(out, file_order())
end

-- The segment that `ref` names in S: by id first, then by name, and
-- whether another segment matches the other way.
local function find_segment(S, ref)
  local by_id = S.ids[ref]
  if by_id and model.category(by_id) ~= "segment" then by_id = nil end
  local by_name = S.segment_by_name[ref]
  if by_id then return by_id, by_name ~= nil and by_name ~= by_id end
  return by_name, false
end

-- How to write a reference to segment `ref` (as written): the name of the
-- segment it resolves to, else its id, as long as that names the same
-- segment, and is ambiguous (CS024) only if ref is; ref otherwise, so
-- that the saved script resolves and warns as the model did.
local function segment_ref(S, ref)
  local seg, ambiguous = find_segment(S, ref)
  if not seg then return ref end
  for _, cand in ipairs { seg.name, rawget(seg, "id") } do
    local s, twice = find_segment(S, cand)
    if s == seg and twice == ambiguous then return cand end
  end
  return ref
end

-- How to write the reference of a reliever, creator or helper: the id of
-- the note it resolves to, else the note's text, as long as that names
-- the same note, and is ambiguous (CS024) only if the text as written is;
-- that text otherwise.
local function note_ref(S, item, index)
  local target = rawget(item, "target")
  if not target then return item.text end
  local seg, list_name = target.segment, categories.list_of[target.category]
  local key = seg and seg[list_name]
  if not key then return item.text end
  local t = index[key]
  if not t then
    t = { first = {}, second = {} }
    for _, n in ipairs(key) do
      if t.first[n.text] == nil then t.first[n.text] = n
      elseif t.second[n.text] == nil then t.second[n.text] = n end
    end
    index[key] = t
  end
  local function resolves(ref)
    local o = S.ids[ref]
    if not (o and o.segment == seg and categories.list_of[o.category] == list_name) then o = nil end
    local by_text = t.first[ref]
    if o then return o, by_text ~= nil and by_text ~= o end
    return by_text, t.second[ref] ~= nil
  end
  local _, ambiguous = resolves(item.text)
  for _, cand in ipairs { rawget(target, "id"), target.text } do
    local o, twice = resolves(cand)
    if o == target and twice == ambiguous then return cand end
  end
  return item.text
end

-- Whether a and b hold the same (plain) value.
local function same(a, b)
  if a == b then return math_type(a) == math_type(b) end
  if type(a) ~= "table" or type(b) ~= "table" then return false end
  for k, v in next, a do if not same(v, b[k]) then return false end end
  for k in next, b do if a[k] == nil then return false end end
  return true
end

-- How far the brackets of line l go deeper (+) or back (-), outside
-- strings and comments (a rough reading, for copying a declaration).
local function depth_change(l)
  local d, i, n = 0, 1, #l
  while i <= n do
    local ch = sub(l, i, i)
    if ch == '"' or ch == "'" then
      local j = i + 1
      while j <= n and sub(l, j, j) ~= ch do
        if sub(l, j, j) == "\\" then j = j + 1 end
        j = j + 1
      end
      i = j
    elseif ch == "-" and sub(l, i + 1, i + 1) == "-" then
      break
    elseif ch == "{" or ch == "(" then
      d = d + 1
    elseif ch == "}" or ch == ")" then
      d = d - 1
    end
    i = i + 1
  end
  return d
end

-- The source lines of file from line `first` through `last` and on to
-- where the brackets opened there close, for a comment; nil when the
-- file cannot be read.
local function source_lines(file, first, last)
  if not (file and first and last and last >= first) then return nil end
  local src = c.readfile(file)
  if not src then return nil end
  local lines, n, depth = {}, 0, 0
  for l in str_gmatch(src .. "\n", "([^\n]*)\n") do
    n = n + 1
    if n >= first then
      if n > last and depth <= 0 then break end
      if #lines >= MAX_COPY then lines[#lines + 1] = "..."; break end
      l = str_gsub(l, "\r$", "")
      depth = depth + depth_change(l)
      -- a copied `-- canvas: ignore` would silence findings in the saved script
      lines[#lines + 1] = (str_gsub(l, "canvas:", "canvas :"))
    end
  end
  return lines
end

-- The last line of the functions among vs that were loaded from file;
-- nil when none was (code typed or given as a string has no file to copy
-- from, even if a file of that name exists).
local function last_line(file, line, vs)
  local last
  for i = 1, vs.n or #vs do
    local f = vs[i]
    if type(f) == "function" then
      local info = debug.getinfo(f, "S")
      if info.source == "@" .. tostring(file) then
        last = math.max(last or line, info.lastlinedefined)
      end
    end
  end
  return last
end

local function position(x)
  return (x.file or "?") .. ":" .. (x.line or 0)
end

local INTERNAL = categories.reserved

-- M.write(S, out[, opts]): writes the canonical script of model S through
-- writer out (out.line(s), out.flush()). opts.sources names the files in
-- the header (by default those the model was declared in). Returns the
-- list of what the script cannot hold: { file, line, message }.
function M.write(S, out, opts)
  opts = opts or {}
  local problems = {}
  local used_files, files = {}, {}
  local placed = {}     -- file -> line -> true: lines of declarations written
  local index = {}      -- note lists -> texts, for references

  local function problem(x, message)
    problems[#problems + 1] = { file = x and x.file or "?", line = x and x.line or 0,
                                message = message }
    return message
  end
  local function add(s) out.line(s) end
  local function blank() out.line("") end
  local function note_file(x)
    local f = x and x.file
    if f and not used_files[f] then used_files[f] = true; files[#files + 1] = f end
  end

  -- The IDs of the script's own checks: a saved script does not hold the
  -- checks, so nothing in it may name them (a load error). Where each is
  -- named is found first, for the comment that stands for the check.
  local dropped, named = {}, {}
  for _, chk in ipairs(S.custom_checks or {}) do dropped[chk.id] = chk end
  local function name_dropped(id, where)
    local chk = dropped[id]
    if not chk then return end
    local list = named[chk] or {}
    named[chk] = list
    for _, w in ipairs(list) do if w == where then return end end
    list[#list + 1] = where
  end
  local function keep_ids(list)
    local kept = {}
    for _, id in ipairs(list) do
      if not dropped[id] then kept[#kept + 1] = id end
    end
    return kept
  end
  local cfg = S.check_config
  if cfg and next(dropped) then
    for _, k in ipairs { "ignore", "only" } do
      for _, id in ipairs(cfg[k] or {}) do name_dropped(id, "checks { " .. k .. " = ... }") end
    end
    for id in pairs(cfg.severity or {}) do name_dropped(id, "checks { severity = ... }") end
    for _, t in pairs(S.inline or {}) do
      for _, set in pairs(t) do
        if set ~= true then
          for id in pairs(set) do name_dropped(id, "the inline ignores") end
        end
      end
    end
  end

  -- `-- canvas: ignore ...` for the findings on the line of x.
  local function inline_comment(x)
    local f, l = x.file, x.line
    if not (f and l) then return "" end
    placed[f] = placed[f] or {}
    placed[f][l] = true
    local set = S.inline and S.inline[f] and S.inline[f][l]
    if not set then return "" end
    if set == true then return " -- canvas: ignore" end
    local ids = {}
    for id in pairs(set) do ids[#ids + 1] = id end
    table.sort(ids)
    ids = keep_ids(ids)
    if #ids == 0 then return "" end
    return " -- canvas: ignore " .. concat(ids, ", ")
  end

  -- The fields of obj (category cat) to write, as { key, value, order },
  -- in registry order; what cannot be written becomes a comment.
  local function field_entries(obj, cat, comments)
    local reg, list = fields.registry[cat], {}
    for _, name in ipairs(fields.order[cat]) do
      local v = rawget(obj, name)
      local spec = reg[name]
      if v ~= nil and spec then
        if cat == "value" and name == "segment" and type(v) == "string" then
          v = segment_ref(S, v)
        elseif cat == "segment" and name == "depends_on" and type(v) == "table"
            and getmetatable(v) == nil then
          local refs = {}
          for i, r in ipairs(v) do refs[i] = type(r) == "string" and segment_ref(S, r) or r end
          v = refs
        end
        local src, why = literal(v, spec.keys)
        local ok = false
        local ty = spec.type
        if (ty == "text" and type(v) == "string")
            or (ty == "scale" and math_type(v) == "integer" and v >= 1 and v <= 5) then
          ok = true   -- the common cases, without a call
        elseif src then
          local done, back = pcall(spec.convert, spec, v)
          ok = done and same(back, v)
          why = "a value its field does not take"
        end
        if src and ok then
          list[#list + 1] = { name, v, spec.keys }
        else
          comments[#comments + 1] = problem(obj, model.describe(obj) .. " at " .. position(obj)
            .. ": " .. name .. " holds " .. (src and (src:len() > 60 and text.shorten(src, 60) or src)
              .. ", " or "") .. why .. ", which a script cannot write; a saved script leaves it out "
            .. "and says so here")
        end
      end
    end
    local extra = {}
    for k in next, obj do
      if not reg[k] and not INTERNAL[k] then extra[#extra + 1] = k end
    end
    table.sort(extra, function(a, b) return tostring(a) < tostring(b) end)
    for _, k in ipairs(extra) do
      comments[#comments + 1] = problem(obj, model.describe(obj) .. " at " .. position(obj)
        .. " holds " .. (type(k) == "string" and ("'" .. k .. "'") or text.show_value(k))
        .. ", which is no field of a " .. cat .. "; a saved script leaves it out")
    end
    return list
  end

  -- A declaration inside a table (a note or a value item): on one line
  -- when it fits, else `word "text" {`, its fields packed into lines of
  -- at most WIDTH columns, and `},`.
  local function emit_item(indent, word, label, obj, cat)
    note_file(obj)
    local comments = {}
    local es = field_entries(obj, cat, comments)
    if cat == "reliever" or cat == "creator" or cat == "helper" then label = note_ref(S, obj, index) end
    for _, m in ipairs(comments) do emit_comment(add, indent, m) end
    local head = indent .. word .. " " .. quote(label)
    local mark = inline_comment(obj)
    if #es == 0 then add(head .. "," .. mark); return end
    local parts = {}
    for i, e in ipairs(es) do parts[i] = key_source(e[1]) .. " = " .. literal(e[2], e[3]) end
    local one = head .. " { " .. concat(parts, ", ") .. " }," .. mark
    if width(one) <= M.WIDTH then add(one); return end
    add(head .. " {" .. mark)
    local inner = indent .. "  "
    local cur
    for i, e in ipairs(es) do
      local p = parts[i] .. ","
      if width(inner .. p) > M.WIDTH then
        if cur then add(cur); cur = nil end
        emit_value(add, inner, key_source(e[1]) .. " = ", e[2], ",", e[3])
      elseif cur and width(cur .. " " .. p) <= M.WIDTH then
        cur = cur .. " " .. p
      else
        if cur then add(cur) end
        cur = inner .. p
      end
    end
    if cur then add(cur) end
    add(indent .. "},")
  end

  -- A top-level declaration: `word "name" {`, one field a line, then the
  -- groups of items it holds, a blank line between groups, and `}`.
  local function emit_named(word, obj, cat, groups)
    note_file(obj)
    local comments = {}
    local es = field_entries(obj, cat, comments)
    for _, m in ipairs(comments) do emit_comment(add, "", m) end
    local head = word .. " " .. quote(obj.name)
    local mark = inline_comment(obj)
    local any = #es > 0
    for _, g in ipairs(groups or {}) do if #g.list > 0 then any = true end end
    if not any then add(head .. mark); return end
    add(head .. " {" .. mark)
    for _, e in ipairs(es) do emit_value(add, "  ", key_source(e[1]) .. " = ", e[2], ",", e[3]) end
    local first = #es == 0
    for _, g in ipairs(groups or {}) do
      if #g.list > 0 then
        if not first then blank() end
        first = false
        for _, item in ipairs(g.list) do
          emit_item("  ", g.word, item.text or item.name, item, g.category)
        end
      end
    end
    add("}")
  end

  -- Buffer the body: the header names the files it came from.
  local body = {}
  local real = out
  out = { line = function(s) body[#body + 1] = s end }

  local sections = 0
  local function section()
    if sections > 0 then blank() end
    sections = sections + 1
  end

  -- The canvas
  if S.canvas then
    section()
    emit_named("canvas", S.canvas, "canvas")
  end

  -- The fields the script declared
  local ufields = user_fields()
  if #ufields > 0 then
    for _, spec in ipairs(ufields) do
      section()
      note_file(spec)
      local targets = spec.targets
      local es = { { "on", #targets == 1 and targets[1] or targets } }
      if spec.type ~= "text" then es[#es + 1] = { "type", spec.type } end
      if spec.values then es[#es + 1] = { "values", spec.values } end
      if spec.aliases and next(spec.aliases) ~= nil then es[#es + 1] = { "aliases", spec.aliases } end
      if spec.words then es[#es + 1] = { "words", spec.words } end
      if spec.doc ~= nil then es[#es + 1] = { "doc", spec.doc } end
      local kept = {}
      for _, e in ipairs(es) do
        local src, why = literal(e[2])
        if src then
          kept[#kept + 1] = e
        else
          emit_comment(add, "", problem(spec, "field " .. text.quote(spec.name) .. " at "
            .. position(spec) .. ": its " .. e[1] .. " is " .. why .. ", which a script cannot "
            .. "write; a saved script leaves it out and says so here"))
        end
      end
      add("field " .. quote(spec.name) .. " {" .. inline_comment(spec))
      for _, e in ipairs(kept) do emit_value(add, "  ", e[1] .. " = ", e[2], ",") end
      add("}")
    end
  end

  -- The ranking rules
  local rules = all_rules()
  if #rules > 0 then
    section()
    for _, r in ipairs(rules) do
      note_file(r)
      local by = r.by
      local es = {}
      if by.kind == "function" then
        emit_comment(add, "", problem(r, "the ranking rule at " .. position(r) .. " is a Lua "
          .. "function; a saved script keeps it only as a comment"))
        local lines = source_lines(r.file, r.line, last_line(r.file, r.line, { by.fn }))
        for _, l in ipairs(lines or {}) do add("--   " .. l) end
      else
        if by.kind == "fields" then
          es[1] = { "by", #by.fields == 1 and by.fields[1] or by.fields }
        else
          local w = {}
          for _, fw in ipairs(by.weights) do w[fw[1]] = fw[2] end
          es[1] = { "by", w }
        end
        if not r.descending then es[#es + 1] = { "order", "ascending" } end
        if r.segment ~= nil then es[#es + 1] = { "segment", segment_ref(S, r.segment) } end
        local parts = {}
        for i, e in ipairs(es) do parts[i] = e[1] .. " = " .. literal(e[2]) end
        local head = "rank " .. quote(r.category)
        local mark = inline_comment(r)
        local one = head .. " { " .. concat(parts, ", ") .. " }" .. mark
        if width(one) <= M.WIDTH then
          add(one)
        else
          add(head .. " {" .. mark)
          for _, e in ipairs(es) do emit_value(add, "  ", e[1] .. " = ", e[2], ",") end
          add("}")
        end
      end
    end
  end

  -- checks { }
  if cfg then
    section()
    local es = {}
    local names = {}
    for k in pairs(cfg.thresholds or {}) do names[#names + 1] = k end
    table.sort(names)
    for _, k in ipairs(names) do es[#es + 1] = { k, cfg.thresholds[k] } end
    local ignore = keep_ids(cfg.ignore or {})
    if #ignore > 0 then es[#es + 1] = { "ignore", ignore } end
    if cfg.only then es[#es + 1] = { "only", keep_ids(cfg.only) } end
    local sev = {}
    for id, v in pairs(cfg.severity or {}) do
      if not dropped[id] then sev[id] = v end
    end
    if next(sev) ~= nil then es[#es + 1] = { "severity", sev } end
    local parts = {}
    for i, e in ipairs(es) do parts[i] = key_source(e[1]) .. " = " .. literal(e[2]) end
    local one = #es == 0 and "checks {}" or ("checks { " .. concat(parts, ", ") .. " }")
    if width(one) <= M.WIDTH then
      add(one)
    else
      add("checks {")
      for _, e in ipairs(es) do emit_value(add, "  ", key_source(e[1]) .. " = ", e[2], ",") end
      add("}")
    end
  end

  -- The script's own checks, as comments
  local custom = S.custom_checks or {}
  if #custom > 0 then
    section()
    for _, chk in ipairs(custom) do
      note_file(chk)
      local msg = "the check " .. text.quote(chk.title) .. " at " .. position(chk)
        .. " is Lua code (a function); a saved script keeps it only as a comment"
      if named[chk] then
        msg = msg .. ", and leaves its ID " .. chk.id .. " out of " .. concat(named[chk], " and ")
      end
      emit_comment(add, "", problem(chk, msg))
      local lines = source_lines(chk.file, chk.line,
        last_line(chk.file, chk.line, { chk.run, chk.when, chk.test, chk.message, n = 4 }))
      for _, l in ipairs(lines or {}) do add("--   " .. l) end
    end
  end

  -- Segments and their profiles
  local groups = {}
  for _, n in ipairs(categories.notes) do
    groups[#groups + 1] = { word = n.note, category = n.note, list = n.list }
  end
  for _, seg in ipairs(S.segments) do
    section()
    local gs = {}
    for i, g in ipairs(groups) do gs[i] = { word = g.word, category = g.category, list = seg[g.list] } end
    emit_named("segment", seg, "segment", gs)
  end

  -- Value propositions
  for _, v in ipairs(S.values) do
    section()
    emit_named("value", v, "value", {
      { word = "product", category = "product", list = v.products },
      { word = "relieves", category = "reliever", list = v.relievers },
      { word = "creates", category = "creator", list = v.creators },
      { word = "helps", category = "helper", list = v.helpers },
    })
  end

  -- Inline ignores on lines where no declaration was written
  local lost = {}
  for f, t in pairs(S.inline or {}) do
    for l, set in pairs(t) do
      -- an ignore alone on its line is for the next line too
      local covered = (placed[f] and placed[f][l])
        or (t[l + 1] == set and placed[f] and placed[f][l + 1])
      if not covered then
        lost[#lost + 1] = { file = f, line = l }
      end
    end
  end
  by_position(lost, file_order())
  for i, x in ipairs(lost) do
    -- an ignore alone on its line covers the next line too: report it once
    local prev = lost[i - 1]
    if not (prev and prev.file == x.file and prev.line == x.line - 1
            and S.inline[x.file][x.line] == S.inline[x.file][x.line - 1]) then
      problem(x, "the inline ignore at " .. position(x) .. " is on no declaration's line; "
        .. "a saved script leaves it out")
    end
  end

  -- The header, then the body
  out = real
  local order = file_order()
  table.sort(files, function(a, b)
    local fa, fb = order[a] or math.maxinteger, order[b] or math.maxinteger
    if fa ~= fb then return fa < fb end
    return a < b
  end)
  local sources = opts.sources or (#files > 0 and concat(files, ", ") or "nothing")
  out.line(text.escape("-- Written by canvas " .. tostring(c.version) .. " from " .. sources))
  if #body > 0 then out.line("") end
  for _, l in ipairs(body) do out.line(l) end
  if out.flush then out.flush() end
  by_position(problems, order)
  return problems
end

-- The canonical script of S as one string (lines ending in "\n"), and the
-- problems as M.write returns them.
function M.text(S, opts)
  local lines = {}
  local problems = M.write(S or model.state(), { line = function(s) lines[#lines + 1] = s end,
                                                  flush = function() end }, opts)
  return concat(lines, "\n") .. "\n", problems
end

---------------------------------------------------------------------------
-- Saving
---------------------------------------------------------------------------

-- Saves the canonical script of the model (or of S) to path atomically
-- (a temporary file in the same folder, then renamed): a failed save
-- leaves no partial file and an existing one whole. Returns true, nil and
-- the problems (see M.write), or nil and why.
function M.save(path, S)
  if type(path) ~= "string" or path == "" then
    return nil, "save needs a file name in quotes: save \"canvas.lua\""
  end
  local data, problems = M.text(S or model.state())
  local ok, err = c.write_file(path, data)
  if not ok then return nil, "cannot write " .. text.quote(path, 200) .. ": " .. tostring(err) end
  return true, nil, problems
end

---------------------------------------------------------------------------
-- A stable dump of the model, to compare two models
---------------------------------------------------------------------------

-- M.dump(S[, opts]): the model as text with no file or line: the canvas,
-- the declared fields, the ranking rules, the checks' configuration and
-- the script's checks, each segment with its fields, sides, value
-- propositions and notes (fields, rank and score), each value
-- proposition with the segment it serves and its items with what they
-- resolve to, and the findings of the load. opts.ranks = false leaves out
-- the rules, ranks and scores; opts.checks = false the configuration,
-- the script's checks and the inline ignores.
function M.dump(S, opts)
  S = S or model.state()
  opts = opts or {}
  local ranks, checks = opts.ranks ~= false, opts.checks ~= false
  local rank = require "canvas.eval.rank"
  local lines = {}
  local function add(s) lines[#lines + 1] = s end
  local function lit(v, order)
    local s = literal(v, order)
    return s or ("<" .. type(v) .. ">")
  end
  local function dump_fields(obj, cat, indent)
    local reg = fields.registry[cat]
    for _, name in ipairs(fields.order[cat]) do
      local v = rawget(obj, name)
      local skip = (cat == "value" and name == "segment") or (cat == "segment" and name == "depends_on")
      if v ~= nil and not skip then
        add(indent .. name .. " = " .. lit(v, reg[name] and reg[name].keys))
      end
    end
    if checks then
      local set = S.inline and obj.file and S.inline[obj.file] and S.inline[obj.file][obj.line]
      if set then
        local ids = {}
        if set ~= true then for id in pairs(set) do ids[#ids + 1] = id end end
        table.sort(ids)
        add(indent .. "inline ignore: " .. (set == true and "all" or concat(ids, ", ")))
      end
    end
  end
  local function seg_name(s) return s and quote(s.name) or "(none)" end
  local function note_name(n)
    if not n then return "(unresolved)" end
    local list = n.segment and n.segment[categories.list_of[n.category]] or {}
    local at = "?"
    for i, x in ipairs(list) do if x == n then at = i end end
    return n.category .. " " .. at .. " of " .. seg_name(n.segment) .. " " .. quote(n.text)
  end

  if S.canvas then
    add("canvas " .. quote(S.canvas.name))
    dump_fields(S.canvas, "canvas", "  ")
  end
  for _, spec in ipairs(user_fields()) do
    add("field " .. quote(spec.name) .. " on " .. lit(spec.targets) .. " type " .. spec.type
      .. (spec.values and (" values " .. lit(spec.values)) or "")
      .. (spec.aliases and (" aliases " .. lit(spec.aliases)) or "")
      .. (spec.words and (" words " .. lit(spec.words)) or "")
      .. (spec.doc and (" doc " .. lit(spec.doc)) or ""))
  end
  if ranks then
    for _, r in ipairs(all_rules()) do
      local scope = "every segment"
      if r.segment ~= nil then
        local s = find_segment(S, r.segment)
        scope = s and ("segment " .. quote(s.name)) or ("unknown segment " .. quote(r.segment))
      end
      add("rank " .. r.category .. " for " .. scope .. ": " .. rank.describe(r))
    end
  end
  if checks then
    local cfg = S.check_config
    if cfg then
      add("checks thresholds " .. lit(cfg.thresholds or {}) .. " ignore " .. lit(cfg.ignore or {})
        .. " only " .. lit(cfg.only or false) .. " severity " .. lit(cfg.severity or {}))
    end
    for _, chk in ipairs(S.custom_checks or {}) do
      add("check " .. chk.id .. " " .. quote(chk.title) .. " " .. chk.severity
        .. (chk.each and (" each " .. chk.each) or " run"))
    end
  end
  for _, seg in ipairs(S.segments) do
    add("segment " .. quote(seg.name))
    dump_fields(seg, "segment", "  ")
    if seg.depends_on then
      local sides, unknown = {}, {}
      for _, ref in ipairs(seg.depends_on) do
        local s = find_segment(S, ref)
        if s then sides[#sides + 1] = s.name else unknown[#unknown + 1] = ref end
      end
      add("  depends on " .. lit(sides) .. (#unknown > 0 and (" and unknown " .. lit(unknown)) or ""))
    end
    local vs = {}
    for i, v in ipairs(seg.values or {}) do vs[i] = v.name end
    add("  values " .. lit(vs))
    for _, n in ipairs(categories.notes) do
      local list = seg[n.list]
      add("  " .. n.list .. " (" .. #list .. ")"
        .. (ranks and (", " .. rank.describe(rank.rule_for(seg, n.list))) or ""))
      for i, note in ipairs(list) do
        add("    " .. i .. ". " .. quote(note.text)
          .. (ranks and (" rank " .. tostring(note.rank) .. " score " .. rank.score_text(note.score)) or ""))
        dump_fields(note, n.note, "      ")
      end
    end
  end
  for _, v in ipairs(S.values) do
    add("value " .. quote(v.name) .. " for " .. seg_name(v.serves)
      .. (v.serves == nil and v.segment and (" (" .. quote(v.segment) .. ")") or ""))
    dump_fields(v, "value", "  ")
    for _, p in ipairs(v.products) do
      add("  product " .. quote(p.name))
      dump_fields(p, "product", "    ")
    end
    for _, a in ipairs(categories.addressers) do
      for _, item in ipairs(v[a.list]) do
        local target = rawget(item, "target")
        add("  " .. a.word .. " " .. (target and note_name(target) or ("(unresolved) " .. quote(item.text))))
        dump_fields(item, a.item, "    ")
      end
    end
  end
  local found = {}
  for _, f in ipairs(S.findings or {}) do
    local o, what = f.object, "?"
    if o and (o.category == "reliever" or o.category == "creator" or o.category == "helper") then
      what = categories.word_of[o.category] .. " in value " .. quote(o.value and o.value.name or "?")
        .. " " .. (rawget(o, "target") and note_name(rawget(o, "target")) or quote(o.text))
    elseif model.is_object(o) then
      what = model.describe(o)
    elseif o and o.category then
      what = "rank " .. o.category
    end
    -- a finding on a rank rule goes with the rules
    if ranks or model.is_object(o) then found[#found + 1] = "finding " .. f.id .. " on " .. what end
  end
  table.sort(found)
  for _, l in ipairs(found) do add(l) end
  return concat(lines, "\n") .. "\n"
end

return M
