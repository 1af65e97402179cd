-- The one entry point of the views: each view is a module of its own in
-- render/ with render(canvas, segments, out, width); `out` is a writer from
-- util/text (it buffers lines and adds colour only when asked).
local text = require "canvas.util.text"

local M = {}

-- name -> module and what it shows, for help and messages.
M.views = {
  rank = { module = "canvas.render.rank",
           summary = "each profile's jobs, pains and gains in rank order, with rank and score" },
  show = { module = "canvas.render.show",
           summary = "the profiles as a text canvas fitted to the width" },
  fit = { module = "canvas.render.fit",
          summary = "how the value map addresses each profile's top notes" },
}

-- The formats of findings (canvas check --format): name -> module.
M.findings = {
  text = "canvas.render.findings_text",
  json = "canvas.render.findings_json",
  sarif = "canvas.render.findings_sarif",
  github = "canvas.render.findings_github",
}
M.finding_formats = { "text", "json", "sarif", "github" }

function M.unknown_format(what)
  return "--format " .. text.quote(what) .. " is not a format of findings; use "
    .. text.either(M.finding_formats)
    .. require("canvas.util.suggest").hint(what, M.finding_formats, text.quote)
end

-- The formats of canvas export: name -> module with
-- export(S, out, { segments = ..., width = ... }), and the file name
-- extensions that choose one when --format is not given.
M.exports = {
  text = "canvas.render.export_text",
  md = "canvas.render.export_md",
  json = "canvas.render.export_json",
  svg = "canvas.render.export_svg",
  html = "canvas.render.export_html",
  lua = "canvas.render.script",
}
M.export_formats = { "text", "md", "json", "svg", "html", "lua" }
M.export_extensions = { txt = "text", text = "text", md = "md", markdown = "md", json = "json",
                        svg = "svg", html = "html", htm = "html", lua = "lua" }

function M.unknown_export(what)
  return "--format " .. text.quote(what) .. " is not an export format; use "
    .. text.either(M.export_formats)
    .. require("canvas.util.suggest").hint(what, M.export_formats, text.quote)
end

local names = {}
for k in pairs(M.views) do names[#names + 1] = k end
table.sort(names)
M.names = names

function M.unknown(what)
  return "unknown view " .. text.quote(what) .. "; use " .. text.either(names)
end

-- Writes view `what` of `segments` (a list) through writer `out`.
function M.render(what, cv, segments, out, width)
  return require(M.views[what].module).render(cv, segments, out, width)
end

return M
