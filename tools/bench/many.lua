-- The yardstick for checking many scripts in one run: plain.lua's work on
-- each file in turn, in one Lua process, with fresh tables for every file.
-- usage: lua5.4 many.lua f1.lua f2.lua ...
local here = arg[0]:match("^(.*)/[^/]*$") or "."
local work = dofile(here .. "/plain.lua")
for i = 1, #arg do work(arg[i]) end
