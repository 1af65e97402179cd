-- --timeout takes decimals, also written with =: 0.25 s, and the message
-- says so.
-- args: --timeout=0.25 --max-memory 64M
-- exit: 4
-- stderr: flag_timeout_decimal.lua:6: error: the time limit was reached: the script ran for more than 0.25 s (raise it with --timeout SECONDS, or 0 for no limit)
while true do end
