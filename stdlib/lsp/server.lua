-- The language server's protocol (canvas lsp; src/lsp.c frames the
-- messages and keeps one interpreter per document). This module reads
-- each JSON-RPC message, keeps the open documents' text, turns the
-- protocol's positions (lines from 0, columns in UTF-16 units or, when the
-- client offers it, UTF-8 bytes) into lines and bytes, and asks each
-- document's interpreter (lsp/doc.lua) through c.lsp_doc. A mistake in a
-- message is answered with a JSON-RPC error; nothing a client sends or a
-- script does stops the server.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gsub = string.match, string.gsub
local json = require "canvas.lsp.json"
local complete = require "canvas.repl.complete"
local loader = require "canvas.script.loader"
local c = require "canvas.c"

local M = {}

local PARSE_ERROR, INVALID_REQUEST, METHOD_NOT_FOUND = -32700, -32600, -32601
local INVALID_PARAMS, INTERNAL_ERROR, NOT_INITIALIZED = -32602, -32603, -32002

local state = { initialized = false, shutdown = false, utf8 = false }
local docs = {}   -- uri -> { uri, path, text, version, lines, starts, snapshot }

local find, sub, byte = string.find, string.sub, string.byte

---------------------------------------------------------------------------
-- Sending
---------------------------------------------------------------------------

local function send(msg)
  msg.jsonrpc = "2.0"
  c.lsp_send(json.encode(msg))
end

local function respond(id, result)
  send { id = id, result = result == nil and json.null or result }
end

local function fail(id, code, message)
  send { id = id == nil and json.null or id, error = { code = code, message = message } }
end

local function notify(method, params)
  send { method = method, params = params }
end

local function log(s)
  io.stderr:write("canvas lsp: ", s, "\n")
end

---------------------------------------------------------------------------
-- Documents, lines and positions
---------------------------------------------------------------------------

-- The lines of a document and the offset where each starts (1-based);
-- a line's text has no line ending ("\n" or "\r\n").
local function index(doc)
  if doc.lines then return end
  local lines, starts, pos, text = {}, {}, 1, doc.text
  while true do
    local nl = find(text, "\n", pos, true)
    starts[#starts + 1] = pos
    if not nl then
      lines[#lines + 1] = sub(text, pos)
      break
    end
    local e = nl - 1
    if e >= pos and byte(text, e) == 13 then e = e - 1 end
    lines[#lines + 1] = sub(text, pos, e)
    pos = nl + 1
  end
  doc.lines, doc.starts = lines, starts
end

local function line_of(doc, n)   -- n from 1
  index(doc)
  return doc.lines[n]
end

-- The byte length of the UTF-8 character that starts with byte b (1 for a
-- byte that starts none, so that any text can be walked).
local function char_len(b)
  if b >= 0xF0 and b <= 0xF4 then return 4 end
  if b >= 0xE0 and b < 0xF0 then return 3 end
  if b >= 0xC2 and b < 0xE0 then return 2 end
  return 1
end

-- The bytes of line before the protocol's column `character`.
local function to_bytes(line, character)
  character = math.tointeger(character) or 0
  if character <= 0 then return 0 end
  if state.utf8 or not find(line, "[\128-\255]") then return math.min(character, #line) end
  local units, i, n = 0, 1, #line
  while i <= n and units < character do
    local len = char_len(byte(line, i))
    units = units + (len == 4 and 2 or 1)
    i = i + len
  end
  return math.min(i - 1, n)
end

-- The protocol's column of the first `bytes` bytes of line.
local function to_units(line, bytes)
  if state.utf8 or not find(line, "[\128-\255]") then return bytes end
  local units, i = 0, 1
  while i <= bytes do
    local len = char_len(byte(line, i) or 0)
    units = units + (len == 4 and 2 or 1)
    i = i + len
  end
  return units
end

local function position(line_text, n, bytes)
  return { line = n - 1, character = to_units(line_text, bytes) }
end

-- The range of bytes [from, to) of line n (from 1).
local function range(line_text, n, from, to)
  return { start = position(line_text, n, from), ["end"] = position(line_text, n, to) }
end

-- The line's text without its indentation and trailing blanks.
local function line_range(line_text, n)
  local s = find(line_text, "%S") or (#line_text + 1)
  local e = #line_text
  while e >= s and find(sub(line_text, e, e), "%s") do e = e - 1 end
  return range(line_text, n, s - 1, e)
end

-- The offset in doc.text (from 1) of a protocol position.
local function offset_of(doc, pos)
  index(doc)
  local n = (math.tointeger(pos.line) or 0) + 1
  if n < 1 then return 1 end
  if n > #doc.lines then return #doc.text + 1 end
  return doc.starts[n] + to_bytes(doc.lines[n], pos.character)
end

local function path_of(uri)
  local p = str_match(uri, "^file://[^/]*(/.*)$")
  if not p then return uri end
  return (str_gsub(p, "%%(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end

-- Where the top-level statement around line n starts: the offset of the
-- nearest line at or above it that starts with a name at its first column
-- (`segment "X" {`, `value "V" {`), as scripts are written. Completion and
-- hover read the text from there, not from the top of a long document.
local function statement_start(doc, n)
  index(doc)
  for k = n, 1, -1 do
    if find(doc.lines[k], "^[%a_]") then return doc.starts[k] end
  end
  return 1
end

local function uri_of(path)
  for uri, d in pairs(docs) do
    if d.path == path then return uri end
  end
  if sub(path, 1, 1) ~= "/" then return path end
  return "file://" .. str_gsub(path, "[^%w/%._~%-]", function(ch)
    return string.format("%%%02X", byte(ch))
  end)
end

-- Line n of the file at path: from the open document, else from disk.
local function file_line(path, n)
  for _, d in pairs(docs) do
    if d.path == path then return line_of(d, n) end
  end
  local src = c.readfile(path)
  if not src then return nil end
  return line_of({ text = src }, n)
end

---------------------------------------------------------------------------
-- The strings and names on a line
---------------------------------------------------------------------------

-- The quoted strings of a line, outside comments: { s, e } with s the
-- opening quote and e the closing one (#line + 1 when it is not closed).
local function strings_of(line)
  local out, i, n = {}, 1, #line
  while i <= n do
    local ch = sub(line, i, i)
    if ch == '"' or ch == "'" then
      local j = i + 1
      while j <= n do
        local d = sub(line, j, j)
        if d == "\\" then j = j + 2
        elseif d == ch then break
        else j = j + 1 end
      end
      out[#out + 1] = { s = i, e = math.min(j, n + 1) }
      i = j + 1
    elseif ch == "-" and sub(line, i + 1, i + 1) == "-" then
      break
    else
      i = i + 1
    end
  end
  return out
end

-- What is at byte col (0-based: the cursor is before byte col + 1) of
-- line: { kind = "string", s, e, raw } for a string (the cursor between
-- its quotes), { kind = "name", s, e } for a name, or nil.
local function token_at(line, col)
  for _, t in ipairs(strings_of(line)) do
    if col >= t.s and col < t.e then
      return { kind = "string", s = t.s, e = t.e, raw = sub(line, t.s + 1, t.e - 1) }
    end
  end
  local s, e = col + 1, col
  while s > 1 and find(sub(line, s - 1, s - 1), "[%w_]") do s = s - 1 end
  while e < #line and find(sub(line, e + 1, e + 1), "[%w_]") do e = e + 1 end
  if e < s or find(sub(line, s, s), "%d") then return nil end
  return { kind = "name", s = s, e = e }
end

---------------------------------------------------------------------------
-- Asking a document
---------------------------------------------------------------------------

local function ask(doc, request)
  local answer = c.lsp_doc("ask", doc.uri, json.encode(request))
  local v = answer and json.decode(answer)
  return type(v) == "table" and v or nil
end

local SEVERITY = { error = 1, warning = 2, info = 3 }

local function publish(doc)
  local out = json.array()
  local snap = doc.snapshot
  if not snap then
    local l = line_of(doc, 1) or ""
    out[1] = { range = line_range(l, 1), severity = 1, source = "canvas",
               message = "canvas could not check this document (out of memory?)" }
  else
    for _, d in ipairs(snap.diagnostics or {}) do
      local n = math.max(1, math.tointeger(d.line) or 1)
      local l = line_of(doc, n) or ""
      out[#out + 1] = { range = line_range(l, n), severity = SEVERITY[d.severity] or 1,
                        source = "canvas", code = d.id ~= json.null and d.id or nil,
                        message = d.message }
    end
  end
  notify("textDocument/publishDiagnostics", { uri = doc.uri, version = doc.version,
                                              diagnostics = out })
end

-- Documents are checked when the server has nothing more to read
-- (M.idle), or when a request needs one: a burst of changes costs one
-- check.
local function analyse(doc)
  local extra = doc.path .. "\n" .. table.concat(loader.options.include_dirs, "\n")
  local text = c.lsp_doc("open", doc.uri, doc.text, extra)
  doc.snapshot = text and json.decode(text) or nil
  doc.dirty = false
  publish(doc)
end

-- The document brought up to date with its text, for a request.
local function fresh(doc)
  if doc and doc.dirty then analyse(doc) end
  return doc
end

---------------------------------------------------------------------------
-- Methods
---------------------------------------------------------------------------

-- The document a request names, or nil and the error to answer.
local function document(params)
  local td = type(params) == "table" and params.textDocument
  if type(td) ~= "table" or type(td.uri) ~= "string" then
    return nil, INVALID_PARAMS, "params.textDocument.uri is missing"
  end
  return docs[td.uri] or false, td.uri
end

-- The same, checked again first if it changed: for a request.
local function current(params)
  local doc, a, b = document(params)
  if doc then fresh(doc) end
  return doc, a, b
end

local function position_of(params)
  local p = params.position
  if type(p) ~= "table" or math.tointeger(p.line) == nil or math.tointeger(p.character) == nil then
    return nil
  end
  return p
end

-- The document and position of a request that names both, or nil and the
-- error to answer.
local function positioned(params)
  local doc, code, why = current(params)
  if doc == nil then return nil, nil, code, why end
  local pos = position_of(params)
  if not pos then return nil, nil, INVALID_PARAMS, "params.position is missing" end
  return doc, pos
end

local requests, notifications = {}, {}

function requests.initialize(params)
  if state.initialized then return nil, INVALID_REQUEST, "initialize was already sent" end
  local general = type(params) == "table" and type(params.capabilities) == "table"
    and params.capabilities.general
  for _, e in ipairs(type(general) == "table" and type(general.positionEncodings) == "table"
                     and general.positionEncodings or {}) do
    if e == "utf-8" then state.utf8 = true end
  end
  state.initialized = true
  return {
    capabilities = {
      positionEncoding = state.utf8 and "utf-8" or "utf-16",
      textDocumentSync = { openClose = true, change = 2, save = { includeText = true } },
      completionProvider = { triggerCharacters = { '"', "'", ".", ":" } },
      hoverProvider = true,
      definitionProvider = true,
      documentSymbolProvider = true,
    },
    serverInfo = { name = "canvas", version = c.version },
  }
end

function requests.shutdown()
  state.shutdown = true
  return json.null
end

function notifications.initialized() end

notifications["textDocument/didOpen"] = function(params)
  local td = type(params) == "table" and params.textDocument
  if type(td) ~= "table" or type(td.uri) ~= "string" or type(td.text) ~= "string" then
    log("didOpen without textDocument.uri and text")
    return
  end
  docs[td.uri] = { uri = td.uri, path = path_of(td.uri), text = td.text, version = td.version,
                   dirty = true }
end

-- One change of didChange: the whole text, or a range replaced.
local function apply(doc, change)
  if type(change) ~= "table" or type(change.text) ~= "string" then return false end
  local r = change.range
  if type(r) ~= "table" then
    doc.text = change.text
  else
    if type(r.start) ~= "table" or type(r["end"]) ~= "table" then return false end
    local a, b = offset_of(doc, r.start), offset_of(doc, r["end"])
    if b < a then a, b = b, a end
    doc.text = sub(doc.text, 1, a - 1) .. change.text .. sub(doc.text, b)
  end
  doc.lines, doc.starts = nil, nil
  return true
end

notifications["textDocument/didChange"] = function(params)
  local doc = document(params)
  if not doc then return log("didChange for a document that is not open") end
  for _, change in ipairs(type(params.contentChanges) == "table" and params.contentChanges or {}) do
    if not apply(doc, change) then log("didChange with a change that has no text") end
  end
  doc.version = params.textDocument.version
  doc.dirty = true
end

notifications["textDocument/didSave"] = function(params)
  local doc = document(params)
  if not doc then return end
  if type(params.text) == "string" then
    doc.text = params.text
    doc.lines, doc.starts = nil, nil
  end
  -- the files it includes may have changed too
  doc.dirty = true
end

notifications["textDocument/didClose"] = function(params)
  local doc, uri = document(params)
  if doc == nil then return end
  docs[uri] = nil
  c.lsp_doc("close", uri)
  notify("textDocument/publishDiagnostics", { uri = uri, diagnostics = json.array() })
end

local keywords = complete.keywords

-- CompletionItemKind: Function 3, Field 5, Variable 6, Module 9, Value 12,
-- Keyword 14.
local function item_kind(candidate, in_string)
  if in_string then return 12 end
  local last = sub(candidate, -1)
  if last == "(" then return 3 end
  if last == "." then return 9 end
  if keywords[candidate] then return 14 end
  return 6
end

requests["textDocument/completion"] = function(params)
  local doc, pos, code, why = positioned(params)
  if doc == nil then return nil, code, why end
  if not doc then return json.array() end
  local n = pos.line + 1
  local line = line_of(doc, n)
  if not line then return json.array() end
  local col = to_bytes(line, pos.character)
  local line_start = doc.starts[n]
  local from_offset = statement_start(doc, n)
  local r = ask(doc, { what = "complete", text = sub(doc.text, from_offset, line_start - 1 + col) })
  if not r then return json.array() end
  local quote = r.string ~= json.null and r.string or nil
  local start = (math.tointeger(r.start) or (line_start + col - from_offset + 1)) + from_offset - 1
  local cut = math.max(0, line_start - start)   -- a word begun on an earlier line
  local from = math.max(start, line_start) - line_start
  local items = json.array()
  for _, cand in ipairs(r.items or {}) do
    local new_text = sub(cand, cut + 1)
    local to = col
    local label = new_text
    if quote and sub(new_text, -1) == quote then
      label = sub(new_text, 1, -2)
      -- the editor closed the string already: replace its quote too
      if sub(line, col + 1, col + 1) == quote then to = col + 1 end
    elseif not quote then
      label = str_gsub(new_text, "[%(%.]$", "")
    end
    if label == "" then label = new_text end
    items[#items + 1] = { label = label, kind = item_kind(new_text, quote),
                          filterText = label, sortText = string.format("%04d", #items),
                          textEdit = { range = range(line, n, from, to), newText = new_text } }
  end
  return { isIncomplete = #items >= complete.cap, items = items }
end

-- The string or name under the cursor of a request, with the document's
-- text up to it (for a string: up to its last character).
local function at_cursor(doc, pos)
  local n = pos.line + 1
  local line = line_of(doc, n)
  if not line then return nil end
  local col = to_bytes(line, pos.character)
  local t = token_at(line, col)
  if not t then return { n = n, line = line } end
  local base, from = doc.starts[n] - 1, statement_start(doc, n)
  if t.kind == "string" then
    t.word = complete.decode(t.raw) or t.raw
    t.src = sub(doc.text, from, base + t.e - 1)
    t.from, t.to = t.s, math.min(t.e - 1, #line)
  else
    t.word = sub(line, t.s, t.e)
    t.src = sub(doc.text, from, base + t.e)
    t.from, t.to = t.s - 1, t.e
  end
  t.n, t.line = n, line
  return t
end

requests["textDocument/hover"] = function(params)
  local doc, pos, code, why = positioned(params)
  if doc == nil then return nil, code, why end
  if not doc then return json.null end
  local t = at_cursor(doc, pos)
  if not t then return json.null end
  local r = ask(doc, { what = "hover", word = t.word or "", src = t.src or "", line = t.n })
  if not r or type(r.markdown) ~= "string" then return json.null end
  local result = { contents = { kind = "markdown", value = r.markdown } }
  if t.from then result.range = range(t.line, t.n, t.from, t.to) end
  return result
end

-- The range of `label` written as a string on line n of a file, or of the
-- line when it is not there.
local function label_range(line_text, n, label)
  if type(label) == "string" and label ~= "" then
    for _, q in ipairs { '"', "'" } do
      local s, e = find(line_text, q .. label .. q, 1, true)
      if s then return range(line_text, n, s, e - 1) end
    end
  end
  return line_range(line_text, n)
end

requests["textDocument/definition"] = function(params)
  local doc, pos, code, why = positioned(params)
  if doc == nil then return nil, code, why end
  if not doc then return json.null end
  local t = at_cursor(doc, pos)
  if not t or t.kind ~= "string" then return json.null end
  local r = ask(doc, { what = "definition", label = t.word, src = t.src, line = t.n })
  if not r or type(r.file) ~= "string" then return json.null end
  local n = math.max(1, math.tointeger(r.line) or 1)
  local l = file_line(r.file, n) or ""
  return { uri = uri_of(r.file), range = label_range(l, n, r.label) }
end

-- SymbolKind: Class 5, Property 7, Field 8, Function 12, EnumMember 22,
-- Struct 23, Event 24.
local SYMBOL = { segment = 5, value = 23, job = 12, pain = 24, gain = 22, product = 7,
                 reliever = 8, creator = 8, helper = 8 }

local function symbol(doc, s)
  local n = math.max(1, math.tointeger(s.line) or 1)
  local l = line_of(doc, n) or ""
  local name = type(s.name) == "string" and s.name ~= "" and s.name or "(no name)"
  local sel = label_range(l, n, s.name)
  local out = { name = name, detail = s.detail, kind = SYMBOL[s.kind] or 13,
                range = line_range(l, n), selectionRange = sel }
  if type(s.children) == "table" then
    local children = json.array()
    local last = out.range
    for _, ch in ipairs(s.children) do
      local k = symbol(doc, ch)
      children[#children + 1] = k
      if k.range["end"].line > last["end"].line then last = k.range end
    end
    out.range = { start = out.range.start, ["end"] = last["end"] }
    out.children = children
  end
  return out
end

requests["textDocument/documentSymbol"] = function(params)
  local doc, code, why = current(params)
  if doc == nil then return nil, code, why end
  local out = json.array()
  local r = doc and ask(doc, { what = "symbols" })
  -- (while the text does not compile, the last version's outline: src/lsp.c)
  for _, s in ipairs(r and r.symbols or {}) do out[#out + 1] = symbol(doc, s) end
  return out
end

---------------------------------------------------------------------------
-- Dispatch
---------------------------------------------------------------------------

local function valid_id(id)
  local t = type(id)
  return id == nil or t == "string" or (t == "number" and math.tointeger(id) ~= nil)
end

local function dispatch(msg)
  if type(msg) ~= "table" or msg[1] ~= nil or next(msg) == nil then
    fail(nil, INVALID_REQUEST, "a message must be a JSON object with a method")
    return ""
  end
  local id, method = msg.id, msg.method
  if id == json.null then id = nil end
  if not valid_id(id) then
    fail(nil, INVALID_REQUEST, "the id must be a number or a string")
    return ""
  end
  if method == nil and (msg.result ~= nil or msg.error ~= nil) then
    return ""   -- an answer to a request of ours; the server sends none
  end
  if type(method) ~= "string" then
    fail(id, INVALID_REQUEST, "a message needs a method (a string)")
    return ""
  end
  if method == "exit" then return "exit" end
  local is_request = id ~= nil
  if state.shutdown then
    if is_request then fail(id, INVALID_REQUEST, "the server is shut down: only exit may follow") end
    return ""
  end
  if not state.initialized and method ~= "initialize" then
    if is_request then fail(id, NOT_INITIALIZED, "send initialize first") end
    return ""
  end
  local params = msg.params
  if params == json.null then params = nil end
  if is_request then
    local fn = requests[method]
    if not fn then
      fail(id, METHOD_NOT_FOUND, "canvas lsp does not know the method " .. method)
      return ""
    end
    local ok, result, code, why = pcall(fn, params)
    if not ok then
      log(method .. ": " .. tostring(result))
      fail(id, INTERNAL_ERROR, "canvas lsp could not answer " .. method .. ": " .. tostring(result))
    elseif code then
      fail(id, code, why)
    else
      respond(id, result)
    end
    return method == "shutdown" and "shutdown" or ""
  end
  local fn = notifications[method]
  if fn then
    local ok, err = pcall(fn, params)
    if not ok then log(method .. ": " .. tostring(err)) end
  end
  return ""
end

-- One message's JSON text; returns "shutdown", "exit" or "".
function M.message(body)
  local msg, why = json.decode(body)
  if msg == nil then
    fail(nil, PARSE_ERROR, "the message is not JSON: " .. tostring(why))
    return ""
  end
  return dispatch(msg)
end

-- Nothing more to read for now: check the documents that changed.
function M.idle()
  if state.shutdown then return "" end
  for _, doc in pairs(docs) do
    if doc.dirty then analyse(doc) end
  end
  return ""
end

-- A message that could not be read (its header was wrong).
function M.bad_message(why)
  fail(nil, PARSE_ERROR, "cannot read the message: " .. why)
  return ""
end

return M
