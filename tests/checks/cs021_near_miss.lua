-- args: check --only CS021
-- Two segments that share a pain's text: each value proposition's
-- reliever resolves in its own segment, so nothing is reported.
-- stdout: no findings in 1 file
segment "Riders" { pain "Fares went up 20% this year" { severity = 5 } }
segment "Drivers" { pain "Fares went up 20% this year" { severity = 4 } }
value "Live times" { segment = "Riders",
  relieves "Fares went up 20% this year" { how = "a monthly pass" },
}
value "Park and ride" { segment = "Drivers",
  relieves "Fares went up 20% this year" { how = "parking included in the fare" },
}
