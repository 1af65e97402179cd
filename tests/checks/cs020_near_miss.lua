-- args: check --only CS020
-- Gains that state a measurable target, or say something the pain does
-- not; a mirror in another profile is no mirror of this one.
-- stdout: no findings in 1 file
segment "Tennis club members" {
  customer = "consumer",
  job "Play doubles twice a week after work" { kind = "functional", importance = 4 },
  pain "Booking a court is complicated" { severity = 3 },
  pain "No live court availability" { severity = 4 },
  pain "Changing rooms are dirty" { severity = 2 },
  gain "Booking a court is easy in 2 taps" { relevance = 3 },
  gain "Live court availability every 5 minutes" { relevance = 4 },
  gain "Hot showers after a late match" { relevance = 2 },
}
segment "Club staff" {
  customer = "business",
  gain "Clean changing rooms" { relevance = 3 },
}
