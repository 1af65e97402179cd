-- args: run
-- check() prints the findings in the compiler form and the summary line
-- where the script prints (standard output under run), and returns them.
-- stdout: check_in_run.lua:8: warning[CS003] no-social-emotional-jobs: segment "Supermarket shoppers" has no social or emotional job; add how the customers want to be seen and to feel
-- stdout: check_in_run.lua:11: warning[CS005] vague-note: pain "Checkout is slow" is vague: "slow" says how much only with a number
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
-- stdout: check() returned 2 findings, the first CS003
segment "Supermarket shoppers" {
  customer = "consumer",
  job "Buy the week's groceries on Saturday" { kind = "functional", importance = 4 },
  pain "Checkout is slow" { severity = 3 },
  gain "Groceries packed and in the car in 15 minutes" { relevance = 4 },
}
checks { ignore = { "CS002" } }
local list = check()
print("check() returned " .. #list .. " findings, the first " .. list[1].id)
