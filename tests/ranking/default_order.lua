-- Without rules, jobs rank by importance, pains by severity and gains by
-- relevance, highest first; notes without a score come last; ties keep the
-- order in which the notes were declared.
-- stdout: jobs: 1 Pay rent (5) | 2 Save for a holiday (3) | 3 Buy food (3) | 4 Call mum (-)
-- stdout: pains: 1 Overdraft fees (5) | 2 Queues at the branch (2)
-- stdout: gains: 1 Salary on time (5) | 2 Cashback (1)
segment "Students" {
  job "Call mum" {},
  job "Save for a holiday" { importance = 3 },
  job "Pay rent" { importance = "crucial" },
  job "Buy food" { importance = "high" },
  pain "Queues at the branch" { severity = 2 },
  pain "Overdraft fees" { severity = "extreme" },
  gain "Cashback" { relevance = "nice to have" },
  gain "Salary on time" { relevance = "essential" },
}
for _, c in ipairs { "jobs", "pains", "gains" } do
  local out = {}
  for _, n in ipairs(ranked("Students")[c]) do
    out[#out + 1] = n.rank .. " " .. n.text .. " (" .. (n.score or "-") .. ")"
  end
  print(c .. ": " .. table.concat(out, " | "))
end
