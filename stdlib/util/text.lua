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
local function esc_bytes(seq)
  return (gsub(seq, ".", function(c) return format("\\%03d", byte(c)) end))
end
function M.escape(s)
  s = gsub(tostring(s), "[%c\127]", esc)
  -- C1 controls (U+0080..U+009F, such as CSI) drive terminals too
  s = gsub(s, "\194[\128-\159]", esc_bytes)
  if utf8.len(s) == nil then
    -- not UTF-8: a lone byte 0x80..0x9F may be read as a C1 control
    s = gsub(s, "[\128-\159]", esc_bytes)
  end
  return s
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
  if v ~= v then return "NaN" end
  if t == "number" or t == "boolean" or t == "nil" then return tostring(v) end
  return "a " .. t
end

-- An error object as text, never raising: strings and numbers as they are,
-- objects that say how to print themselves (__tostring), else their type.
function M.error_text(e)
  local t = type(e)
  if t == "string" then return e end
  if t == "number" then return tostring(e) end
  local mt = debug.getmetatable(e)
  if mt and mt.__tostring then
    local ok, s = pcall(tostring, e)
    if ok and type(s) == "string" then return s end
  end
  return "(error object is a " .. t .. " value)"
end

-- "a severity", "an importance"
function M.article(word)
  return (word:match("^[aeiouAEIOU]") and "an " or "a ") .. word
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

---------------------------------------------------------------------------
-- Terminal output: display width, wrapping, styles, buffered writing
---------------------------------------------------------------------------
local host = require "canvas.c"

-- Display width of s in columns, not counting the colour codes we add.
function M.width(s)
  if s:find("\27", 1, true) then s = s:gsub("\27%[[%d;]*m", "") end
  return host.width(s)
end

-- Splits s into lines of at most `w` columns, breaking at spaces; a word
-- wider than a line is cut by characters.
function M.wrap(s, w)
  local lines, cur, curw = {}, {}, 0
  local function push()
    lines[#lines + 1] = table.concat(cur, " ")
    cur, curw = {}, 0
  end
  for word in s:gmatch("%S+") do
    local ww = host.width(word)
    while ww > w do   -- cut a long word
      if curw > 0 then push() end
      local part, pw = {}, 0
      for _, cp in utf8.codes(word, true) do
        local ch = utf8.char(cp)
        local cw = host.width(ch)
        if pw + cw > w and pw > 0 then break end
        part[#part + 1] = ch
        pw = pw + cw
      end
      local piece = table.concat(part)
      lines[#lines + 1] = piece
      word = word:sub(#piece + 1)
      ww = host.width(word)
    end
    if ww > 0 then
      if curw > 0 and curw + 1 + ww > w then push() end
      cur[#cur + 1] = word
      curw = curw + (curw > 0 and 1 or 0) + ww
    end
  end
  if curw > 0 or #lines == 0 then push() end
  return lines
end

-- s padded with spaces to `w` columns.
function M.pad(s, w)
  local n = w - M.width(s)
  if n <= 0 then return s end
  return s .. string.rep(" ", n)
end

-- s right-aligned in `w` columns.
function M.rpad(s, w)
  local n = w - M.width(s)
  if n <= 0 then return s end
  return string.rep(" ", n) .. s
end

local styles = { bold = "1", dim = "2", jobs = "1;34", pains = "1;31", gains = "1;32",
                 heading = "1;4" }

-- A writer that buffers lines and styles text only when colour is on.
function M.writer(colour)
  local buf, n = {}, 0
  local w = {}
  function w.style(name, s)
    if not colour or s == "" then return s end
    return "\27[" .. styles[name] .. "m" .. s .. "\27[0m"
  end
  function w.line(s)
    n = n + 1
    buf[n] = s or ""
    if n >= 512 then w.flush() end
  end
  function w.flush()
    if n > 0 then
      buf[n + 1] = ""
      host.write(table.concat(buf, "\n", 1, n + 1))
      buf, n = {}, 0
    end
  end
  return w
end

return M
