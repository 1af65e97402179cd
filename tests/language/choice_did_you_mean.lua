-- A choice that is a typo of an allowed word gets a did-you-mean.
-- exit: 3
-- stderr: choice_did_you_mean.lua:7: error: segment "Buyers": customer = "busines" is not allowed; use one of "consumer" or "business"; did you mean "business"?
-- stderr: choice_did_you_mean.lua:8: error: job "Buy shoes": kind = "functionl" is not allowed; use one of "functional", "social", "emotional" or "supporting"; did you mean "functional"?
-- stderr: choice_did_you_mean.lua:9: error: gain "Free delivery": level = "expectd" is not allowed; use one of "required", "expected", "desired" or "unexpected"; did you mean "expected"?
segment "Buyers" {
  customer = "busines",
  job "Buy shoes" { kind = "functionl" },
  gain "Free delivery" { kind = "social", level = "expectd" },
}
