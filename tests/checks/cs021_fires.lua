-- args: check --only CS021
-- A reliever that names another segment's pain by text, and a creator
-- that names another segment's gain by id: both address nothing in the
-- riders' profile. Loading reports no CS018 for them.
-- stdout: cs021_fires.lua:17: warning[CS021] unmatched-reliever: relieves "Parking costs 4 euros an hour" names a pain of segment "Drivers", but value "Live times" is for segment "Riders": it addresses nothing there. Move it to a value proposition for "Drivers", or name a pain of "Riders"
-- stdout: cs021_fires.lua:18: warning[CS021] unmatched-reliever: creates "space" names gain "A free space within 200 m of the office" of segment "Drivers", but value "Live times" is for segment "Riders": it addresses nothing there. Move it to a value proposition for "Drivers", or name a gain of "Riders"
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  gain "Know the real departure before leaving home" { relevance = 5 },
}
segment "Drivers" {
  pain "Parking costs 4 euros an hour" { severity = 4 },
  gain "A free space within 200 m of the office" { id = "space", relevance = 4 },
}
value "Live times" { segment = "Riders",
  relieves "Parking costs 4 euros an hour" { how = "?" },
  creates "space" { how = "?" },
  relieves "Buses 15 minutes late" { how = "real departures" },
}
