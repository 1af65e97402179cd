-- A word outside a field's vocabulary is a load error that lists the words
-- allowed.
-- exit: 3
-- stderr: value_outside_vocabulary.lua:12: error: canvas "Shop": market = "big" is not allowed; use one of "mass", "niche", "segmented", "diversified" or "multi-sided"
-- stderr: value_outside_vocabulary.lua:14: error: segment "Buyers": customer = "robot" is not allowed; use one of "consumer" or "business"
-- stderr: value_outside_vocabulary.lua:15: error: segment "Buyers": profitability = "huge" is not allowed; use one of "low", "medium" or "high"
-- stderr: value_outside_vocabulary.lua:16: error: job "Buy shoes": kind = "funky" is not allowed; use one of "functional", "social", "emotional" or "supporting"
-- stderr: value_outside_vocabulary.lua:17: error: job "Pay": role = "seller" is not allowed; use one of "buyer", "co-creator" or "transferor"
-- stderr: value_outside_vocabulary.lua:18: error: pain "Long queues": confidence = "sure" is not allowed; use one of "assumed", "observed" or "validated"
-- stderr: value_outside_vocabulary.lua:18: error: pain "Long queues": type = "danger" is not allowed; use one of "undesired-outcome", "problem", "characteristic", "obstacle" or "risk"
-- stderr: value_outside_vocabulary.lua:19: error: gain "Free delivery": level = "wow" is not allowed; use one of "required", "expected", "desired" or "unexpected"
canvas "Shop" { market = "big" }
segment "Buyers" {
  customer = "robot",
  profitability = "huge",
  job "Buy shoes" { kind = "funky" },
  job "Pay" { kind = "supporting", role = "seller" },
  pain "Long queues" { type = "danger", confidence = "sure" },
  gain "Free delivery" { level = "wow" },
}
