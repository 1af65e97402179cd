-- Including a file that does not exist is a load error at the include.
-- exit: 3
-- stdout: the script goes on
-- stderr: include_missing.lua:6: error: cannot include "inc/nothing_here.lua": inc/nothing_here.lua does not exist
segment "Patients" { }
include "inc/nothing_here.lua"
print("the script goes on")
