-- args: check --only CS022
-- With checks { min_coverage = 50 } a value map that addresses half of the
-- top pains and gains (here the top 1 of each: the late buses, relieved,
-- and knowing the bus is coming, not created) is focused enough, even
-- though 3 of its 4 items aim low; at the default of 100 it is reported.
-- min_coverage is a percentage (see cs022_bad_threshold.lua).
-- stdout: no findings in 1 file
checks { min_coverage = 50, top_k = 1 }
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "Stops without shelter" { severity = 2 },
  pain "Timetables printed too small" { severity = 1 },
  gain "Know the bus is coming before leaving home" { relevance = 5 },
  gain "A bench at every stop" { relevance = 1 },
}
value "Nicer stops" { segment = "Riders",
  relieves "Buses 15 minutes late" { how = "a screen with real departures at every stop" },
  relieves "Stops without shelter" { how = "a roof at every stop" },
  relieves "Timetables printed too small" { how = "large print" },
  creates "A bench at every stop" { how = "benches" },
}
