-- A value of the wrong type for a built-in field is a load error that names
-- the field, the value and what to write instead.
-- exit: 3
-- stderr: wrong_type_for_field.lua:11: error: canvas "Shop": about = 42 is not text; write it in quotes
-- stderr: wrong_type_for_field.lua:13: error: segment "Buyers": need = true is not text; write it in quotes
-- stderr: wrong_type_for_field.lua:14: error: job "Buy shoes": importance = true is not on the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
-- stderr: wrong_type_for_field.lua:14: error: job "Buy shoes": kind = 3 is not allowed; use one of "functional", "social", "emotional" or "supporting"
-- stderr: wrong_type_for_field.lua:15: error: pain "Long queues": id = 7 is not text; write it in quotes
-- stderr: wrong_type_for_field.lua:16: error: gain "Free delivery": relevance = "5" is not a relevance word; use a whole number 1..5 or one of "nice to have" (1), "useful" (2), "important" (3), "very important" (4) or "essential" (5)
-- stderr: wrong_type_for_field.lua:18: error: value "Kiosk": segment = 1 is not a name; write the name or id in quotes
canvas "Shop" { about = 42 }
segment "Buyers" {
  need = true,
  job "Buy shoes" { kind = 3, importance = true },
  pain "Long queues" { id = 7 },
  gain "Free delivery" { relevance = "5" },
}
value "Kiosk" { segment = 1 }
