-- args: check --only CS017
-- The top gain has no creator; a gain outside the top 3 is still reported
-- when it is essential by level ("required") or by relevance
-- ("essential" is the top of the scale, tied here with the top gain).
-- stdout: cs017_fires.lua:10: warning[CS017] essential-gain-uncreated: gain "Know the bus is coming before leaving home" is ranked 1 of 4 of segment "Riders", and nothing creates it; add creates "Know the bus is coming before leaving home" { how = "..." } to value "More buses"
-- stdout: cs017_fires.lua:12: warning[CS017] essential-gain-uncreated: gain "Pay with the phone" of segment "Riders" is essential (level "required"), and nothing creates it; add creates "Pay with the phone" { how = "..." } to value "More buses", or lower its level
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
checks { top_k = 1 }
segment "Riders" {
  gain "Know the bus is coming before leaving home" { relevance = "essential" },
  gain "A seat on every trip" { relevance = 3 },
  gain "Pay with the phone" { relevance = 2, level = "required" },
  gain "Wi-Fi on board" { relevance = 1 },
}
value "More buses" { segment = "Riders",
  creates "A seat on every trip" { how = "twice the buses at rush hour" },
}
