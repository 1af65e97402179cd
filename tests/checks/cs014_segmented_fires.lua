-- args: check --only CS014
-- In a segmented market each segment declares some sign of its own; the
-- second segment declares none.
-- stdout: cs014_segmented_fires.lua:8: warning[CS014] market-mismatch: segment "Clients with 500,000" is in a segmented market but declares none of the five signs (need, channel, relationship, profitability, willingness to pay); say what sets it apart
-- stdout: 0 errors, 1 warning, 0 info in 1 file
canvas "Retail bank" { market = "segmented" }
segment "Clients with 100,000" { customer = "consumer", channel = "branch" }
segment "Clients with 500,000" { customer = "consumer" }
