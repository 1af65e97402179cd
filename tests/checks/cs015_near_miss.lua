-- args: check --only CS015
-- Tidepool: only the patients name the device makers, yet both sides are
-- linked (either direction counts), and the researchers name the patients
-- by id.
-- stdout: no findings in 1 file
canvas "Tidepool" { market = "multi-sided" }
segment "Patients" { id = "patients", customer = "consumer", depends_on = { "Device manufacturers" } }
segment "Device manufacturers" { customer = "business" }
segment "Researchers" { customer = "business", depends_on = { "patients" } }
