-- The built-in vocabulary, declared with the same `field` word that scripts
-- use for their own fields. The loader runs this file with `field` bound to
-- the registry's built-in declaration.
-- luacheck: globals field

-- Common to every kind of declaration ----------------------------------------
field "about" { on = { "canvas", "segment", "value", "product" }, type = "text",
  doc = "one sentence on what it is" }
field "notes" { on = { "canvas", "segment", "note", "value", "product", "reliever", "creator",
                        "helper" },
  type = "text", doc = "free remarks" }
field "id" { on = { "segment", "note", "value", "product", "reliever", "creator", "helper" },
  type = "text", doc = "a short name that references can use instead of the full text" }
field "ignore" { on = { "segment", "note", "value", "reliever", "creator", "helper" }, type = "rules",
  doc = "check IDs to silence for this declaration, e.g. \"CS005\"" }

-- The canvas ------------------------------------------------------------------
field "market" { on = "canvas", type = "choice",
  values = { "mass", "niche", "segmented", "diversified", "multi-sided" },
  aliases = { ["mass market"] = "mass", ["niche market"] = "niche",
              ["segmented market"] = "segmented", ["multi-sided platform"] = "multi-sided",
              multisided = "multi-sided", platform = "multi-sided" },
  doc = "the market pattern: how the business chooses its segments" }

-- Segments --------------------------------------------------------------------
field "customer" { on = "segment", type = "choice", values = { "consumer", "business" },
  aliases = { b2c = "consumer", b2b = "business", person = "consumer",
              organisation = "business", organization = "business" },
  doc = "whether the segment is people or organisations" }
field "bases" { on = "segment", type = "map",
  keys = { "demographic", "geographic", "psychographic", "behavioral" },
  key_aliases = { behavioural = "behavioral" },
  doc = "what sets the segment apart, by segmentation basis" }
field "archetypes" { on = "segment", type = "list",
  values = { "curator", "broadcaster", "tastemaker", "celebrity" },
  doc = "influence roles found in the segment" }
field "need" { on = "segment", type = "text",
  doc = "the distinct need that justifies a distinct offer" }
field "channel" { on = "segment", type = "text",
  doc = "how the segment is reached" }
field "relationship" { on = "segment", type = "text",
  doc = "the kind of customer relationship it expects" }
field "profitability" { on = "segment", type = "choice", values = { "low", "medium", "high" },
  doc = "how profitable it is compared with the other segments" }
field "willingness_to_pay" { on = "segment", type = "text",
  doc = "what, and for which version of the offer, it is willing to pay" }
field "depends_on" { on = "segment", type = "refs",
  doc = "the other sides of a multi-sided platform that this side needs" }

-- Every note: jobs, pains, gains ----------------------------------------------
field "who" { on = "note", type = "text",
  doc = "the sub-group of the segment that the note comes from" }
field "evidence" { on = "note", type = "list",
  doc = "what backs the note: interviews, data, observations" }
field "confidence" { on = "note", type = "choice",
  values = { "assumed", "observed", "validated" },
  doc = "how far the note has been tested" }

-- Jobs ------------------------------------------------------------------------
field "kind" { on = "job", type = "choice",
  values = { "functional", "social", "emotional", "supporting" },
  aliases = { personal = "emotional" },
  doc = "what sort of job it is" }
field "role" { on = "job", type = "choice",
  values = { "buyer", "co-creator", "transferor" },
  aliases = { cocreator = "co-creator" },
  doc = "for supporting jobs: the customer as buyer, co-creator or transferor of value" }
field "context" { on = "job", type = "text",
  doc = "where and with whom the job is done" }
field "importance" { on = "job", type = "scale",
  words = { "low", "medium", "high", "very high", "crucial" },
  doc = "how much the job matters to the customer" }

-- Pains -----------------------------------------------------------------------
field "kind" { on = "pain", type = "choice",
  values = { "functional", "social", "emotional", "ancillary" },
  aliases = { personal = "emotional" },
  doc = "what sort of pain it is" }
field "type" { on = "pain", type = "choice",
  values = { "undesired-outcome", "problem", "characteristic", "obstacle", "risk" },
  aliases = { outcome = "undesired-outcome" },
  doc = "undesired outcome, problem, characteristic, obstacle or risk" }
field "severity" { on = "pain", type = "scale",
  words = { "moderate", "considerable", "severe", "very severe", "extreme" },
  doc = "how badly it hurts" }

-- Gains -----------------------------------------------------------------------
field "kind" { on = "gain", type = "choice",
  values = { "functional", "social", "emotional", "cost-saving" },
  aliases = { personal = "emotional", savings = "cost-saving" },
  doc = "what sort of gain it is" }
field "level" { on = "gain", type = "choice",
  values = { "required", "expected", "desired", "unexpected" },
  doc = "required, expected, desired or unexpected" }
field "relevance" { on = "gain", type = "scale",
  words = { "nice to have", "useful", "important", "very important", "essential" },
  doc = "how much the customer cares about it" }

-- The value map ---------------------------------------------------------------
field "segment" { on = "value", type = "ref",
  doc = "the segment this value proposition is for (name or id)" }
field "kind" { on = "product", type = "choice",
  values = { "physical", "intangible", "digital", "financial" },
  aliases = { tangible = "physical", service = "intangible" },
  doc = "what sort of product or service it is" }
field "how" { on = { "reliever", "creator", "helper" }, type = "text",
  doc = "how the product eases the pain, creates the gain or helps get the job done" }
