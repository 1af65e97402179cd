-- args: check --only CS015
-- An auction marketplace: couriers are linked to no side, and advertisers
-- name a side that does not exist (that reference is CS018's too).
-- stdout: cs015_fires.lua:10: warning[CS015] unlinked-side: segment "Couriers" is linked to no other side of the platform; say which sides it needs with depends_on = { ... }
-- stdout: cs015_fires.lua:11: warning[CS015] unlinked-side: segment "Advertisers" is linked to no other side of the platform (its depends_on names no segment); say which sides it needs with depends_on = { ... }
-- stdout: 0 errors, 2 warnings, 0 info in 1 file
canvas "Auction marketplace" { market = "multi-sided" }
segment "Buyers" { customer = "consumer", depends_on = { "Sellers" } }
segment "Sellers" { customer = "consumer" }
segment "Couriers" { customer = "business" }
segment "Advertisers" { customer = "business", depends_on = { "Shoppers" } }
