-- args: check --only CS005
-- Pains and gains that lean on vague words or name only a topic, with
-- nothing measurable.
-- stdout: cs005_fires.lua:15: warning[CS005] vague-note: pain "Checkout is slow" is vague: "slow" says how much only with a number
-- stdout: cs005_fires.lua:16: warning[CS005] vague-note: pain "Problems with parking" is vague: "problems" does not say which, how often or how bad
-- stdout: cs005_fires.lua:17: warning[CS005] vague-note: pain "Fresh bread is too expensive" is vague: "too expensive" says how much only with a number
-- stdout: cs005_fires.lua:18: warning[CS005] vague-note: pain "Price" is vague: "price" alone names a topic, not a pain or gain
-- stdout: cs005_fires.lua:19: warning[CS005] vague-note: gain "Better performance" is vague: "better" says how much only with a number
-- stdout: cs005_fires.lua:20: warning[CS005] vague-note: gain "Easier returns and nicer staff" is vague: "easier" and "nicer" say how much only with a number
-- stdout: cs005_fires.lua:21: warning[CS005] vague-note: gain "Transparency" is vague: "transparency" alone names a topic, not a pain or gain
-- stdout: 0 errors, 7 warnings, 0 info in 1 file
segment "Supermarket shoppers" {
  customer = "consumer",
  job "Buy the week's groceries on Saturday" { kind = "functional", importance = 4 },
  pain "Checkout is slow" { severity = 3 },
  pain "Problems with parking" { severity = 2 },
  pain "Fresh bread is too expensive" { severity = 2 },
  pain "Price" { severity = 4 },
  gain "Better performance" { relevance = 3 },
  gain "Easier returns and nicer staff" { relevance = 2 },
  gain "Transparency" { relevance = 2 },
}
