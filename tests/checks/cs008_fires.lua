-- args: check --only CS008
-- Notes written from the product's side: a two-word name in any case, a
-- one-word name of the business's own ("Glucoview"), and a common-word name
-- ("Pulse") written with its capital inside the note.
-- stdout: cs008_fires.lua:11: warning[CS008] product-in-profile: job "Upload readings to tidepool mobile after every meal" names the business's own "Tidepool Mobile"; describe the customer's job, pain or gain without the product
-- stdout: cs008_fires.lua:12: warning[CS008] product-in-profile: pain "Glucoview's graphs hide the night lows" names the business's own "Glucoview"; describe the customer's job, pain or gain without the product
-- stdout: cs008_fires.lua:13: warning[CS008] product-in-profile: gain "Wear the Pulse to get an alert before a hypo" names the business's own "Pulse"; describe the customer's job, pain or gain without the product
-- stdout: 0 errors, 3 warnings, 0 info in 1 file
segment "Patients" {
  customer = "consumer",
  job "Upload readings to tidepool mobile after every meal" { kind = "functional", importance = 4 },
  pain "Glucoview's graphs hide the night lows" { severity = 4 },
  gain "Wear the Pulse to get an alert before a hypo" { relevance = 5 },
}
value "Tidepool Mobile" { segment = "Patients", product "Glucoview" }
value "Night watch" { segment = "Patients", product "Pulse" }
