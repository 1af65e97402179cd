-- A ranking rule whose function never returns: ranking runs under the
-- limits, so the run ends with the time limit at the rule.
-- args: --timeout 0.2 --max-memory 64M
-- exit: 4
-- stderr: rank_function_loops.lua:10: error: the time limit was reached: the script ran for more than 0.2 s (raise it with --timeout SECONDS, or 0 for no limit)
segment "Commuters" {
  pain "Late trains" { severity = 3 },
  pain "Crowded platforms" { severity = 2 },
}
rank "pains" { by = function() while true do end end }
