-- JSON for the language server: compact text, read and written with
-- lua-cjson (canvas.cjson). Plain tables are objects, or arrays when they
-- have an element 1; an empty array must be made with M.array, since an
-- empty table is written as {}. Strings and numbers are written as the
-- findings' JSON writes them (text that is not UTF-8 made valid).

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_gsub = string.gsub
local cjson = require("canvas.cjson").new()
local fj = require "canvas.render.findings_json"

local M = {}

local ARRAY = {}
M.null = cjson.null

function M.array(t) return setmetatable(t or {}, ARRAY) end

-- decode(text) -> value | nil, why
function M.decode(s)
  local ok, v = pcall(cjson.decode, s)
  if ok then return v end
  return nil, str_gsub(tostring(v), "^.-: ", "")
end

local string_literal, number_literal = fj.string_literal, fj.number_literal
local concat, type, next = table.concat, type, next

local function encode(v, parts)
  local t = type(v)
  if v == nil or v == M.null then
    parts[#parts + 1] = "null"
  elseif t == "string" then
    parts[#parts + 1] = string_literal(v)
  elseif t == "number" then
    parts[#parts + 1] = number_literal(v)
  elseif t == "boolean" then
    parts[#parts + 1] = v and "true" or "false"
  elseif t == "table" then
    if getmetatable(v) == ARRAY or v[1] ~= nil then
      parts[#parts + 1] = "["
      for i = 1, #v do
        if i > 1 then parts[#parts + 1] = "," end
        encode(v[i], parts)
      end
      parts[#parts + 1] = "]"
    else
      parts[#parts + 1] = "{"
      local first = true
      for k, x in next, v do
        if not first then parts[#parts + 1] = "," end
        first = false
        parts[#parts + 1] = string_literal(tostring(k))
        parts[#parts + 1] = ":"
        encode(x, parts)
      end
      parts[#parts + 1] = "}"
    end
  else
    error("lsp.json: cannot encode a " .. t, 0)
  end
end

function M.encode(v)
  local parts = {}
  encode(v, parts)
  return concat(parts)
end

return M
