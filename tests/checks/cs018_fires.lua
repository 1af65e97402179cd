-- args: check --only CS018
-- exit: 1
-- References that address nothing: a reliever with a near miss of the
-- pain's text, a creator naming a gain by a wrong id, a value for a segment
-- spelled wrong, and a ranking rule for a segment that does not exist.
-- stdout: cs018_fires.lua:18: error[CS018] unknown-reference: relieves "Trains 20 minutes late twice a month" names no pain of segment "Commuters"; did you mean "Trains 20 minutes late twice a week"?
-- stdout: cs018_fires.lua:19: error[CS018] unknown-reference: creates "live_time" names no gain of segment "Commuters"; did you mean "live-times"?
-- stdout: cs018_fires.lua:21: error[CS018] unknown-reference: value "Season ticket": segment = "Comuters" names no segment; did you mean "Commuters"?
-- stdout: cs018_fires.lua:22: error[CS018] unknown-reference: rank "pains": segment = "Cyclists" names no segment
-- stdout: 4 errors, 0 warnings, 0 info in 1 file
segment "Commuters" {
  customer = "consumer",
  job "Get to work by 9" { kind = "functional", importance = 5 },
  pain "Trains 20 minutes late twice a week" { id = "late", severity = 4 },
  gain "Know the real departure time before leaving home" { id = "live-times", relevance = 4 },
}
value "Rail app" { segment = "Commuters",
  relieves "Trains 20 minutes late twice a month" { how = "live delays" },
  creates "live_time" { how = "push alert 30 minutes before" },
}
value "Season ticket" { segment = "Comuters", product "Monthly pass" }
rank "pains" { segment = "Cyclists", by = { severity = 1 } }
