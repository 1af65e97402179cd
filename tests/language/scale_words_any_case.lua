-- Scale words are read without regard to case, and "_" or "-" may stand for
-- the space in a two-word scale word.
-- exit: 0
-- stdout: a = 5
-- stdout: b = 4
-- stdout: c = 4
-- stdout: d = 5
-- stdout: e = 1
-- stdout: f = 4
segment "Drivers" {
  job "a" { importance = "CRUCIAL" },
  job "b" { importance = "Very_High" },
  pain "c" { severity = "Very Severe" },
  pain "d" { severity = "eXtReMe" },
  gain "e" { relevance = "Nice-To-Have" },
  gain "f" { relevance = "VERY IMPORTANT" },
}
for _, n in ipairs(jobs("Drivers")) do print(n.text .. " = " .. n.importance) end
for _, n in ipairs(pains("Drivers")) do print(n.text .. " = " .. n.severity) end
for _, n in ipairs(gains("Drivers")) do print(n.text .. " = " .. n.relevance) end
