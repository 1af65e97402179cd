-- A script walks every table it can reach, canvas objects and metatables
-- included, looking for a way to the host (its file functions, io, debug):
-- there is none, and canvas objects' metatables are protected.
-- exit: 0
-- stdout: true	nothing of the host is reachable
-- stdout: canvas segment	canvas job
local s = segment "Commuters" { job "Get to work" { importance = 3 }, pain "Late trains" { severity = 2 } }
local seen, found, count = {}, {}, 0
local suspicious = { readfile = true, realpath = true, cwd = true, write = true, chunk = true,
                     where = true, killed = true, io = true, debug = true, package = true,
                     loadlib = true, dofile = true, loadfile = true, dump = true, execute = true,
                     getenv = true, popen = true, open = true }
local function walk(v, path)
  local t = type(v)
  if t == "userdata" or t == "thread" then found[#found + 1] = path .. " is a " .. t end
  if t ~= "table" or seen[v] then return end
  seen[v] = true
  count = count + 1
  for k, x in next, v do
    if suspicious[k] then found[#found + 1] = path .. "." .. tostring(k) end
    walk(k, path .. "[key]")
    walk(x, path .. "." .. tostring(k))
  end
  local mt = getmetatable(v)
  if type(mt) == "table" then walk(mt, path .. "<metatable>") end
end
walk(_ENV, "_ENV")
walk(s, "segment")
print(count > 10, #found == 0 and "nothing of the host is reachable" or table.concat(found, "\n"))
print(getmetatable(s), getmetatable(s.jobs[1]))
