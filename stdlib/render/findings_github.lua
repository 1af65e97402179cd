-- Findings as GitHub Actions workflow commands, which the runner shows as
-- annotations on the files of a pull request, one command a finding:
--
--   ::warning file=a.lua,line=12,title=CS005 vague-note::the note says nothing
--   ::error file=b.lua,line=3,title=load-error::unexpected symbol near 'x'
--
-- then the summary line of the text format. Levels: error -> error,
-- warning -> warning, info -> notice. A finding with no line (line 0) has
-- no line property. The message is escaped as the runner reads it back
-- (% as %25, CR as %0D, LF as %0A) and a property value also has : as %3A
-- and , as %2C, so no text can end a command early or start another; other
-- control characters become visible escapes, as in the text format.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gsub = string.gsub
local findings_text = require "canvas.render.findings_text"

local M = {}

local LEVEL = { error = "error", warning = "warning", info = "notice" }

-- Control characters other than tab, CR and LF, which the runner would
-- pass to the log as they are.
local function visible(s)
  return (str_gsub(s, "[%z\1-\8\11\12\14-\31\127]", function(c)
    return string.format("\\%03d", c:byte())
  end))
end

-- The message of a command.
function M.escape_data(s)
  return (str_gsub(str_gsub(str_gsub(visible(tostring(s)), "%%", "%%25"), "\r", "%%0D"), "\n", "%%0A"))
end

-- The value of a property (file, line, title).
function M.escape_property(s)
  return (str_gsub(str_gsub(M.escape_data(s), ":", "%%3A"), ",", "%%2C"))
end

-- One finding as its workflow command.
function M.command(d)
  local props = { "file=" .. M.escape_property(d.file or "?") }
  local line = findings_text.line_number(d)
  if line >= 1 then props[#props + 1] = "line=" .. line end
  local title
  if d.id == nil then
    title = "load-error"
  elseif d.name ~= nil and d.name ~= "" then
    title = d.id .. " " .. d.name
  else
    title = d.id
  end
  props[#props + 1] = "title=" .. M.escape_property(title)
  return "::" .. (LEVEL[d.severity] or "warning") .. " " .. table.concat(props, ",") .. "::"
    .. M.escape_data(d.message or "")
end

function M.format(report, out)
  for _, d in ipairs(report.diagnostics or {}) do
    out.line(M.command(d))
  end
  out.line(findings_text.summary_line(findings_text.summary(report)))
  out.flush()
end

return M
