-- Bad rules are load errors at the rule's line: an unknown field (with a
-- suggestion), a field that is not a number, a bad order, an unknown key,
-- an unknown category.
-- exit: 3
-- stderr: bad_rules.lua:11: error: rank "pains" ranks by "severty", which is not a pain field; did you mean "severity"?
-- stderr: bad_rules.lua:12: error: rank "pains" ranks by "who", a text field; rank by scale or number fields, or give by = function(note) return <number> end
-- stderr: bad_rules.lua:13: error: rank "gains" has order = "down"; use "descending" (highest first, the default) or "ascending"
-- stderr: bad_rules.lua:14: error: rank "jobs" has the unknown key "bye"; a rule takes by, order and segment; did you mean "by"?
-- stderr: bad_rules.lua:15: error: rank needs what to rank: rank "jobs", rank "pains" or rank "gains"; got "pians"; did you mean "pains"?
segment "S" { pain "p" { severity = 1 } }
rank "pains" { by = "severty" }
rank "pains" { by = "who" }
rank "gains" { by = "relevance", order = "down" }
rank "jobs" { bye = "importance" }
rank "pians" { by = "severity" }
