-- A runtime error in an included file names that file and line, and stops
-- the whole load.
-- exit: 3
-- stderr: inc/boom.lua:3: error: lab results are missing
include "inc/boom.lua"
print("never printed")
