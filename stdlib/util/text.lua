-- Text helpers shared by messages and renderers.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_find, str_match, str_gmatch = string.find, string.match, string.gmatch
local M = {}

local gsub, format, byte, str_sub = string.gsub, string.format, string.byte, string.sub

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
-- Text of printable ASCII only (found by a scan in C; most messages are)
-- is returned as it is: escape() changes only controls, DEL and bytes
-- above 127 (C1 controls, or bytes that are not UTF-8).
local printable = require("canvas.c").printable

function M.escape(s)
  if type(s) ~= "string" then s = tostring(s) end
  if printable(s) then return s end
  s = gsub(s, "[%c\127]", esc)
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
  if #s <= n then return s end   -- (no more characters than bytes)
  local chars = utf8.len(s)
  if chars == nil then return str_sub(s, 1, n - 3) .. "..." end
  if chars <= n then return s end
  return str_sub(s, 1, utf8.offset(s, n - 2) - 1) .. "..."
end

-- A string for messages: double-quoted, escaped and shortened.
-- The messages of a check quote the same texts again and again (a
-- segment's name in every finding about it), so the quoted forms of
-- strings are kept, for each width, up to QUOTED_MAX of them in all (then
-- they start afresh).
local QUOTED_MAX = 4096
local quoted, nquoted = {}, 0   -- width -> string -> its quoted form
function M.quote(s, n)
  n = n or 60
  if type(s) ~= "string" then return '"' .. M.escape(M.shorten(tostring(s), n)) .. '"' end
  local by = quoted[n]
  local q = by and by[s]
  if q then return q end
  q = '"' .. M.escape(M.shorten(s, n)) .. '"'
  if nquoted >= QUOTED_MAX then quoted, nquoted, by = {}, 0, nil end
  if not by then
    by = {}
    quoted[n] = by
  end
  by[s] = q
  nquoted = nquoted + 1
  return q
end

-- A string as a Lua literal that a script can hold: double-quoted, with
-- quotes and backslashes escaped and control characters as \NNN.
function M.lua_string(s)
  return '"' .. gsub(gsub(s, '[\\"]', "\\%0"), "%c", function(ch)
    return string.format("\\%03d", ch:byte())
  end) .. '"'
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
  return (str_match(word, "^[aeiouAEIOU]") and "an " or "a ") .. word
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
  if str_find(s, "\27", 1, true) then s = gsub(s, "\27%[[%d;]*m", "") end
  return host.width(s)
end

-- Line breaking for wrap. A line may break at a space, after a hyphen
-- inside a word ("self-" / "service") and between two wide (East Asian)
-- characters, as CJK text breaks, but not before closing punctuation or
-- small kana nor after an opening bracket. Nowhere else inside a word.
local ELLIPSIS = "\u{2026}"   -- "…", one column wide
local function charset(s)
  local set = {}
  for ch in str_gmatch(s, utf8.charpattern) do set[ch] = true end
  return set
end
local no_line_start = charset("、。，．・：；？！）」』】〕〉》｝］〙〗〟ー々〻"
  .. "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ")
local no_line_end = charset("（「『【〔〈《｛［〘〖〝")

-- The characters of s with their widths, a zero-width character (such as a
-- combining mark) kept with the one before it. Bytes that are not UTF-8
-- count as characters of their own.
local function clusters(s)
  local out, i, n = {}, 1, #s
  while i <= n do
    local j, c = i + 1, byte(s, i)
    if c >= 0xC2 and c <= 0xF4 then
      while j <= n and j - i < 4 do
        local d = byte(s, j)
        if d < 0x80 or d > 0xBF then break end
        j = j + 1
      end
    end
    local ch = s:sub(i, j - 1)
    local cw = host.width(ch)
    local last = out[#out]
    if cw == 0 and last then
      last.s = last.s .. ch
    else
      out[#out + 1] = { s = ch, w = cw }
    end
    i = j
  end
  return out
end

-- A word (no spaces) as the pieces a line may break between, each
-- { s = text, w = width }.
local function pieces(word)
  if not str_find(word, "[\128-\255]") and not str_find(word, "[^-]%-+[^-]") then
    return { { s = word, w = #word } }   -- the common case: nowhere to break
  end
  local cs = clusters(word)
  local out, cur, curw, lead = {}, {}, 0, true
  for k, c in ipairs(cs) do
    cur[#cur + 1], curw = c.s, curw + c.w
    local nxt = cs[k + 1]
    if c.s ~= "-" then lead = false end
    if nxt and ((c.s == "-" and nxt.s ~= "-" and not lead)
        or (c.w == 2 and nxt.w == 2 and not no_line_end[c.s]
            and not no_line_start[nxt.s])) then
      out[#out + 1] = { s = table.concat(cur), w = curw }
      cur, curw = {}, 0
    end
  end
  out[#out + 1] = { s = table.concat(cur), w = curw }
  return out
end

-- A piece wider than w columns cut to w with an ellipsis at the end.
local function cut(s, w)
  local part, pw = {}, 0
  for _, c in ipairs(clusters(s)) do
    if pw + c.w > w - 1 then break end
    part[#part + 1], pw = c.s, pw + c.w
  end
  return table.concat(part) .. ELLIPSIS
end

-- Splits s into lines of at most `w` columns (at least 1). Lines break at
-- spaces, after hyphens inside words and between wide characters, never
-- elsewhere inside a word: a word (or part after a hyphen) wider than a
-- whole line is cut to the line with an ellipsis, the rest left out.
function M.wrap(s, w)
  if w < 1 then w = 1 end
  -- the common case: printable ASCII that fits, with single spaces only
  -- between words
  if #s <= w and printable(s) and not str_find(s, "  ", 1, true)
      and byte(s, 1) ~= 32 and byte(s, -1) ~= 32 then
    return { s }
  end
  local lines, cur, nc, curw = {}, {}, 0, 0
  local function push()
    lines[#lines + 1] = table.concat(cur, "", 1, nc)
    nc, curw = 0, 0
  end
  local function place(ps, pw, sep)
    if nc > 0 and curw + sep + pw > w then push(); sep = 0 end
    if pw > w then
      nc, cur[1] = 1, cut(ps, w)
      push()
    else
      if sep > 0 then nc = nc + 1; cur[nc] = " " end
      nc = nc + 1; cur[nc] = ps
      curw = curw + sep + pw
    end
  end
  for word in str_gmatch(s, "%S+") do
    if not str_find(word, "[\128-\255%-]") then
      place(word, #word, nc > 0 and 1 or 0)
    else
      for i, p in ipairs(pieces(word)) do place(p.s, p.w, (i == 1 and nc > 0) and 1 or 0) end
    end
  end
  if nc > 0 or #lines == 0 then push() end
  return lines
end

-- The narrowest width that wraps s without cutting a word: the width of its
-- widest piece between break points.
function M.wrap_width(s)
  local most = 0
  for word in str_gmatch(s, "%S+") do
    if not str_find(word, "[\128-\255%-]") then
      if #word > most then most = #word end
    else
      for _, p in ipairs(pieces(word)) do
        if p.w > most then most = p.w end
      end
    end
  end
  return most
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
                 heading = "1;4", error = "1;31", warning = "1;35", info = "1;36" }

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
  -- text s as it is (its own line breaks), after the lines before it
  function w.raw(s)
    w.flush()
    host.write(s)
  end
  return w
end

return M
