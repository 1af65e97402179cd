-- args: check --only CS002
-- min_notes raised in the script: three of each is now thin, and the
-- message names the configured number.
-- stdout: cs002_threshold.lua:7: warning[CS002] thin-profile: segment "Triathletes" lists only 3 pains and 3 gains; a real segment has more: aim for at least 4 of each (min_notes)
-- stdout: 0 errors, 1 warning, 0 info in 1 file
checks { min_notes = 4 }
segment "Triathletes" {
  customer = "consumer",
  job "Finish an Ironman under 12 hours" { kind = "functional", importance = 5 },
  job "Feel the thrill of crossing the finish line" { kind = "emotional", importance = 5 },
  job "Be seen by the club as a serious athlete" { kind = "social", importance = 3 },
  job "Fit 10 hours of training around a full-time job" { kind = "functional", importance = 4 },
  pain "Knee pain after runs longer than 20 km" { severity = 4 },
  pain "Pool open only until 7 pm" { severity = 3 },
  pain "Race entry costs 700 euros" { severity = 2 },
  gain "A training plan that adapts to a missed session" { relevance = 4 },
  gain "Swim split under 1 hour 10" { relevance = 3 },
  gain "Bike fitted in one visit" { relevance = 2 },
}
