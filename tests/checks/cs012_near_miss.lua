-- args: check --only CS012
-- A profile-only canvas with several segments and no value proposition at
-- all is complete (steps 1 to 5): nothing is reported.
-- stdout: no findings in 1 file
segment "Riders" { pain "Buses 15 minutes late" { severity = 5 } }
segment "Drivers" { pain "Parking costs 4 euros an hour" { severity = 4 } }
