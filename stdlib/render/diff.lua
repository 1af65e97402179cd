-- canvas diff: what changed between two models, as models, not as text.
-- The models are the tables of canvas.render.export_json.model (or the
-- same JSON decoded): M.diff(old, new) lists the changes, each
--   { kind = "added" | "removed" | "changed",
--     what = "canvas" | "field" | "segment" | "job" | "pain" | "gain" | "value"
--            | "product" | "reliever" | "creator" | "helper" | "rank" | "fit"
--            | "finding",
--     path = 'segment "Patients" / pain "Fear of ..."',
--     segment = the name of the segment it belongs to, or nil,
--     field = the field that changed (changed only), old = ..., new = ... }
-- An added or removed declaration carries its JSON object as new or old.
--
-- Matching: segments, values and products by id, else by name; notes by
-- id, else by exact text, so a note with an id that was reworded is
-- changed (field "text"), not removed and added; relievers, creators and
-- helpers by id, else by the note they address, else by their reference
-- text, else by their `how`. File and line are never compared, nor is the
-- order of declarations or of lists whose order means nothing (evidence,
-- depends_on, ...). A note's rank is compared (and given) as the rank of
-- the first note sharing its score: the order among equal scores is only
-- the order of declaration. Findings are compared as sets of (rule ID, message with
-- positions such as "a.lua:12" taken out).
--
-- The changes come grouped: the canvas and the declared fields, then each
-- segment (in the new model's order, then the removed ones) with its
-- fields, ranking rules, notes, the value propositions that serve it, its
-- fit and its findings; then value propositions for no segment and
-- findings about no segment.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_find, str_gsub = string.find, string.gsub
local ej = require "canvas.render.export_json"
local text = require "canvas.util.text"
local cjson = require("canvas.cjson").new()

local M = {}

M.SCHEMA = "canvas-diff/1"

local null = ej.null
local function val(x)
  if x == null then return nil end
  return x
end

---------------------------------------------------------------------------
-- Comparing values
---------------------------------------------------------------------------

local function num_text(x)
  local i = math.tointeger(x)
  if i then return string.format("%d", i) end
  return string.format("%.17g", x)
end

local function is_list(t)
  if next(t) == nil then return true end
  local n = #t
  if n == 0 then return false end
  for k in pairs(t) do
    if math.type(k) ~= "integer" or k < 1 or k > n then return false end
  end
  return true
end

-- A text that is the same for two values when they mean the same: lists
-- compare as sets (sorted) unless ordered, maps by key.
local function norm(x, ordered)
  x = val(x)
  local t = type(x)
  if x == nil then return "nil" end
  if t == "number" then return "n" .. num_text(x) end
  if t == "string" then return "s" .. string.format("%q", x) end
  if t == "boolean" then return tostring(x) end
  if t ~= "table" then return "?" end
  local parts = {}
  if is_list(x) then
    for i = 1, #x do parts[i] = norm(x[i], ordered) end
    if not ordered then table.sort(parts) end
    return "[" .. table.concat(parts, ",") .. "]"
  end
  for k, v in pairs(x) do parts[#parts + 1] = string.format("%q", tostring(k)) .. ":" .. norm(v, ordered) end
  table.sort(parts)
  return "{" .. table.concat(parts, ",") .. "}"
end

local function same(a, b, ordered) return norm(a, ordered) == norm(b, ordered) end

---------------------------------------------------------------------------
-- Matching
---------------------------------------------------------------------------

-- Pairs the entries of olds and news: by each key function in turn (a key
-- nil or "" matches nothing), each old with the first unpaired new of the
-- same key (old_keys[i], when given, is the i-th key of an old entry).
-- Returns the pairs { old, new } in the order of news, the olds
-- left over and the news left over (in their own orders).
local function match(olds, news, keys, old_keys)
  local old_done, new_of = {}, {}
  for ki, key in ipairs(keys) do
    local old_key = old_keys and old_keys[ki] or key
    local index = {}
    for j, n in ipairs(news) do
      if not new_of[j] then
        local k = key(n)
        if k ~= nil and k ~= "" then
          local l = index[k]
          if not l then l = {}; index[k] = l end
          l[#l + 1] = j
        end
      end
    end
    for i, o in ipairs(olds) do
      if not old_done[i] then
        local k = old_key(o)
        local l = k ~= nil and k ~= "" and index[k]
        if l then
          while #l > 0 and new_of[l[1]] do table.remove(l, 1) end
          if #l > 0 then
            local j = table.remove(l, 1)
            new_of[j], old_done[i] = o, true
          end
        end
      end
    end
  end
  local paired, removed, added = {}, {}, {}
  for j, n in ipairs(news) do
    if new_of[j] then paired[#paired + 1] = { new_of[j], n } else added[#added + 1] = n end
  end
  for i, o in ipairs(olds) do
    if not old_done[i] then removed[#removed + 1] = o end
  end
  return paired, removed, added
end

local function by_id(o) return val(o.id) end
local function by_name(o) return val(o.name) end
local function by_text(o) return val(o.text) end
local function by_how(o) return val(o.how) end

local function list(x)
  x = val(x)
  if type(x) ~= "table" then return {} end
  return x
end

-- A note as a key: its segment, category and id (else text); an item's
-- target is such a note.
local function note_key(seg, category, id, text_)
  return tostring(seg) .. "\0" .. tostring(category) .. "\0"
    .. (id and ("#" .. id) or ("=" .. tostring(text_)))
end
local function target_key(t)
  t = val(t)
  if type(t) ~= "table" then return nil end
  return note_key(val(t.segment), val(t.category), val(t.id), val(t.text))
end

---------------------------------------------------------------------------
-- The diff
---------------------------------------------------------------------------

local NOTES = { { list = "jobs", what = "job" }, { list = "pains", what = "pain" },
                { list = "gains", what = "gain" } }
local ITEMS = { { list = "relievers", what = "reliever" }, { list = "creators", what = "creator" },
                { list = "helpers", what = "helper" } }

local function label(word, name)
  return word .. " " .. text.quote(tostring(val(name) or "?"))
end

-- The rank of each note of a list, as the rank of the first note that
-- shares its score: note -> rank (nil for a note without a rank).
local function tie_ranks(notes)
  local first, out = {}, {}
  for _, n in ipairs(notes) do
    local r = val(n.rank)
    if r then
      local s = norm(n.score)
      if first[s] == nil or r < first[s] then first[s] = r end
    end
  end
  for _, n in ipairs(notes) do
    if val(n.rank) then out[n] = first[norm(n.score)] end
  end
  return out
end

-- Positions ("a.lua:12", "?:0") in a message, taken out.
local function strip_positions(s)
  return (str_gsub(tostring(s or ""), "([^%s\"'(),;]+):(%d+)", function(f)
    if f == "?" or str_find(f, "[./]") then return "<position>" end
  end))
end

function M.diff(old, new)
  local out = {}
  local group = {}     -- the changes of the segment being compared
  local function add(kind, what, parts, field, o, n, seg)
    group[#group + 1] = { kind = kind, what = what, parts = parts,
                          path = table.concat(parts, " / "), field = field,
                          old = val(o), new = val(n), segment = seg }
  end
  local function gone(what, parts, o, seg) add("removed", what, parts, nil, o, nil, seg) end
  local function came(what, parts, n, seg) add("added", what, parts, nil, nil, n, seg) end
  local function flush()
    for _, c in ipairs(group) do out[#out + 1] = c end
    group = {}
  end
  local function sub(parts, x)
    local p = {}
    for i, v in ipairs(parts) do p[i] = v end
    p[#p + 1] = x
    return p
  end
  local function fields(what, parts, o, n, seg)
    local names, seen = {}, {}
    for _, t in ipairs { val(o.fields) or {}, val(n.fields) or {} } do
      for k in pairs(t) do
        if not seen[k] then seen[k] = true; names[#names + 1] = k end
      end
    end
    table.sort(names)
    local of, nf = val(o.fields) or {}, val(n.fields) or {}
    for _, k in ipairs(names) do
      if not same(of[k], nf[k]) then add("changed", what, parts, k, of[k], nf[k], seg) end
    end
  end
  local function simple(what, parts, o, n, keys, seg, ordered)
    for _, k in ipairs(keys) do
      if not same(o[k], n[k], ordered and ordered[k]) then
        add("changed", what, parts, k, o[k], n[k], seg)
      end
    end
  end

  -- the canvas and the fields declared
  local oc, nc = val(old.canvas), val(new.canvas)
  if oc and nc then
    local parts = { label("canvas", nc.name) }
    -- a canvas named after its file has no name of its own to change
    if not (val(oc.implicit) or val(nc.implicit)) then simple("canvas", parts, oc, nc, { "name" }) end
    fields("canvas", parts, oc, nc)
  elseif nc then
    came("canvas", { label("canvas", nc.name) }, nc)
  elseif oc then
    gone("canvas", { label("canvas", oc.name) }, oc)
  end
  do
    local paired, removed, added = match(list(old.fields), list(new.fields), { by_name })
    for _, p in ipairs(paired) do
      simple("field", { label("field", p[2].name) }, p[1], p[2],
             { "on", "type", "values", "aliases", "words", "doc" }, nil, { words = true })
    end
    for _, f in ipairs(removed) do gone("field", { label("field", f.name) }, f) end
    for _, f in ipairs(added) do came("field", { label("field", f.name) }, f) end
  end
  flush()

  -- segments
  local seg_pairs, seg_removed, seg_added = match(list(old.segments), list(new.segments),
                                                  { by_id, by_name })
  local new_name_of = {}   -- old segment name -> new name
  for _, p in ipairs(seg_pairs) do new_name_of[val(p[1].name)] = val(p[2].name) end
  local function renamed(name)
    name = val(name)
    if name == nil then return nil end
    return new_name_of[name] or name
  end
  -- the notes of each pair of segments, matched once: the pairs, the
  -- removed and the added of each list, keyed by the new segment; and
  -- each old note's key -> the key of the new note it matches
  local notes_of, note_map = {}, {}
  for _, p in ipairs(seg_pairs) do
    local o, n = p[1], p[2]
    local t = {}
    for _, c in ipairs(NOTES) do
      local np, nr, na = match(list(o[c.list]), list(n[c.list]), { by_id, by_text })
      t[c.list] = { np, nr, na }
      for _, q in ipairs(np) do
        note_map[note_key(val(o.name), c.what, val(q[1].id), val(q[1].text))] =
          note_key(val(n.name), c.what, val(q[2].id), val(q[2].text))
      end
    end
    notes_of[n] = t
  end
  local function by_target(o) return target_key(o.target) end
  -- the note an old item addresses, as the key of the note it became
  local function old_target(o)
    local k = target_key(o.target)
    if k == nil then return nil end
    return note_map[k] or ("old\0" .. k)
  end

  -- value propositions, by the new segment they serve
  local val_pairs, val_removed, val_added = match(list(old.values), list(new.values),
                                                  { by_id, by_name })
  local values_of = {}     -- new segment name -> list of { old, new }
  local function serve(entry, name)
    name = name or false
    values_of[name] = values_of[name] or {}
    table.insert(values_of[name], entry)
  end
  for _, p in ipairs(val_pairs) do serve(p, val(p[2].segment) or new_name_of[val(p[1].segment)]) end
  for _, v in ipairs(val_added) do serve({ nil, v }, val(v.segment)) end
  for _, v in ipairs(val_removed) do serve({ v, nil }, new_name_of[val(v.segment)] or val(v.segment)) end

  -- fit, by segment name
  local function fit_index(model)
    local t = {}
    for _, f in ipairs(list(model.fit)) do t[val(f.segment) or ""] = f end
    return t
  end
  local old_fit, new_fit = fit_index(old), fit_index(new)

  -- findings, as sets: what was found only before, and only after
  -- a finding's rule and message, without positions, and with the name
  -- of its segment (the new name of a renamed one) as <segment>
  local function finding_key(f, rename)
    local msg = strip_positions(val(f.message))
    local seg = val(f.segment)
    if seg then
      local q = text.quote(seg)
      local i, j = str_find(msg, q, 1, true)
      while i do
        msg = msg:sub(1, i - 1) .. "<segment>" .. msg:sub(j + 1)
        i, j = str_find(msg, q, i + 9, true)
      end
      seg = rename and rename[seg] or seg
    end
    return tostring(val(f.id) or "") .. "\0" .. tostring(seg) .. "\0" .. msg
  end
  local found_old, found_new = {}, {}
  do
    local count = {}
    for _, f in ipairs(list(old.findings)) do
      local k = finding_key(f, new_name_of)
      count[k] = (count[k] or 0) + 1
    end
    for _, f in ipairs(list(new.findings)) do
      local k = finding_key(f)
      if (count[k] or 0) > 0 then count[k] = count[k] - 1 else found_new[#found_new + 1] = f end
    end
    count = {}
    for _, f in ipairs(list(new.findings)) do
      local k = finding_key(f)
      count[k] = (count[k] or 0) + 1
    end
    for _, f in ipairs(list(old.findings)) do
      local k = finding_key(f, new_name_of)
      if (count[k] or 0) > 0 then count[k] = count[k] - 1 else found_old[#found_old + 1] = f end
    end
  end

  local function value_changes(entry, seg)
    local o, n = entry[1], entry[2]
    if not o then
      came("value", { label("value", n.name) }, n, seg)
      return
    elseif not n then
      gone("value", { label("value", o.name) }, o, seg)
      return
    end
    local parts = { label("value", n.name) }
    simple("value", parts, o, n, { "name", "id" }, seg)
    if renamed(o.segment) ~= val(n.segment) then
      add("changed", "value", parts, "segment", o.segment, n.segment, seg)
    end
    fields("value", parts, o, n, seg)
    local pp, pr, pa = match(list(o.products), list(n.products), { by_id, by_name })
    for _, p in ipairs(pp) do
      local pparts = sub(parts, label("product", p[2].name))
      simple("product", pparts, p[1], p[2], { "name", "id" }, seg)
      fields("product", pparts, p[1], p[2], seg)
    end
    for _, p in ipairs(pr) do gone("product", sub(parts, label("product", p.name)), p, seg) end
    for _, p in ipairs(pa) do came("product", sub(parts, label("product", p.name)), p, seg) end
    for _, it in ipairs(ITEMS) do
      local ip, ir, ia = match(list(o[it.list]), list(n[it.list]), { by_id, by_target, by_text, by_how },
                               { nil, old_target })
      for _, p in ipairs(ip) do
        local a, b = p[1], p[2]
        local iparts = sub(parts, label(it.what, b.text))
        if old_target(a) ~= by_target(b) then
          add("changed", it.what, iparts, "target", a.target, b.target, seg)
        elseif val(a.target) == nil and val(b.target) == nil then
          simple(it.what, iparts, a, b, { "text" }, seg)
        end
        simple(it.what, iparts, a, b, { "id", "how" }, seg)
        fields(it.what, iparts, a, b, seg)
      end
      for _, x in ipairs(ir) do gone(it.what, sub(parts, label(it.what, x.text)), x, seg) end
      for _, x in ipairs(ia) do came(it.what, sub(parts, label(it.what, x.text)), x, seg) end
    end
  end

  -- the findings that changed, by the name of their segment
  local changed_findings = {}
  for _, side in ipairs { { found_old, "removed" }, { found_new, "added" } } do
    local b = {}
    for _, f in ipairs(side[1]) do
      local k = val(f.segment) or false
      b[k] = b[k] or {}
      table.insert(b[k], f)
    end
    changed_findings[side[2]] = b
  end
  local function finding_change(kind, f, seg_name)
    local parts = seg_name and { label("segment", seg_name) } or {}
    parts[#parts + 1] = "finding " .. tostring(val(f.id) or "error")
    add(kind, "finding", parts, nil, kind == "removed" and f or nil, kind == "added" and f or nil,
        seg_name)
  end
  local function findings_of(seg_name, old_name)
    for _, side in ipairs { { "removed", old_name or seg_name }, { "added", seg_name } } do
      local b = changed_findings[side[1]]
      for _, f in ipairs(b[side[2]] or {}) do finding_change(side[1], f, seg_name) end
      b[side[2]] = nil
    end
  end

  local function segment_changes(o, n)
    local s = n or o
    local name = val(s.name)
    local parts = { label("segment", name) }
    if not o then
      add("added", "segment", parts, nil, nil, n, name)
    elseif not n then
      add("removed", "segment", parts, nil, o, nil, name)
    else
      simple("segment", parts, o, n, { "name", "id" }, name)
      local deps = {}
      for i, d in ipairs(list(o.depends_on)) do deps[i] = renamed(d) end
      if not same(deps, n.depends_on) then
        add("changed", "segment", parts, "depends_on", o.depends_on, n.depends_on, name)
      end
      fields("segment", parts, o, n, name)
      local orank, nrank = val(o.ranking) or {}, val(n.ranking) or {}
      for _, c in ipairs(NOTES) do
        local a, b = val(orank[c.list]), val(nrank[c.list])
        if not same(a, b) then add("changed", "rank", parts, c.list, a, b, name) end
      end
      for _, c in ipairs(NOTES) do
        local olist, nlist = list(o[c.list]), list(n[c.list])
        local np, nr, na = table.unpack(notes_of[n][c.list])
        local oranks, nranks = tie_ranks(olist), tie_ranks(nlist)
        for _, p in ipairs(np) do
          local a, b = p[1], p[2]
          local nparts = sub(parts, label(c.what, b.text))
          simple(c.what, nparts, a, b, { "text", "id" }, name)
          fields(c.what, nparts, a, b, name)
          local ra, rb = oranks[a], nranks[b]
          if ra ~= rb then add("changed", "rank", nparts, "rank", ra, rb, name) end
        end
        for _, x in ipairs(nr) do gone(c.what, sub(parts, label(c.what, x.text)), x, name) end
        for _, x in ipairs(na) do came(c.what, sub(parts, label(c.what, x.text)), x, name) end
      end
    end
    for _, entry in ipairs(values_of[name] or {}) do value_changes(entry, name) end
    values_of[name] = nil
    if o and n then
      local a, b = old_fit[val(o.name)], new_fit[name]
      if a and b then
        local function ratio(f, x, y) return string.format("%s/%s", num_text(f[x]), num_text(f[y])) end
        simple("fit", parts, a, b, { "stage", "top_k" }, name)
        for _, r in ipairs { { "coverage", "covered", "total" }, { "backed", "backed", "addressed" } } do
          local x, y = ratio(a, r[2], r[3]), ratio(b, r[2], r[3])
          if x ~= y then add("changed", "fit", parts, r[1], x, y, name) end
        end
      end
    end
    findings_of(name, o and val(o.name))
    flush()
  end

  for _, p in ipairs(seg_pairs) do segment_changes(p[1], p[2]) end
  for _, s in ipairs(seg_added) do segment_changes(nil, s) end
  for _, s in ipairs(seg_removed) do segment_changes(s, nil) end
  -- value propositions of no segment (or of one neither model has)
  local rest = {}
  for k in pairs(values_of) do rest[#rest + 1] = k end
  table.sort(rest, function(a, b) return tostring(a) < tostring(b) end)
  for _, k in ipairs(rest) do
    for _, entry in ipairs(values_of[k]) do value_changes(entry, k or nil) end
  end
  flush()
  -- findings about no segment, or about one neither model has
  for _, kind in ipairs { "removed", "added" } do
    local b = changed_findings[kind]
    for _, f in ipairs(kind == "removed" and found_old or found_new) do
      local k = val(f.segment) or false
      if b[k] then finding_change(kind, f, k or nil) end
    end
  end
  flush()
  return out
end

-- Decodes a JSON model, or raises an error that says which one is wrong.
local function decode(s, which)
  if type(s) ~= "string" then error("diff: the " .. which .. " model is not JSON text", 0) end
  local ok, v = pcall(cjson.decode, s)
  if not ok then error("diff: the " .. which .. " model is not valid JSON: " .. tostring(v), 0) end
  if type(v) ~= "table" or v.schema ~= ej.SCHEMA then
    local its = type(v) == "table" and type(v.schema) == "string"
      and (" (its schema is " .. text.quote(v.schema) .. ")") or ""
    error("diff: the " .. which .. " model is not a " .. ej.SCHEMA .. " document" .. its, 0)
  end
  return v
end

-- The changes between two models given as JSON text (canvas export).
function M.diff_json(old_text, new_text)
  return M.diff(decode(old_text, "old"), decode(new_text, "new"))
end

---------------------------------------------------------------------------
-- Writing the changes
---------------------------------------------------------------------------

local function show(v, what)
  v = val(v)
  if v == nil then return "(none)" end
  local t = type(v)
  if t == "number" then return num_text(v) end
  if t == "string" then return text.quote(v) end
  if t == "boolean" then return tostring(v) end
  if t ~= "table" then return "?" end
  if what == "target" then
    return label(tostring(val(v.category) or "note"), v.text)
  end
  if what == "rule" then
    return "by " .. tostring(val(v.by)) .. ", "
      .. (val(v.order) == "ascending" and "lowest" or "highest") .. " first"
  end
  local parts = {}
  if is_list(v) then
    for i = 1, #v do parts[i] = show(v[i]) end
  else
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = k end
    table.sort(keys)
    for i, k in ipairs(keys) do parts[i] = tostring(k) .. " = " .. show(v[k]) end
  end
  if #parts == 0 then return "{}" end
  return "{ " .. table.concat(parts, ", ") .. " }"
end

-- One line a change (see the top of this file), then how many there are.
function M.line(c)
  local head = ({ added = "+ ", removed = "- ", changed = "~ " })[c.kind] or "? "
  local where = table.concat(c.parts or { c.path }, ": ")
  if c.what == "finding" then
    local f = c.new or c.old or {}
    return head .. where .. " " .. tostring(val(f.name) or val(f.severity) or "")
      .. ": " .. text.escape(tostring(val(f.message) or ""))
  end
  if c.kind ~= "changed" then return head .. where end
  local name, how = tostring(c.field), nil
  if c.what == "rank" and c.field ~= "rank" then
    name, how = "ranking of " .. c.field, "rule"
  elseif c.what == "fit" then
    name = "fit " .. c.field
    if c.field == "coverage" or c.field == "backed" then
      return head .. where .. ": " .. name .. " " .. tostring(c.old) .. " -> " .. tostring(c.new)
    end
  elseif c.field == "target" then
    how = "target"
  end
  return head .. where .. ": " .. name .. " " .. show(c.old, how) .. " -> " .. show(c.new, how)
end

function M.render_text(changes, out)
  for _, c in ipairs(changes) do out.line(M.line(c)) end
  local n = #changes
  out.line(n == 0 and "no changes" or (n == 1 and "1 change" or (n .. " changes")))
  out.flush()
end

function M.render_json(changes, out)
  local items = {}
  for i, c in ipairs(changes) do
    items[i] = ej.object("kind", c.kind, "what", c.what, "path", c.path, "segment", c.segment,
                        "field", c.field, "old", c.old, "new", c.new)
  end
  ej.write(ej.object("schema", M.SCHEMA, "changes", ej.array(items)), out)
end

return M
