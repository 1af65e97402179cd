-- Operations of the C API (include/canvas.h) for sessions: the REPL's
-- evaluation, completion and history, and the language server's messages.
-- stdlib/api.lua adds them to its operations when one is first called. `api`
-- is what they share with api.lua.
return function(api)
  local keep, record, sorted, start_load = api.keep, api.record, api.sorted, api.start_load
  local set_diagnostics, model = api.set_diagnostics, api.model
  local ops = {}

  -- canvas_eval: one typed chunk; the diagnostics become its load errors
  -- and the reference findings it brought.
  function ops.eval(chunk)
    start_load()
    local repl = require "canvas.repl"
    local code, found = repl.eval(chunk)
    local S = model.state()
    local list = {}
    for _, p in ipairs(S.problems) do list[#list + 1] = record(p, "error") end
    for _, f in ipairs(found) do list[#list + 1] = record(f.item, f.severity) end
    set_diagnostics(sorted(list))
    S.problems = {}   -- reported once
    return code
  end

  -- canvas_complete: the candidates for line:sub(start, stop).
  function ops.complete(line, start, stop)
    local ok, complete = pcall(require, "canvas.repl.complete")
    if not ok then return {} end
    return complete.complete(line, start, stop)
  end

  function ops.history_load()
    local entries, err = require("canvas.repl.history").load()
    if not entries then return keep(err) end
    return entries
  end

  function ops.history_add(entry)
    require("canvas.repl.history").add(entry)
  end

  function ops.history_save()
    local ok, err = require("canvas.repl.history").save()
    if not ok then return keep(err) end
  end

  -- The language server (canvas_lsp, src/lsp.c). The protocol runs in the
  -- server's interpreter: each message read is given to lsp/server.lua,
  -- which says "shutdown" after a shutdown request, "exit" at exit, and ""
  -- otherwise. Each document's interpreter answers the server's requests
  -- through lsp_doc (lsp/doc.lua), with the diagnostics of its last load
  -- and check.
  function ops.lsp_message(body)
    return require("canvas.lsp.server").message(body)
  end

  function ops.lsp_idle()
    return require("canvas.lsp.server").idle()
  end

  function ops.lsp_bad_message(why)
    return require("canvas.lsp.server").bad_message(why)
  end

  local lsp_answer   -- the last answer, referenced until the next
  function ops.lsp_doc(request)
    lsp_answer = require("canvas.lsp.doc").answer(request, api.diagnostics())
    return lsp_answer
  end

  return ops
end
