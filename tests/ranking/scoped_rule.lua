-- A rule limited to one segment leaves the others on the default; a later
-- rule for the same category and segment replaces the earlier one.
-- stdout: A: b a
-- stdout: B: x y
segment "A" { job "a" { importance = 5 }, job "b" { importance = 1 } }
segment "B" { job "x" { importance = 5 }, job "y" { importance = 1 } }
rank "jobs" { by = "importance", order = "descending", segment = "A" }
rank "jobs" { by = "importance", order = "ascending", segment = "A" }
local function names(s)
  local out = {}
  for _, j in ipairs(ranked(s).jobs) do out[#out + 1] = j.text end
  return table.concat(out, " ")
end
print("A: " .. names("A"))
print("B: " .. names("B"))
