-- args: check --only CS013
-- A business customer whose notes speak for the people who use the offer,
-- buy it and approve it; roles come from who and from the notes' texts.
-- stdout: cs013_fires.lua:7: info[CS013] business-roles: segment "Car makers" speaks for users ("Keep the assembly line runn..."), buyers ("Procurement compares 5 quot...") and approvers ("Price changes need sign-off..."); in a business these are often separate segments: profile each one
-- stdout: cs013_fires.lua:13: info[CS013] business-roles: segment "Restaurants" speaks for users ("Serve 200 covers on a Satur...") and buyers ("Reorder vegetables for the ..."); in a business these are often separate segments: profile each one
-- stdout: 0 errors, 0 warnings, 2 info in 1 file
segment "Car makers" {
  customer = "business",
  job "Keep the assembly line running 24 hours a day" { who = "line engineers", importance = 5 },
  pain "Procurement compares 5 quotes for every part" { severity = 3 },
  pain "Price changes need sign-off by the CFO" { severity = 4 },
}
segment "Restaurants" {
  customer = "b2b",
  job "Serve 200 covers on a Saturday night" { who = "kitchen staff", importance = 5 },
  job "Reorder vegetables for the week" { kind = "supporting", role = "buyer", importance = 3 },
}
