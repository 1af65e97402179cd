-- args: check --only CS017
-- The top gain is created; four essential gains outside the top 1 are
-- not, and become one finding that names the first three.
-- stdout: cs017_many_essential.lua:9: warning[CS017] essential-gain-uncreated: 4 gains of segment "Riders" count as top (tied with the last of its top 1) or essential (relevance "essential" or level "required") and nothing creates them: "Pay with the phone", "A bus every 10 minutes", "Step-free boarding" and 1 more; create the ones that matter most, and give the others a lower relevance
-- stdout: 0 errors, 1 warning, 0 info in 1 file
checks { top_k = 1 }
segment "Riders" {
  gain "Know the bus is coming before leaving home" { relevance = 5 },
  gain "Pay with the phone" { relevance = 4, level = "required" },
  gain "A bus every 10 minutes" { relevance = 4, level = "required" },
  gain "Step-free boarding" { relevance = 3, level = "required" },
  gain "A seat for every rider over 70" { relevance = 2, level = "required" },
  gain "Wi-Fi on board" { relevance = 1 },
}
value "Live times" { segment = "Riders",
  creates "Know the bus is coming before leaving home" { how = "departures in the app" },
}
