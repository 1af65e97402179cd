-- args: check --only CS007
-- The same note in two profiles is two notes; so are two notes that
-- differ in one word.
-- stdout: no findings in 1 file
segment "Cyclists who commute" {
  customer = "consumer",
  job "Ride 12 km to work in any weather" { kind = "functional", importance = 5 },
  pain "Bike stolen from the station rack" { severity = 5 },
  pain "Bike stolen from the office rack" { severity = 4 },
}
segment "Students on bikes" {
  customer = "consumer",
  job "Ride 12 km to work in any weather" { kind = "functional", importance = 3 },
  pain "Bike stolen from the station rack" { severity = 5 },
}
