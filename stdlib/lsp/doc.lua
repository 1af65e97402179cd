-- What a document tells the language server (lsp/server.lua), asked in
-- the document's own interpreter after its text was loaded and checked
-- (src/lsp.c): a snapshot (its diagnostics), the outline, completion,
-- hover and definition. Requests and answers are JSON text, since the
-- server runs in another interpreter. Lines are 1-based here, byte
-- offsets too; the server turns them into the protocol's positions.
-- Nothing here runs the script's code: the model is read raw, as the
-- REPL's completion reads it.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_find, str_gsub = string.find, string.gsub
local json = require "canvas.lsp.json"
local model = require "canvas.lang.model"
local fields = require "canvas.lang.fields"
local categories = require "canvas.lang.categories"
local complete = require "canvas.repl.complete"
local loader = require "canvas.script.loader"
local text = require "canvas.util.text"

local M = {}

local rawget = rawget

local function label_of(obj)
  return rawget(obj, "text") or rawget(obj, "name") or "?"
end

local function in_file(obj, path)
  return rawget(obj, "file") == path
end

---------------------------------------------------------------------------
-- The snapshot: diagnostics and symbols
---------------------------------------------------------------------------

-- The diagnostics of the document at `path`: its own, and the errors of
-- the files it includes, at its first line with their place in front (a
-- warning there is that file's business, shown when it is open itself).
local function diagnostics_of(list, path)
  local own, out = text.escape(path), {}
  for _, d in ipairs(list) do
    if d.file == own then
      out[#out + 1] = { line = d.line, severity = d.severity, id = d.id, name = d.name,
                        message = d.message }
    elseif d.severity == "error" then
      out[#out + 1] = { line = 1, severity = d.severity, id = d.id, name = d.name,
                        message = d.file .. ":" .. (d.line or 0) .. ": " .. d.message }
    end
  end
  return out
end

local function note_detail(n)
  local word = categories.word_of[model.category(n)]
  local rank = rawget(n, "rank")
  return rank and (word .. ", rank " .. rank) or word
end

-- The outline: segments with their notes, value propositions with their
-- products, relievers, creators and helpers; what another file declared
-- is left out (a note of this file in another file's segment is shown at
-- the top level).
local function symbols_of(path)
  local S = model.state()
  local out = {}
  local function notes(owner, lists, into)
    for _, list_name in ipairs(lists) do
      for _, n in ipairs(rawget(owner, list_name) or {}) do
        if in_file(n, path) then
          into[#into + 1] = { name = label_of(n), kind = model.category(n), line = n.line,
                              detail = note_detail(n) }
        end
      end
    end
  end
  local item_lists = { "products", "relievers", "creators", "helpers" }
  for _, seg in ipairs(S.segments) do
    if in_file(seg, path) then
      local children = json.array()
      notes(seg, categories.lists, children)
      out[#out + 1] = { name = seg.name, kind = "segment", line = seg.line, detail = "segment",
                        children = children }
    else
      notes(seg, categories.lists, out)
    end
  end
  for _, v in ipairs(S.values) do
    if in_file(v, path) then
      local children = json.array()
      notes(v, item_lists, children)
      local serves = rawget(v, "serves")
      out[#out + 1] = { name = v.name, kind = "value", line = v.line, children = children,
                        detail = serves and ("value for " .. serves.name) or "value" }
    else
      notes(v, item_lists, out)
    end
  end
  table.sort(out, function(a, b) return (a.line or 0) < (b.line or 0) end)
  return json.array(out)
end

local function snapshot(req, diagnostics)
  local path = loader.current or "?"
  return { status = req.status, diagnostics = json.array(diagnostics_of(diagnostics, path)) }
end

-- The outline, asked for only when the editor shows it.
local function symbols(_)
  return { symbols = symbols_of(loader.current or "?") }
end

---------------------------------------------------------------------------
-- Completion
---------------------------------------------------------------------------

-- req.text: the document up to the cursor. The candidates replace the
-- text from byte req.text's `start` on (it may begin on an earlier line).
local function completion(req)
  local src = type(req.text) == "string" and req.text or ""
  local list, start = complete.candidates(src, #src)
  return { start = start, items = json.array(list), string = complete.in_string(src) }
end

---------------------------------------------------------------------------
-- What a string names: definition and hover
---------------------------------------------------------------------------

local takes_segment = { seg = true, jobs = true, pains = true, gains = true, ranked = true,
                        fit = true }

-- The object that the string `label`, written at `line` of path with the
-- text `src` before it (up to its last character), names: a reliever's
-- pain, a value's segment, a note or segment by id or text. nil for none.
local function target_of(label, line, src, path)
  local S = model.state()
  if type(label) ~= "string" then return nil end
  -- the reference written there, as resolving settled it
  for _, v in ipairs(S.values) do
    for _, a in ipairs(categories.addressers) do
      for _, item in ipairs(rawget(v, a.list) or {}) do
        if rawget(item, "line") == line and in_file(item, path) and rawget(item, "text") == label
            and rawget(item, "target") then
          return rawget(item, "target")
        end
      end
    end
  end
  local what, key = complete.context(src or "")
  if (what == "field" and (key == "segment" or key == "depends_on"))
      or (what == "argument" and takes_segment[key]) then
    local seg = model.find_segment(label)
    if seg then return seg end
  end
  local o = S.ids[label]
  if o then return o end
  local seg = model.find_segment(label)
  if seg then return seg end
  local v = S.value_by_name[label]
  if v then return v end
  for _, s in ipairs(S.segments) do
    for _, list_name in ipairs(categories.lists) do
      for _, n in ipairs(s[list_name]) do
        if n.text == label then return n end
      end
    end
  end
  return nil
end

local function definition(req)
  local o = target_of(req.label, req.line, req.src, loader.current)
  if not o or not rawget(o, "file") then return {} end
  return { file = o.file, line = o.line or 1, label = label_of(o) }
end

-- Markdown: a help topic.
local function topic_text(t)
  local s = "**" .. t.title .. "**\n\n" .. (str_gsub(t.text, "%s+$", ""))
  if t.example and str_find(t.example, "%S") then
    s = s .. "\n\nExample:\n\n```lua\n" .. str_gsub(t.example, "%s+$", "") .. "\n```"
  end
  return s
end

local function help_topic(word)
  local ok, help = pcall(require, "canvas.help")
  if not ok then return nil end
  local t = help.find(word)
  return t and topic_text(t) or nil
end

local function field_text(name, spec, on)
  return "**" .. name .. "** (a field of " .. on .. "): " .. (spec.doc or "") .. "\n\n"
    .. fields.describe(spec)
end

-- The field `name` of category `on`, or of every category that has it.
local function field_help(name, on)
  if on then
    local spec = fields.registry[on] and fields.registry[on][name]
    return spec and field_text(name, spec, on .. "s") or nil
  end
  local targets, spec = {}, nil
  for _, c in ipairs(fields.targets) do
    local s = fields.registry[c][name]
    if s then
      spec = spec or s
      targets[#targets + 1] = c .. "s"
    end
  end
  return spec and field_text(name, spec, table.concat(targets, ", ")) or nil
end

local function describe_target(o)
  local s = "**" .. model.describe(o) .. "**"
  local seg = rawget(o, "segment")
  if type(seg) == "table" then s = s .. " of segment " .. text.quote(seg.name) end
  local marks = {}
  local rank, score = rawget(o, "rank"), rawget(o, "score")
  if rank then marks[#marks + 1] = "rank " .. rank end
  if type(score) == "number" then marks[#marks + 1] = "score " .. ("%g"):format(score) end
  if #marks > 0 then s = s .. ": " .. table.concat(marks, ", ") end
  return s .. "\n\n" .. model.position(o)
end

-- The rules of the findings on `line`, explained.
local function findings_help(line, diagnostics, path)
  local registry = require "canvas.checks"
  local own, seen, out = text.escape(path), {}, {}
  for _, d in ipairs(diagnostics) do
    if d.file == own and d.line == line and d.id and not seen[d.id] then
      seen[d.id] = true
      local r = registry.rules[d.id]
      if r then
        out[#out + 1] = "**" .. r.id .. " " .. r.name .. "** (" .. d.severity .. "): "
          .. r.summary .. "\n\n" .. str_gsub(str_gsub(r.explanation or "", "%s*\n%s*", " "), "^%s+", "")
          .. "\n\nMore: `canvas explain " .. r.id .. "`"
      end
    end
  end
  return out
end

-- req.word: the name or the string's text under the cursor; req.src: the
-- document up to the word's end (for a string, up to its last character,
-- without the closing quote); req.line: its line.
local function hover(req, diagnostics)
  local parts = {}
  local word, path = req.word, loader.current or "?"
  if type(word) == "string" and word ~= "" then
    local what, a, b = complete.context(req.src or "")
    local part
    if what == "key" then
      part = field_help(word, a.category) or help_topic(word)
    elseif what == "field" then
      local on = b and b.category
      local spec = on and fields.registry[on][a]
      part = help_topic(word)
      if not part and (a == "segment" or a == "depends_on") then
        local o = target_of(word, req.line, req.src, path)
        part = o and describe_target(o)
      end
      part = part or (spec and field_text(a, spec, on .. "s")) or field_help(a)
    elseif what == "argument" then
      local o = target_of(word, req.line, req.src, path)
      part = o and describe_target(o) or help_topic(word)
    elseif what == "name" then
      part = help_topic(word) or field_help(word)
    end
    parts[#parts + 1] = part
  end
  for _, s in ipairs(findings_help(req.line, diagnostics, path)) do parts[#parts + 1] = s end
  if #parts == 0 then return {} end
  return { markdown = table.concat(parts, "\n\n---\n\n") }
end

---------------------------------------------------------------------------

local answers = { snapshot = snapshot, complete = completion, hover = hover,
                  definition = definition, symbols = symbols }

-- answer(request JSON, the diagnostics of the last load or check) -> JSON
function M.answer(request, diagnostics)
  local req = json.decode(request)
  local fn = type(req) == "table" and answers[req.what]
  if not fn then return json.encode({ error = "unknown request" }) end
  return json.encode(fn(req, diagnostics))
end

return M
