-- Findings as one JSON document, the data model "canvas-findings" version 1
-- (every key is described in docs/formats.md):
--
--   { "format": "canvas-findings", "version": 1, "tool": {...},
--     "files": [...], "findings": [...], "rules": [...], "summary": {...} }
--
-- The document is indented by two spaces, its keys always in the same
-- order, and ends with a newline. The writer is ours (in C, see M.encode),
-- since the cjson of Debian (2.1.0) has no key order and writes an empty
-- table as {} where the model has an empty array []. This module also
-- gives that writer to the SARIF format: M.object, M.array, M.null,
-- M.encode.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gmatch = string.gmatch
local cjson = require("canvas.cjson").new()   -- (for its null)
local findings_text = require "canvas.render.findings_text"
local summary_of, line_of = findings_text.summary, findings_text.line_number

local M = {}

M.FORMAT, M.VERSION = "canvas-findings", 1

local OBJECT, ARRAY, RAW = {}, {}, {}

-- raw(text): JSON text made by M.encode elsewhere (another interpreter's
-- fit), written as it is, indented to where it stands.
function M.raw(text)
  return setmetatable({ text = text }, RAW)
end

-- The JSON null (cjson's, so a decoded document compares equal).
M.null = cjson.null

-- object(k1, v1, k2, v2, ...): a JSON object with its keys in this order;
-- a key whose value is nil is left out (M.null writes null).
-- (Kept as the pairs that stay, flat: o[2i - 1] is a key, o[2i] its value,
-- o.n how many pairs.)
function M.object(...)
  local o, n, w = { ... }, select("#", ...), 0
  for i = 1, n, 2 do
    local v = o[i + 1]
    if v ~= nil then   -- moved down over the pairs left out (w < i)
      o[w + 1], o[w + 2] = o[i], v
      w = w + 2
    end
  end
  for i = w + 1, n do o[i] = nil end
  o.n = w // 2
  return setmetatable(o, OBJECT)
end

-- array(list): a JSON array, [] when the list is empty.
function M.array(list)
  return setmetatable(list or {}, ARRAY)
end

-- The JSON text of strings, numbers and documents is written in C
-- (canvas.c.json_encoder, src/host.c): strings escaped as lua-cjson 2.1.0
-- escapes them but for "/", which stays as it is, after each byte that is
-- not part of a UTF-8 character has become U+FFFD (the document must be
-- valid UTF-8); whole numbers as integers, others with 17 digits; NaN and
-- the infinities are an error.
local host = require "canvas.c"

-- For other writers of JSON (the language server's, the model export's): a
-- string's and a number's JSON text.
M.string_literal, M.number_literal = host.json_string, host.json_number

-- The JSON text of v (built with object, array, raw, null, strings, numbers
-- and booleans), indented by two spaces, without a final newline.
M.encode = host.json_encoder(OBJECT, ARRAY, RAW, M.null)

-- Writes JSON text through writer `out` and flushes it: as it is where the
-- writer takes raw text (a string in JSON never holds a raw newline, so
-- its lines are the writer's), else one line at a time.
function M.write(v, out)
  local s = M.encode(v)
  if out.raw then
    out.raw(s .. "\n")
    return
  end
  for line in str_gmatch(s, "[^\n]+") do out.line(line) end
  out.flush()
end

local function opt(v)   -- a value the report may not know: null then
  if v == nil then return M.null end
  return v
end

-- The report as the data model (objects and arrays for M.encode).
function M.model(report)
  local tool = report.tool or {}
  local files, findings, rules = {}, {}, {}
  for i, f in ipairs(report.files or {}) do
    files[i] = M.object("file", f.file or "?", "status", opt(f.status),
                        "fit", f.fit and M.raw(f.fit) or M.array({}))
  end
  for i, d in ipairs(report.diagnostics or {}) do
    findings[i] = M.object(
      "file", d.file or "?",
      "line", line_of(d),
      "severity", d.severity or "error",
      "id", opt(d.id),
      "name", opt(d.name),
      "message", d.message or "")
  end
  for i, r in ipairs(report.rules or {}) do
    rules[i] = M.object(
      "id", opt(r.id),
      "name", opt(r.name),
      "severity", opt(r.severity),
      "summary", opt(r.summary),
      "explanation", opt(r.explanation),
      "help_uri", opt(r.help_uri))
  end
  local s = summary_of(report)
  return M.object(
    "format", M.FORMAT,
    "version", M.VERSION,
    "tool", M.object("name", tool.name or "canvas", "version", opt(tool.version),
                     "uri", opt(tool.uri)),
    "files", M.array(files),
    "findings", M.array(findings),
    "rules", M.array(rules),
    "summary", M.object("errors", s.errors, "warnings", s.warnings, "info", s.info,
                        "files", s.files))
end

-- The fit of the segments of the model as JSON text (see docs/formats.md):
-- made in the interpreter that checked a file, carried to the report.
function M.fit_text(segments, top_k)
  local fit = require "canvas.eval.fit"
  local categories = require "canvas.lang.categories"
  local list = {}
  top_k = top_k or (#segments > 0 and fit.top_k())   -- (the configuration, read once)
  for i, seg in ipairs(segments) do
    local f = fit.of(seg, top_k)
    local o = { "segment", seg.name, "stage", f.stage, "top_k", f.top_k, "covered", f.covered,
                "total", f.total, "addressed", f.addressed, "backed", f.backed }
    for _, c in ipairs(categories.notes) do
      local cat = f[c.list]
      local top = {}
      for j, e in ipairs(cat.top) do
        local by = {}
        for b, item in ipairs(e.by) do
          by[b] = M.object("value", item.value.name, "word", categories.word_of[item.category],
                           "how", opt(item.how))
        end
        top[j] = M.object("text", e.note.text, "rank", e.note.rank, "tie", e.tie,
                          "addressed_by", M.array(by))
      end
      o[#o + 1] = c.list
      o[#o + 1] = M.object("covered", cat.covered, "total", cat.total, "ties", cat.ties,
                           "top", M.array(top))
    end
    list[i] = M.object(table.unpack(o))
  end
  return M.encode(M.array(list))
end

function M.format(report, out)
  M.write(M.model(report), out)
end

return M
