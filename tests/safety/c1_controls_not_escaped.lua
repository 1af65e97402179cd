-- C1 control characters (U+009B CSI in UTF-8, and a raw 0x9B byte) are
-- escaped in messages like C0 ones: they could drive a terminal too.
-- exit: 3
-- stderr: c1_controls_not_escaped.lua:5: error: \194\1552J and \1552J
error("\194\1552J and \1552J")
