-- A script run without arguments gets an empty ... and arg holds only its
-- own name at arg[0].
-- exit: 0
-- stdout: arguments: 0
-- stdout: arg[0] = script_arguments.lua, #arg = 0
print("arguments: " .. select("#", ...))
print("arg[0] = " .. arg[0] .. ", #arg = " .. #arg)
