-- Each segment and each value proposition has its own name; a script has
-- one canvas. The second declaration is the error and names the first.
-- exit: 3
-- stderr: duplicate_names.lua:10: error: segment "Buyers" is already declared at duplicate_names.lua:8; give each segment its own name
-- stderr: duplicate_names.lua:12: error: value "Kiosk" is already declared at duplicate_names.lua:11; give each value its own name
-- stderr: duplicate_names.lua:13: error: canvas "Store" is declared again (the canvas "Shop" was declared at duplicate_names.lua:7); a script has one canvas
canvas "Shop" { }
segment "Buyers" { }
segment "Sellers" { }
segment "Buyers" { }
value "Kiosk" { segment = "Buyers" }
value "Kiosk" { segment = "Sellers" }
canvas "Store" { }
