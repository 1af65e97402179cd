#!/usr/bin/env canvas
-- A byte-order mark and then a #! line are both skipped, lines kept.
-- exit: 3
-- stderr: byte_order_mark_and_shebang.lua:5: error: undefined global 'segmnet'; did you mean 'segment'?
segmnet "Buyers" { }
