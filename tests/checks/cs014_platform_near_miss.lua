-- args: check --only CS014
-- The credit-card company's two sides.
-- stdout: no findings in 1 file
canvas "Card network" { market = "platform" }
segment "Cardholders" { customer = "consumer", depends_on = { "Merchants" } }
segment "Merchants" { customer = "business", depends_on = { "Cardholders" } }
