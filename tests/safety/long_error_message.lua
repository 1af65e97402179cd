-- An error message of over 10,000 bytes reaches the user at the script's
-- line, not replaced by a complaint from canvas's own code.
-- exit: 3
-- stderr-has: long_error_message.lua:5: error: yyyyyyyyyy
error(("y"):rep(10001))
