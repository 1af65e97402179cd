-- A rule can score notes with a Lua function; ascending puts the lowest
-- score first.
-- stdout: Tiny (4) | Medium (6) | Rather long (11)
segment "S" {
  gain "Rather long" {}, gain "Tiny" {}, gain "Medium" {},
}
rank "gains" { by = function(note) return #note.text end, order = "ascending" }
local out = {}
for _, g in ipairs(ranked("S").gains) do out[#out + 1] = g.text .. " (" .. g.score .. ")" end
print(table.concat(out, " | "))
