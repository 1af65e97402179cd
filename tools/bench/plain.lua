-- The same work in plain Lua, as the yardstick: build the same tables, sort
-- each profile's notes by their scale and hash every note by its text.
-- usage: lua5.4 plain.lua canvas-script.lua
-- As a library (tools/bench/many.lua): dofile("plain.lua") returns the
-- work as a function of a script's path; each call builds fresh tables.
local function work(path)
  local segments, current, notes = {}, nil, {}
  local function note(category, scale)
    return function(text)
      return function(t)
        t.text, t.category = text, category
        t.score = t[scale]
        notes[#notes + 1] = t
        return t
      end
    end
  end
  local env = {
    job = note("job", "importance"), pain = note("pain", "severity"),
    gain = note("gain", "relevance"),
    segment = function(name)
      return function(t)
        current = { name = name, jobs = {}, pains = {}, gains = {} }
        for _, x in ipairs(t) do
          local list = current[x.category .. "s"]
          list[#list + 1] = x
        end
        segments[#segments + 1] = current
      end
    end,
    value = function() return function() end end,
    relieves = function() return function(t) return t end end,
    creates = function() return function(t) return t end end,
  }
  assert(loadfile(path, "t", env))()
  local hash = {}
  for _, s in ipairs(segments) do
    for _, c in ipairs { "jobs", "pains", "gains" } do
      table.sort(s[c], function(a, b) return a.score > b.score end)
    end
  end
  for _, t in ipairs(notes) do hash[t.text] = t end
  return segments, hash
end

local path = ...
if path then work(path) end
return work
