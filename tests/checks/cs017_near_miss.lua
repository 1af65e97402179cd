-- args: check --only CS017
-- The top gain and the required one are created; the others are neither
-- top-ranked (top_k = 2) nor essential ("important" is not
-- "essential", "expected" is not "required").
-- stdout: no findings in 1 file
checks { top_k = 2 }
segment "Riders" {
  gain "Know the bus is coming before leaving home" { relevance = "essential" },
  gain "Pay with the phone" { relevance = 4, level = "required" },
  gain "A seat on every trip" { relevance = "important", level = "expected" },
  gain "Wi-Fi on board" { relevance = 1 },
}
value "Live times" { segment = "Riders",
  creates "Know the bus is coming before leaving home" { how = "departures in the app" },
  creates "Pay with the phone" { how = "tickets in the same app" },
}
