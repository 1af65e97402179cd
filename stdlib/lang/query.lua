-- Queries over the model for scripts and the REPL: segments(), seg(name),
-- jobs/pains/gains(segment, filter) and show(x).
local model = require "canvas.lang.model"
local resolve = require "canvas.lang.resolve"
local categories = require "canvas.lang.categories"
local fields = require "canvas.lang.fields"
local text = require "canvas.util.text"

local M = {}

-- The segment named (or with the id) `which`; raises at the caller's line.
local function find(which, level)
  if model.is_object(which, "segment") then return which end
  if type(which) ~= "string" then
    error("expected a segment or its name, got " .. text.show_value(which), level + 1)
  end
  local s = model.find_segment(which)
  if s then return s end
  error(model.no_segment(which), level + 1)
end

function M.segments()
  resolve.refresh()
  local out = {}
  for i, s in ipairs(model.state().segments) do out[i] = s end
  return out
end

function M.seg(which)
  resolve.refresh()
  return find(which, 2)
end

-- A filter table { field = value } becomes a predicate; values are read as
-- the field reads them, so { severity = "extreme" } matches severity 5.
local function predicate(category, filter)
  if filter == nil then return nil end
  if type(filter) == "function" then return filter end
  if type(filter) ~= "table" then
    error("a filter is a table { field = value } or a function(note); got "
      .. text.show_value(filter), 3)
  end
  local want = {}
  for k, v in pairs(filter) do
    local value, problem = fields.convert(category, k, v)
    if value == nil then error("filter: " .. problem, 3) end
    want[k] = value
  end
  return function(note)
    for k, v in pairs(want) do
      local have = note[k]
      if type(v) == "table" then
        -- a list field matches when it holds every value asked for
        if type(have) ~= "table" then return false end
        for _, x in ipairs(v) do
          local found = false
          for _, y in ipairs(have) do if y == x then found = true break end end
          if not found then return false end
        end
      elseif have ~= v then
        return false
      end
    end
    return true
  end
end

local function notes(category, list_name)
  return function(which, filter)
    resolve.refresh()
    local segs
    if which == nil then
      segs = model.state().segments
    else
      segs = { find(which, 2) }
    end
    local keep = predicate(category, filter)
    local out = {}
    for _, s in ipairs(segs) do
      for _, n in ipairs(s[list_name]) do
        if keep == nil or keep(n) then out[#out + 1] = n end
      end
    end
    return out
  end
end
M.jobs = notes("job", "jobs")
M.pains = notes("pain", "pains")
M.gains = notes("gain", "gains")

-- ranked(segment) -> { jobs = {...}, pains = {...}, gains = {...} }, each
-- list in rank order; every note carries .rank and .score.
function M.ranked(which)
  resolve.refresh()
  local s = find(which, 2)
  local out = {}
  for _, c in ipairs(categories.lists) do
    local list = {}
    for i, n in ipairs(s.ranked and s.ranked[c] or s[c]) do list[i] = n end
    out[c] = list
  end
  return out
end

---------------------------------------------------------------------------
-- show(x): a readable summary on standard output
---------------------------------------------------------------------------
local shown_elsewhere = categories.reserved

-- The fields of obj other than the ones shown in its heading, as lines.
local function field_lines(obj, indent, skip)
  local out = {}
  for _, name in ipairs(fields.order[obj.category]) do
    local v = rawget(obj, name)
    if v ~= nil and not (skip and skip[name]) and not (shown_elsewhere[name] and name ~= "segment") then
      local spec = fields.registry[obj.category][name]
      local s = spec.type == "scale" and fields.scale_text(spec, v) or fields.format(spec, v)
      out[#out + 1] = indent .. name .. ": " .. text.escape(s)
    end
  end
  return out
end

local function at(obj)
  if not obj.file then return "" end
  return "  (" .. text.escape(model.position(obj)) .. ")"
end

local note_heading_fields = { kind = true, role = true, type = true, level = true }
for _, c in ipairs(categories.notes) do note_heading_fields[c.scale] = true end

local function note_line(n, indent)
  local marks = model.marks(n)
  return indent .. "- " .. text.escape(n.text) .. (marks ~= "" and ("  [" .. marks .. "]") or "")
end

local function lines_of(x, out)
  if model.is_object(x, "segment") then
    out[#out + 1] = "segment " .. text.quote(x.name, 200) .. at(x)
    for _, l in ipairs(field_lines(x, "  ")) do out[#out + 1] = l end
    for _, ln in ipairs(categories.lists) do
      out[#out + 1] = "  " .. ln .. " (" .. #x[ln] .. ")"
      for _, n in ipairs(x[ln]) do
        out[#out + 1] = note_line(n, "    ")
        for _, l in ipairs(field_lines(n, "        ", note_heading_fields)) do out[#out + 1] = l end
      end
    end
    if #x.values > 0 then
      local vs = {}
      for i, v in ipairs(x.values) do vs[i] = text.quote(v.name) end
      out[#out + 1] = "  value propositions: " .. table.concat(vs, ", ")
    end
  elseif model.is_object(x, "value") then
    out[#out + 1] = "value " .. text.quote(x.name, 200) .. at(x)
    for _, l in ipairs(field_lines(x, "  ")) do out[#out + 1] = l end
    for _, p in ipairs(x.products) do
      out[#out + 1] = "  product " .. text.quote(p.name, 200) .. (p.kind and (" [" .. p.kind .. "]") or "")
      for _, l in ipairs(field_lines(p, "      ", { kind = true })) do out[#out + 1] = l end
    end
    for _, a in ipairs(categories.addressers) do
      for _, r in ipairs(x[a.list]) do
        local word = a.word
        local target = r.target and "" or "  (unresolved)"
        out[#out + 1] = "  " .. word .. " " .. text.quote(r.text, 200) .. target
        for _, l in ipairs(field_lines(r, "      ")) do out[#out + 1] = l end
      end
    end
  elseif model.is_object(x, "canvas") then
    local S = model.state()
    out[#out + 1] = "canvas " .. text.quote(x.name, 200) .. at(x)
    for _, l in ipairs(field_lines(x, "  ")) do out[#out + 1] = l end
    for _, s in ipairs(S.segments) do out[#out + 1] = "  " .. tostring(s) end
    for _, v in ipairs(S.values) do out[#out + 1] = "  " .. tostring(v) end
  elseif model.is_object(x) then
    out[#out + 1] = tostring(x) .. at(x)
    for _, l in ipairs(field_lines(x, "  ", note_heading_fields)) do out[#out + 1] = l end
  elseif type(x) == "table" and getmetatable(x) == nil then
    for _, v in ipairs(x) do
      if model.is_object(v) then out[#out + 1] = tostring(v) else lines_of(v, out) end
    end
  else
    local ok, s = pcall(tostring, x)
    out[#out + 1] = text.escape(ok and s or "?")
  end
  return out
end

function M.show(...)
  local n, x = select("#", ...), ...
  if n > 1 then error("show takes one value; got " .. n, 2) end
  resolve.refresh()
  if n == 0 then
    local S = model.state()
    if S.canvas then x = S.canvas else x = S.segments end
  end
  local out = lines_of(x, {})
  if #out == 0 then out[1] = "(nothing declared yet)" end
  require("canvas.c").print(table.concat(out, "\n"), "\n")
end

-- fit(segment) -> the fit of a segment (see eval/fit.lua): for jobs, pains
-- and gains, the top notes with what addresses each; coverage, unaddressed
-- top notes and the stage. top_k follows checks { top_k = ... }.
function M.fit(which)
  resolve.refresh()
  local s = find(which, 2)
  return require("canvas.eval.fit").of(s)
end

-- The words, ready to put in a script's environment.
function M.words()
  return { segments = M.segments, seg = M.seg, jobs = M.jobs, pains = M.pains,
           gains = M.gains, show = M.show, ranked = M.ranked, fit = M.fit }
end

return M
