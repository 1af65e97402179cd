-- Every way to the operating system or to Lua's internals is refused with a
-- message that names it: io, debug, package, dofile, loadfile, os beyond
-- time and date, collectgarbage options that change the collector.
-- exit: 3
-- stdout: withheld_libraries.lua:14: 'io' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
-- stdout: withheld_libraries.lua:14: 'debug' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
-- stdout: withheld_libraries.lua:14: 'package' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
-- stdout: withheld_libraries.lua:14: 'dofile' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
-- stdout: withheld_libraries.lua:14: 'loadfile' is not available to canvas scripts (run with --trust to give a script you trust the whole Lua library)
-- stdout: withheld_libraries.lua:16: os.execute is not available to canvas scripts; only os.date, os.time are (run with --trust to give a script you trust the whole Lua library)
-- stdout: withheld_libraries.lua:17: collectgarbage: option 'generational' is not allowed in canvas scripts (count, collect, step and isrunning are)
-- stderr: withheld_libraries.lua:18: error: os.getenv is not available to canvas scripts; only os.date, os.time are (run with --trust to give a script you trust the whole Lua library)
for _, name in ipairs { "io", "debug", "package", "dofile", "loadfile" } do
  print(select(2, pcall(function() local v = _ENV[name] end)))
end
print(select(2, pcall(function() local v = os.execute end)))
print(select(2, pcall(function() local v = collectgarbage("generational") end)))
print(os.getenv("HOME"))
