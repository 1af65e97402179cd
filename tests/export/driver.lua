-- The SVG and HTML exports driven in-process, for tests/export_svg.t and
-- tests/export_html.t:
--   canvas --trust -I tests/unit driver.lua FORMAT SCRIPT OUT [SEGMENT]
-- loads SCRIPT into a fresh model and writes
--   OUT          the document: canvas.render.export_FORMAT.export (FORMAT
--                is svg or html), of SEGMENT alone when it is given;
--                for FORMAT svg-string the string of export_svg.svg, for
--                picture the <svg> element of export_svg.picture of
--                SEGMENT (or the first segment)
--   OUT.notes    the text of every job, pain and gain drawn, each followed
--                by a NUL byte, as the script wrote it
--   OUT.status   "ok", or "errors" and the load errors
-- and then leaves an empty model for the host.
local rt = require "roundtrip"
local model = require "canvas.lang.model"

local format, path, out, segname = ...
assert(format and path and out,
  "usage: canvas --trust -I tests/unit driver.lua svg|html|svg-string|picture SCRIPT OUT [SEGMENT]")

local function put(name, data)
  local f = assert(io.open(out .. name, "wb"))
  f:write(data)
  f:close()
end

local S, errors = rt.load_file(path)
if #errors > 0 then
  put(".status", "errors\n" .. table.concat(errors, "\n") .. "\n")
else
  local segments
  if segname then
    local seg = model.find_segment(segname)
    assert(seg, model.no_segment(segname))
    segments = { seg }
  end
  local svg = require "canvas.render.export_svg"
  if format == "svg-string" then
    put("", svg.svg(S, { segments = segments }))
  elseif format == "picture" then
    segments = segments or { S.segments[1] }
    put("", svg.picture(segments[1]) .. "\n")
  else
    local f = assert(io.open(out, "wb"))
    local writer = {
      line = function(s) f:write(s, "\n") end,
      flush = function() f:flush() end,
      style = function(_, s) return s end,
    }
    require("canvas.render.export_" .. format).export(S, writer, { segments = segments })
    f:close()
  end
  local notes = {}
  for _, seg in ipairs(segments or S.segments) do
    for _, list in ipairs { seg.jobs, seg.pains, seg.gains } do
      for _, n in ipairs(list) do notes[#notes + 1] = n.text .. "\0" end
    end
  end
  put(".notes", table.concat(notes))
  put(".status", "ok\n")
end
rt.clear()
