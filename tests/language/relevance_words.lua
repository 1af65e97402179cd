-- The five relevance words stand for 1 to 5.
-- exit: 0
-- stdout: a = 1
-- stdout: b = 2
-- stdout: c = 3
-- stdout: d = 4
-- stdout: e = 5
segment "Drivers" {
  gain "a" { relevance = "nice to have" },
  gain "b" { relevance = "useful" },
  gain "c" { relevance = "important" },
  gain "d" { relevance = "very important" },
  gain "e" { relevance = "essential" },
}
for _, n in ipairs(gains("Drivers")) do print(n.text .. " = " .. n.relevance) end
