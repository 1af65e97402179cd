-- args: check --only U001
-- A message can be a function of the object that failed.
-- stdout: custom_message_function.lua:9: warning[U001] jobs-say-how-often-or-when: job "Be picked for the club's second team" (importance 3) says neither how often nor when
-- stdout: custom_message_function.lua:10: warning[U001] jobs-say-how-often-or-when: job "Book a court" (importance 2) says neither how often nor when
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Tennis club members" {
  customer = "consumer",
  job "Play doubles twice a week after work" { kind = "functional", importance = 4 },
  job "Be picked for the club's second team" { kind = "social", importance = 3 },
  job "Book a court" { kind = "functional", importance = 2 },
}
check "Jobs say how often or when" {
  each = "job",
  test = function(j) return j.text:find("week") or j.text:find("after") end,
  message = function(j) return "job \"" .. j.text .. "\" (importance " .. j.importance .. ") says neither how often nor when" end,
}
