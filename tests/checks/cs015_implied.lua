-- args: check --only CS015
-- No market declared, but a depends_on makes the canvas a platform: the
-- side nobody names and that names nobody is reported.
-- stdout: cs015_implied.lua:8: warning[CS015] unlinked-side: segment "Restaurants" is linked to no other side of the platform; say which sides it needs with depends_on = { ... }
-- stdout: 0 errors, 1 warning, 0 info in 1 file
segment "Drivers" { customer = "consumer", depends_on = { "Riders" } }
segment "Riders" { customer = "consumer" }
segment "Restaurants" { customer = "business" }
