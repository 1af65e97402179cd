-- args: check --only CS018
-- Every reference finds its target: by id or by exact text, written before
-- the notes it names (references are matched once the script has loaded).
-- stdout: no findings in 1 file
value "Rail app" { segment = "commuters",
  relieves "late" { how = "live delays" },
  creates "Know the real departure time before leaving home" { how = "push alert 30 minutes before" },
}
rank "pains" { segment = "Commuters", by = { severity = 1 } }
segment "Commuters" {
  id = "commuters",
  customer = "consumer",
  job "Get to work by 9" { kind = "functional", importance = 5 },
  pain "Trains 20 minutes late twice a week" { id = "late", severity = 4 },
  gain "Know the real departure time before leaving home" { relevance = 4 },
}
