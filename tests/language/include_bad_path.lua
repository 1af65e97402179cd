-- include needs a path in quotes.
-- exit: 3
-- stderr: include_bad_path.lua:5: error: include needs a path in quotes: include "common/segments.lua"; got 42
-- stderr: include_bad_path.lua:6: error: include needs a path in quotes: include "common/segments.lua"; got ""
include(42)
include ""
