-- Text helpers shared by messages and renderers.
local M = {}

local gsub, format, byte = string.gsub, string.format, string.byte

-- Control characters become visible escapes, so nothing a script writes can
-- drive the terminal that shows a message.
local function esc(c)
  if c == "\n" then return "\\n" end
  if c == "\t" then return "\\t" end
  return format("\\%03d", byte(c))
end
function M.escape(s)
  s = tostring(s)
  return (gsub(s, "[%c\127]", esc))
end

-- Shortens to at most n characters (UTF-8 aware), marking the cut with "...".
function M.shorten(s, n)
  n = n or 48
  if utf8.len(s) == nil or #s <= n then
    if #s <= n then return s end
    return s:sub(1, n - 3) .. "..."
  end
  if utf8.len(s) <= n then return s end
  return s:sub(1, utf8.offset(s, n - 2) - 1) .. "..."
end

-- A string for messages: double-quoted, escaped and shortened.
function M.quote(s, n)
  return '"' .. M.escape(M.shorten(tostring(s), n or 60)) .. '"'
end

-- A value as a script would write it, for "got ..." in messages.
function M.show_value(v)
  local t = type(v)
  if t == "string" then return M.quote(v) end
  if t == "number" or t == "boolean" or t == "nil" then return tostring(v) end
  return "a " .. t
end

-- "1 job", "3 jobs"
function M.count(n, word)
  return n .. " " .. word .. (n == 1 and "" or "s")
end

-- "a, b or c"
function M.either(list, word)
  word = word or "or"
  if #list == 0 then return "" end
  if #list == 1 then return list[1] end
  return table.concat(list, ", ", 1, #list - 1) .. " " .. word .. " " .. list[#list]
end

return M
