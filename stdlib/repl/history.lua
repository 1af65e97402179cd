-- The REPL's history file: where it is, how entries are written in it, and
-- reading and writing it. One entry a line; a multi-line statement is one
-- entry, its newlines written as \n (and a backslash as \\), so that it
-- comes back whole. The file is private (mode 0600, in a folder made 0700),
-- keeps the last MAX_ENTRIES entries, and is written atomically.

-- Patterns are matched by the string library's own functions: a method
-- call on a string would go through the checks made for scripts
-- (script/sandbox.lua).
local str_match, str_gmatch, str_gsub = string.match, string.gmatch, string.gsub
local c = require "canvas.c"

local M = {}

M.MAX_ENTRIES = 1000
M.MAX_ENTRY = 64 * 1024    -- bytes; a longer entry is not kept

-- The history file's path: $CANVAS_HISTORY (empty: no history), else
-- $XDG_STATE_HOME/canvas/history, else ~/.local/state/canvas/history.
-- Returns nil when history is off or there is no home folder.
-- `getenv` is for tests; it defaults to the process environment.
function M.path(getenv)
  getenv = getenv or c.getenv
  local own = getenv("CANVAS_HISTORY")
  if own ~= nil then
    if own == "" then return nil end
    return own
  end
  local state = getenv("XDG_STATE_HOME")
  -- the XDG rule: a relative path is invalid and ignored
  if state and state:sub(1, 1) == "/" then return state .. "/canvas/history" end
  local home = getenv("HOME")
  if home and home ~= "" then return home .. "/.local/state/canvas/history" end
  return nil
end

function M.encode(entry)
  return (str_gsub(entry, "[\\\n]", { ["\\"] = "\\\\", ["\n"] = "\\n" }))
end

function M.decode(line)
  return (str_gsub(line, "\\(.)", { ["\\"] = "\\", n = "\n" }))
end

-- The entries of the file at path, oldest first ({} when there is none
-- yet), or nil and why it cannot be read.
function M.read(path)
  local data, err = c.readfile(path)
  if not data then
    if c.realpath(path) == nil then return {} end   -- not there yet
    return nil, "cannot read the history file " .. path .. ": " .. err
  end
  local out = {}
  for line in str_gmatch(data, "[^\n]+") do out[#out + 1] = M.decode(line) end
  return out
end

-- Makes the folders of path that are missing, private (0700).
local function make_folders(path)
  local dir = str_match(path, "^(.*)/[^/]*$")
  if not dir or dir == "" or c.realpath(dir) then return true end
  local ok, err = make_folders(dir)
  if not ok then return nil, err end
  return c.mkdir(dir, tonumber("700", 8))
end

-- Writes the last MAX_ENTRIES of `entries` to path; true, or nil and why.
function M.write(path, entries)
  local ok, err = make_folders(path)
  if not ok then return nil, "cannot make the folder of the history file " .. path .. ": " .. err end
  local first = math.max(1, #entries - M.MAX_ENTRIES + 1)
  local lines = {}
  for i = first, #entries do lines[#lines + 1] = M.encode(entries[i]) end
  local data = table.concat(lines, "\n") .. (#lines > 0 and "\n" or "")
  ok, err = c.write_file(path, data, tonumber("600", 8))
  if not ok then return nil, "cannot write the history file " .. path .. ": " .. err end
  return true
end

-- A session's history: the file's entries, then what was typed.
local session = { entries = {}, added = {}, path = nil, loaded = false }

-- Reads the history file into the session; returns its entries, or nil
-- and why (history then stays off for the session, so that a file that
-- could not be read is not overwritten).
function M.load()
  session.loaded = true
  session.path = M.path()
  if not session.path then return {} end
  local entries, err = M.read(session.path)
  if not entries then
    session.path = nil
    return nil, err
  end
  session.entries = entries
  return entries
end

-- Adds what was typed: empty entries, entries too long and a repeat of the
-- entry before are left out.
function M.add(entry)
  if str_match(entry, "^%s*$") or #entry > M.MAX_ENTRY then return end
  for _, list in ipairs { session.entries, session.added } do
    if list[#list] ~= entry then
      list[#list + 1] = entry
      if #list > 2 * M.MAX_ENTRIES then   -- keep memory bounded in a long session
        table.move(list, #list - M.MAX_ENTRIES + 1, #list, 1)
        for i = #list, M.MAX_ENTRIES + 1, -1 do list[i] = nil end
      end
    end
  end
end

-- Writes the session's history to its file: what the file holds now (a
-- session that ran beside this one may have added to it) and then what
-- was typed in this one. True, or nil and why.
function M.save()
  if not session.path or #session.added == 0 then return true end
  local now = M.read(session.path) or session.entries
  for _, e in ipairs(session.added) do
    if now[#now] ~= e then now[#now + 1] = e end
  end
  local ok, err = M.write(session.path, now)
  if ok then session.added = {} end
  return ok, err
end

return M
