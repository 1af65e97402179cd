-- Included by inc/patients.lua, relative to that file's folder.
print("loading inc/sub/night.lua")
pain "Night lows" { severity = "extreme" }
