-- A file is included once, however its path is written.
-- exit: 0
-- stdout: loading inc/patients.lua
-- stdout: loading inc/sub/night.lua
-- stdout: 1 segment, 1 pain
include "inc/patients.lua"
include "inc/patients.lua"
include "./inc/sub/../patients.lua"
print(#segments() .. " segment, " .. #pains() .. " pain")
