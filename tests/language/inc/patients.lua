-- Included by include_relative.lua and include_once.lua.
print("loading inc/patients.lua")
segment "Patients" { job "Keep sugar in range" { importance = 5 } }
include "sub/night.lua"
