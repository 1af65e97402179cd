-- Each mistake in a field's description is reported where the field is
-- declared, with a did-you-mean where one fits.
-- exit: 3
-- stderr: field_bad_description.lua:12: error: field "a" has on = "pian"; use canvas, segment, job, pain, gain, value, product, reliever, creator, helper or note; did you mean 'pain'?
-- stderr: field_bad_description.lua:13: error: field "b" has type = "scael"; use "text", "number", "boolean", "scale", "choice" or "list"; did you mean "scale"?
-- stderr: field_bad_description.lua:14: error: field "c" of type choice needs values = { "...", ... }
-- stderr: field_bad_description.lua:15: error: field "d" has the unknown key "valeus"; did you mean 'values'?
-- stderr: field_bad_description.lua:16: error: field "e" needs on = ...: canvas, segment, job, pain, gain, value, product, reliever, creator or helper (or "note")
-- stderr: field_bad_description.lua:17: error: field "f" needs exactly five words = { ... }, lowest first
-- stderr: field_bad_description.lua:18: error: field "g" needs its table: field "g" { on = "pain", type = "scale" }
-- stderr: field_bad_description.lua:19: error: a field name is a word of letters, digits and _; got "h h"
field "a" { on = "pian", type = "text" }
field "b" { on = "pain", type = "scael" }
field "c" { on = "pain", type = "choice" }
field "d" { on = "pain", type = "text", valeus = { "x" } }
field "e" { type = "text" }
field "f" { on = "pain", type = "scale", words = { "low", "high" } }
field "g"
field "h h" { on = "pain" }
