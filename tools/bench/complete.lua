-- Times the REPL's Tab completion (stdlib/repl/complete.lua) on a generated
-- canvas: each kind of completion called many times, the median and the
-- worst call of each in milliseconds (CPU time), against a bar of 50 ms.
-- usage: canvas --trust tools/bench/complete.lua /absolute/path/notes-N.lua [N [CALLS]]
-- (N, as the other lines of `make bench` name the canvas; by default the
-- notes counted. CALLS: how many calls of each kind, 40 by default.)
-- The last line gives the median and the worst of all the calls together.
local path = assert(arg[1], "usage: canvas --trust tools/bench/complete.lua NOTES.lua [N [CALLS]]")
include(path)
require("canvas.lang.resolve").refresh()
local complete = require("canvas.repl.complete").complete
local notes = 0
for _, s in ipairs(segments()) do notes = notes + #s.jobs + #s.pains + #s.gains end
notes = tonumber(arg[2]) or notes

-- { what, line }: the word completed is at the end of the line, where
-- readline would begin it: after the quote of a string left open, else
-- after the last break character.
local breaks = require("canvas.repl.complete").word_breaks
local function word_start(line)
  local _, quotes = line:gsub('"', "")
  if quotes % 2 == 1 then return line:find('"[^"]*$') + 1 end
  for i = #line, 1, -1 do
    if breaks:find(line:sub(i, i), 1, true) then return i + 1 end
  end
  return 1
end
local kinds = {
  { "a global prefix", "se" },
  { "a field after .", 'seg("Segment 500").pa' },
  { "seg \"", 'seg "Segment 99' },
  { "relieves \" in a value", 'value "V" { segment = "Segment 7", relieves "Pain 33 ' },
  -- a value that names no segment: relievers may name any segment's pains
  { "relieves \", one of all", 'value "New" { relieves "Pain 333 of segment ' .. #segments() },
  { "relieves \", many of all", 'value "New" { relieves "Pain 1' },
  { "relieves \", none of all", 'value "New" { relieves "Pian' },
  { "severity = \"", 'pain "P" { severity = "' },
}
local calls = tonumber(arg[3]) or 40
local bar = 50
local worst_of_all, all = 0, {}
for _, k in ipairs(kinds) do
  local what, line = k[1], k[2]
  local start = word_start(line)
  local times, n = {}, 0
  for i = 1, calls do
    local t0 = os.clock()
    n = #complete(line, start, #line)
    times[i] = (os.clock() - t0) * 1000
    all[#all + 1] = times[i]
  end
  table.sort(times)
  local median = (times[(calls + 1) // 2] + times[calls // 2 + 1]) / 2
  worst_of_all = math.max(worst_of_all, times[calls])
  print(string.format("%d notes, complete %-26s %d calls, median %.2f ms, worst %.2f ms, "
    .. "%d candidates (bar %d ms)", notes, what .. ":", calls, median, times[calls], n, bar))
end
table.sort(all)
print(string.format("%d notes, complete, all kinds:  %d calls, median %.2f ms, worst %.2f ms "
  .. "(bar %d ms)%s", notes, #all, (all[(#all + 1) // 2] + all[#all // 2 + 1]) / 2,
  worst_of_all, bar, worst_of_all <= bar and "" or "  OVER"))
