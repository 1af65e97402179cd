-- args: check --only CS001
-- A car-parts supplier's buyers, profiled with jobs only: pains and gains
-- are still to be listed.
-- stdout: cs001_fires.lua:7: warning[CS001] empty-profile: segment "Car makers' purchasing" has no pains and no gains; list them (steps 2 to 4) before ranking or designing an offer
-- stdout: cs001_fires.lua:12: warning[CS001] empty-profile: segment "Repair shops" has no jobs and no pains; list them (steps 2 to 4) before ranking or designing an offer
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
segment "Car makers' purchasing" {
  customer = "business",
  job "Source brake pads for 3 assembly plants" { kind = "functional", importance = 5 },
  job "Be seen by the plant manager as the buyer who never stops the line" { kind = "social", importance = 4 },
}
segment "Repair shops" {
  customer = "business",
  gain "Parts delivered the same afternoon" { relevance = 4 },
}
