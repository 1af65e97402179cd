-- References resolve after the whole script has loaded, so a value
-- proposition may come before the segment and notes it names.
-- exit: 0
-- stdout: Tidy relieves: Clutter everywhere
value "Tidy" {
  segment = "Home",
  relieves "Clutter everywhere" { how = "boxes with labels" },
}
segment "Home" {
  pain "Clutter everywhere" { severity = 2 },
}
local v = seg("Home").values[1]
print(v.name .. " relieves: " .. v.relievers[1].target.text)
