-- Findings as a compiler prints them, one a line, then a summary line:
--
--   a.lua:12: warning[CS005] vague-note: the note says nothing
--   b.lua:3: error: unexpected symbol near 'x'        (a load error)
--   c.lua: error: ...                                 (no line: line 0)
--   1 error, 1 warning, 0 info in 3 files
--
-- `report` is the findings report built by the checks engine (its shape is
-- in docs/formats.md); `out` is a writer from util/text, which colours the
-- severity word only when colour is on. Files, names and messages are
-- escaped, so a finding is always one line and cannot drive the terminal.
local text = require "canvas.util.text"
local finding_line = require("canvas.c").finding_line

local M = {}

local STYLED = { error = true, warning = true, info = true }

-- A finding's line as a whole number, 1 or more, or 0 when it has none
-- (the same in every format).
function M.line_number(d)
  local n = tonumber(d.line)
  if not n or n ~= n or n < 1 or n >= 2 ^ 53 then return 0 end
  return math.tointeger(math.floor(n))
end

-- "file:line" or, for line 0 (no line), "file".
local function place(d)
  local file = text.escape(d.file or "?")
  local line = M.line_number(d)
  if line >= 1 then return file .. ":" .. line end
  return file
end

-- One finding as its line of text; `out` styles the severity word. The
-- line is made in C (canvas.c.finding_line) when its texts need no
-- escaping, as nearly all do; otherwise here.
function M.line(d, out)
  local severity = d.severity or "error"
  local word = STYLED[severity] and out.style(severity, severity) or text.escape(severity)
  local line = finding_line(d.file or "?", d.line, word, d.id, d.name, d.message or "")
  if line then return line end
  local head = place(d) .. ": " .. word
  if d.id ~= nil then
    head = head .. "[" .. text.escape(d.id) .. "]"
    if d.name ~= nil and d.name ~= "" then head = head .. " " .. text.escape(d.name) end
  end
  return head .. ": " .. text.escape(d.message or "")
end

-- The report's counts: its `summary`, or counted from its lists when it
-- has none. Every format writes the same numbers.
function M.summary(report)
  local s = report.summary
  if s then
    return { errors = s.errors or 0, warnings = s.warnings or 0, info = s.info or 0,
             files = s.files or #(report.files or {}) }
  end
  s = { errors = 0, warnings = 0, info = 0, files = #(report.files or {}) }
  local key = { error = "errors", warning = "warnings", info = "info" }
  for _, d in ipairs(report.diagnostics or {}) do
    local k = key[d.severity or "error"]
    if k then s[k] = s[k] + 1 end
  end
  return s
end

-- "3 errors, 5 warnings, 1 info in 2 files"; "no findings in 1 file".
function M.summary_line(summary)
  summary = summary or {}
  local e, w, i = summary.errors or 0, summary.warnings or 0, summary.info or 0
  local files = text.count(summary.files or 0, "file")
  if e == 0 and w == 0 and i == 0 then return "no findings in " .. files end
  return text.count(e, "error") .. ", " .. text.count(w, "warning") .. ", " .. i .. " info in "
    .. files
end

function M.format(report, out)
  for _, d in ipairs(report.diagnostics or {}) do
    out.line(M.line(d, out))
  end
  out.line(M.summary_line(M.summary(report)))
  out.flush()
end

return M
