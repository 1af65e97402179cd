-- args: check --only CS004
-- One note of each kind left unranked; each message names its scale.
-- stdout: cs004_fires.lua:9: warning[CS004] unranked-note: job "Turn the flat around between guests in 3 hours" has no importance; give it one (1..5 or a word) so that it can be ranked
-- stdout: cs004_fires.lua:11: warning[CS004] unranked-note: pain "Cleaner cancels the morning of a check-in" has no severity; give it one (1..5 or a word) so that it can be ranked
-- stdout: cs004_fires.lua:13: warning[CS004] unranked-note: gain "Booked 25 nights a month in summer" has no relevance; give it one (1..5 or a word) so that it can be ranked
-- stdout: 0 errors, 3 warnings, 0 info in 1 file
segment "Airbnb hosts" {
  customer = "consumer",
  job "Turn the flat around between guests in 3 hours" { kind = "functional" },
  job "Be rated a Superhost" { kind = "social", importance = 4 },
  pain "Cleaner cancels the morning of a check-in" { type = "risk" },
  pain "Guests leave 2 hours late" { severity = 2 },
  gain "Booked 25 nights a month in summer" { level = "desired" },
}
