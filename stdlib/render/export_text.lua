-- canvas export --format text: the canvas as plain text, the views of
-- canvas show (each profile with its value map) and canvas fit, one after
-- the other, fitted to the width, without colour.
local M = {}

function M.export(S, out, opts)
  opts = opts or {}
  local segments = opts.segments or S.segments
  local width = opts.width or 80
  local render = require "canvas.render"
  -- the views flush their writer when done: keep the one flush for the end
  local flush = out.flush
  out.flush = function() end
  render.render("show", S.canvas, segments, out, width)
  out.line("")
  out.line(string.rep("=", width))
  out.line("Fit")
  out.line("")
  render.render("fit", S.canvas, segments, out, width)
  out.flush = flush
  out.flush()
end

return M
