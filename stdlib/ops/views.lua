-- Operations of the C API (include/canvas.h) that read the model, write a
-- view or an export of it, compare two models, or write the help, the
-- explanations and the templates. stdlib/api.lua adds them to its
-- operations when one is first called: a command that runs or checks a
-- script never loads them. `api` is what they share with api.lua.
return function(api)
  local keep, record, sorted, collect = api.keep, api.record, api.sorted, api.collect
  local set_diagnostics = api.set_diagnostics
  local model, resolve, categories, fields = api.model, api.resolve, api.categories, api.fields
  local text, c, LOAD = api.text, api.c, api.LOAD
  local ops = {}

  -- Whether the model holds what a script stored that a view or an export
  -- cannot write (resolve.sound_fields): its load errors become the
  -- diagnostics.
  local function unwritable()
    local first = resolve.sound_fields()
    if first then collect(nil, first) end
    return first ~= nil
  end

  function ops.canvas_name()
    local cv = model.state().canvas
    return cv and keep(cv.name) or nil
  end

  function ops.segment_count()
    return #model.state().segments
  end

  local function segment(i)
    return model.state().segments[i]
  end

  function ops.segment_name(_, i)
    local s = segment(i)
    return s and s.name
  end

  -- jobs, pains, gains... -> true (made when first asked)
  local lists = setmetatable({}, { __index = function(t, k)
    setmetatable(t, nil)
    for _, l in ipairs(categories.lists) do t[l] = true end
    return rawget(t, k)
  end })

  function ops.note_count(category, i)
    local s = segment(i)
    if not s or not lists[category] then return 0 end
    return #s[category]
  end

  function ops.note_text(category, i, j)
    local s = segment(i)
    if not s or not lists[category] then return nil end
    local n = s[category][j]
    return n and n.text
  end

  function ops.field(category, name, i, j)
    local s = segment(i)
    if not s then return nil end
    local obj = s
    if category ~= "" then
      if not lists[category] then return nil end
      obj = s[category][j]
      if not obj then return nil end
    end
    local spec = fields.registry[obj.category][name]
    if not spec then return nil end
    return keep(fields.format(spec, rawget(obj, name)))
  end

  function ops.unresolved_count()
    local n = 0
    for _, f in ipairs(model.state().findings) do
      if f.id == "CS018" then n = n + 1 end
    end
    return n
  end

  -- Writes a view of the model; returns nothing, a message for the user, or
  -- LOAD when the project file the view reads is faulty.
  function ops.render(segname, what, width, colour)
    local render = require "canvas.render"
    if not render.views[what] then return keep(render.unknown(what)) end
    resolve.refresh()
    local S = model.state()
    local segments = S.segments
    if segname ~= nil then
      local s = model.find_segment(segname)
      if not s then return keep(model.no_segment(segname)) end
      segments = { s }
    end
    if unwritable() then return LOAD end
    if what == "fit" then
      -- the fit reads top_k from the project file too: a faulty one is a
      -- load error, as for canvas check
      local before = #S.problems
      require("canvas.eval.fit").top_k()
      if #S.problems > before then
        collect(nil, before + 1)
        return LOAD
      end
    end
    render.render(what, S.canvas, segments, text.writer(colour == 1), width)
  end

  -- canvas export: writes the model in `format`; returns nothing, or a
  -- message for the user. What the format cannot hold (a canonical script
  -- cannot hold a ranking rule written as a function) becomes the
  -- diagnostics, as warnings.
  function ops.export(format, segname, width)
    local render = require "canvas.render"
    local module = render.exports[format]
    if not module then return keep(render.unknown_export(format)) end
    resolve.refresh()
    local S = model.state()
    local segments
    if segname ~= nil then
      if format == "lua" then
        return keep("--segment does not go with --format lua: a canonical script holds the whole canvas")
      end
      local seg = model.find_segment(segname)
      if not seg then return keep(model.no_segment(segname)) end
      segments = { seg }
    end
    if unwritable() then return LOAD end
    local out = text.writer(false)
    set_diagnostics({})
    if format == "lua" then
      local problems = require(module).write(S, out)
      local list = {}
      for _, p in ipairs(problems or {}) do
        list[#list + 1] = record({ file = p.file or "?", line = p.line or 0, message = p.message }, "warning")
      end
      set_diagnostics(sorted(list))
      return
    end
    require(module).export(S, out, { segments = segments, width = width })
  end

  -- canvas help [TOPIC]: the topic list, or one topic (the texts of the
  -- REPL's help()); returns nothing, or a message for the user. `quiet`
  -- (1) writes nothing when there is no such topic (the command line then
  -- has a command of that name to show).
  function ops.help(topic, width, quiet)
    local help = require "canvas.help"
    local out = text.writer(false)
    if topic == nil then
      help.render_index(out, width, "cli")
      out.flush()
      return
    end
    local t = help.find(topic)
    if not t then
      if quiet == 1 then return keep("") end
      return keep(help.not_found(topic, "canvas help"))
    end
    help.render(t, out, width)
    out.flush()
  end

  -- canvas new NAME: a template script for a market pattern with n
  -- segments (0: the pattern's usual number); returns nothing, or a message
  -- for the user.
  function ops.new_script(name, market, n)
    local new = require "canvas.teach.new"
    market = market or "niche"
    if n == 0 then n = new.default_segments(market) end
    local ok, why = new.check_args(name, market, n)
    if not ok then return keep(why) end
    local out = text.writer(false)
    for _, l in ipairs(new.script(c.template(), name, market, n)) do out.line(l) end
    out.flush()
  end

  -- canvas diff: compares two models (their JSON, from canvas_export) and
  -- writes the changes in `format`; returns 0 when there are none, 1 when
  -- there are, or a message for the user.
  function ops.diff(old_json, new_json, format)
    local diff = require "canvas.render.diff"
    if format ~= "text" and format ~= "json" then
      return keep("--format " .. text.quote(format) .. " is not a format of canvas diff; use "
        .. "\"text\" or \"json\"")
    end
    local ok, changes = pcall(diff.diff_json, old_json, new_json)
    if not ok then return keep("diff: " .. text.error_text(changes)) end
    local out = text.writer(false)
    if format == "json" then diff.render_json(changes, out) else diff.render_text(changes, out) end
    return #changes == 0 and 0 or 1
  end

  -- canvas explain [ID]: writes the rule's explanation, or the list.
  function ops.explain(id, width)
    local registry = require "canvas.checks"
    local explain = require "canvas.render.explain"
    local out = text.writer(false)
    if id == nil then
      explain.list(registry, out, width)
      return
    end
    local rule = registry.rules[id] or registry.rules[id:upper()]
    if not rule then
      local p = require("canvas.checks.config").id_problem(id, nil)
      return keep("explain: " .. p)
    end
    explain.rule(rule, out, width)
  end

  -- The index in `names` of the closest to `word`, for did-you-mean in C.
  function ops.closest(word, names)
    local best = require("canvas.util.suggest").closest(word, names)
    for i, n in ipairs(names) do
      if n == best then return i end
    end
    return 0
  end

  return ops
end
