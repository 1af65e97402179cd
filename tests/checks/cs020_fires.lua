-- args: check --only CS020
-- Gains that only turn a pain round: an antonym, a negation dropped, a
-- negative prefix. Reported at the gain, naming the pain.
-- stdout: cs020_fires.lua:16: warning[CS020] mirrored-pain-gain: gain "Booking a court is easy" only mirrors pain "Booking a court is complicated" at cs020_fires.lua:12; state the gain the customer would count, with a number
-- stdout: cs020_fires.lua:17: warning[CS020] mirrored-pain-gain: gain "Live court availability" only mirrors pain "No live court availability" at cs020_fires.lua:13; state the gain the customer would count, with a number
-- stdout: cs020_fires.lua:18: warning[CS020] mirrored-pain-gain: gain "Clean changing rooms" only mirrors pain "Changing rooms are dirty" at cs020_fires.lua:14; state the gain the customer would count, with a number
-- stdout: cs020_fires.lua:19: warning[CS020] mirrored-pain-gain: gain "Friendly coaches for beginners" only mirrors pain "Coaches are unfriendly to beginners" at cs020_fires.lua:15; state the gain the customer would count, with a number
-- stdout: 0 errors, 4 warnings, 0 info in 1 file
segment "Tennis club members" {
  customer = "consumer",
  job "Play doubles twice a week after work" { kind = "functional", importance = 4 },
  pain "Booking a court is complicated" { severity = 3 },
  pain "No live court availability" { severity = 4 },
  pain "Changing rooms are dirty" { severity = 2 },
  pain "Coaches are unfriendly to beginners" { severity = 2 },
  gain "Booking a court is easy" { relevance = 3 },
  gain "Live court availability" { relevance = 4 },
  gain "Clean changing rooms" { relevance = 2 },
  gain "Friendly coaches for beginners" { relevance = 2 },
}
