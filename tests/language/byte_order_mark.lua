-- A UTF-8 byte-order mark before the first line is skipped and line
-- numbers are kept: the runtime error on line 6 is reported as line 6.
-- exit: 3
-- stderr: byte_order_mark.lua:6: error: boom
segment "Buyers" { }
error("boom")
