-- args: check --timeout 1
-- exit: 4
-- A custom check that never ends is stopped by the time limit, and its
-- pcall cannot swallow the stop.
-- stdout: custom_timeout.lua:15: error: the time limit was reached: the script ran for more than 1 s (raise it with --timeout SECONDS, or 0 for no limit)
-- stdout: 1 error, 0 warnings, 0 info in 1 file
segment "Shoppers" {
  customer = "consumer",
  pain "Waiting more than 10 minutes at the till" { severity = 4 },
}
check "Never ends" {
  each = "pain",
  test = function(p)
    while true do
      pcall(function() while true do end end)
    end
  end,
}
