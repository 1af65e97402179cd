-- An empty name or text is refused.
-- exit: 3
-- stderr: empty_name.lua:5: error: segment needs its name first, in quotes: segment "Name" { job "..." { }, pain "..." { }, gain "..." { } }; got an empty text
-- stderr: empty_name.lua:7: error: gain needs its text first, in quotes: gain "What they want" { relevance = "essential" }; got an empty text
segment "" { }
segment "Buyers" {
  gain "" { relevance = 2 },
}
