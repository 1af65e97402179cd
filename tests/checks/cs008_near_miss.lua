-- args: check --only CS008
-- A common-word name ("Pulse") as the note's first word or in lower case is
-- the ordinary word; a name inside a longer word is not the name; with no
-- value proposition there is nothing to name.
-- stdout: no findings in 1 file
segment "Patients" {
  customer = "consumer",
  job "Check the pulse after a night low" { kind = "functional", importance = 3 },
  pain "Pulse above 120 during a hypo" { severity = 4 },
  gain "Glucoviewer graphs of 14 days on one screen" { relevance = 4 },
}
value "Night watch" { segment = "Patients", product "Pulse", product "Glucoview" }
segment "Device makers" {
  customer = "business",
  pain "FDA approval takes 18 months" { severity = 5 },
}
