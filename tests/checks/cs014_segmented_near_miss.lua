-- args: check --only CS014
-- Segments whose needs differ only slightly, each with a sign of its own.
-- stdout: no findings in 1 file
canvas "Retail bank" { market = "segmented" }
segment "Clients with 100,000" { customer = "consumer", channel = "branch" }
segment "Clients with 500,000" { customer = "consumer", relationship = "private banker" }
