-- args: check --only U001,U002
-- Two custom checks get U001 and U002 in the order they are declared; a
-- finding about a segment stands at the segment's line. "segments" is
-- read as "segment".
-- stdout: custom_two_checks.lua:13: info[U002] every-segment-says-how-it-is-reached: add channel = ...
-- stdout: custom_two_checks.lua:16: warning[U001] every-pain-has-a-severity: rank the pain from 1 to 5
-- stdout: 0 errors, 1 warning, 1 info in 1 file
segment "Commuters" {
  customer = "consumer",
  channel = "posters at stations",
  pain "Trains 20 minutes late twice a week" { severity = 4 },
}
segment "Cyclists" {
  customer = "consumer",
  pain "Bike stolen from the station rack" { severity = 5 },
  pain "No covered parking at the office" { },
}
check "Every pain has a severity" {
  each = "pain",
  test = function(p) return p.severity ~= nil end,
  message = "rank the pain from 1 to 5",
}
check "Every segment says how it is reached" {
  severity = "info",
  each = "segments",
  test = function(s) return s.channel ~= nil end,
  message = "add channel = ...",
}
