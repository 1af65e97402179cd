-- jobs/pains/gains take a segment (or nil for all) and a filter: a table of
-- field = value, read the way the field reads it (scale words, aliases), or
-- a function of the note.
-- exit: 0
-- stdout: Fear of a night low
-- stdout: Fear of a night low; Too little time per visit
-- stdout: Feel safe at night
-- stdout: Keep sugar in range
-- stdout: Shorter visits
-- stdout: Too little time per visit
-- stdout: 0
segment "Patients" {
  job "Keep sugar in range" { kind = "functional", importance = "crucial" },
  job "Feel safe at night" { kind = "emotional", importance = 4 },
  pain "Fear of a night low" { kind = "emotional", severity = "extreme" },
  pain "Scattered readings" { kind = "ancillary", severity = 3 },
  gain "One timeline" { relevance = "essential", level = "desired" },
}
segment "Clinics" {
  pain "Too little time per visit" { severity = 5 },
  gain "Shorter visits" { relevance = 2 },
}
local function names(list)
  local out = {}
  for i, n in ipairs(list) do out[i] = n.text end
  return table.concat(out, "; ")
end
print(names(pains("Patients", { severity = "extreme" })))
print(names(pains(nil, { severity = 5 })))
print(names(jobs("Patients", { kind = "personal" })))
print(names(jobs("Patients", { kind = "functional", importance = 5 })))
print(names(gains(nil, function(g) return g.relevance < 3 end)))
print(names(pains(seg "Clinics")))
print(#gains("Patients", { level = "required" }))
