-- --trust lifts the default limits, but not one given on the command line:
-- the endless loop is still stopped.
-- args: --trust --timeout 0.2
-- exit: 4
-- stderr: trust_keeps_given_timeout.lua:6: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
while true do end
