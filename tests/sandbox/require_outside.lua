-- require takes a module name, not a path, so it cannot climb out of the
-- allowed folders.
-- exit: 3
-- stderr: require_outside.lua:5: error: require needs a module name such as "helpers" or "lib.util"; got "../secret"
require "../secret"
