-- A business customer split into users, buyers and approvers: hospitals that
-- replace their infusion pumps. Inside one hospital, the nurses who use the
-- pumps, the procurement office that buys them and the board that approves
-- the spending have different jobs, pains and gains, so each is a segment
-- with a profile of its own. Written as one "Hospitals" segment, the same
-- notes would give CS013 (business-roles); split like this, they give none.
-- A profile only (steps 1 to 5): no value map yet.
-- Try: canvas check examples/b2b-roles.lua   (no findings)
--      canvas explain CS013
--      canvas show examples/b2b-roles.lua --segment buyers
-- (Dripline is an invented maker of infusion pumps; the figures are plausible.)
canvas "Dripline" {
  about  = "Maker of networked infusion pumps for hospitals",
  market = "segmented",
}

-- The users: they work with the pumps every shift.
segment "Ward nurses" {
  id = "users",
  customer = "business",
  bases = { demographic = "nurses on intensive-care and surgical wards of 400+ bed hospitals" },
  need = "pumps that are quick and safe to set up at the bedside",
  channel = "clinical trainers and nurse-led product trials on the ward",
  relationship = "hands-on training on every ward, a 24-hour nurse hotline",

  job "Set up an infusion at the bedside in under 2 minutes" {
    who = "nurses", kind = "functional", importance = "crucial",
  },
  job "Feel sure that no patient gets 10 times the prescribed dose" {
    who = "nurses", kind = "emotional", importance = "very high",
  },
  job "Be the nurse the ward trusts to train new staff on the pumps" {
    who = "nurses", kind = "social", importance = "medium",
  },
  pain "Typing a drug and dose by hand takes 14 key presses per infusion" {
    who = "nurses", kind = "functional", type = "problem", severity = "very severe",
  },
  pain "An alarm every 20 minutes per patient, 1 in 3 of them false" {
    who = "nurses", kind = "emotional", type = "characteristic", severity = "severe",
  },
  pain "A nurse spends 30 minutes a shift looking for a free pump" {
    who = "nurses", kind = "ancillary", type = "obstacle", severity = "considerable",
  },
  gain "The prescription sent to the pump in 1 scan of the patient's wristband" {
    who = "nurses", kind = "functional", level = "desired", relevance = "essential",
  },
  gain "Half as many alarms on a 12-bed ward" {
    who = "nurses", kind = "emotional", level = "desired", relevance = "very important",
  },
  gain "Every pump on the ward found on a screen in 10 seconds" {
    who = "nurses", kind = "functional", level = "unexpected", relevance = "important",
  },
}

-- The buyers: they run the tender and sign the supply contract.
segment "Hospital procurement" {
  id = "buyers",
  customer = "business",
  bases = { demographic = "procurement offices of public hospitals, 3 to 8 buyers each" },
  need = "a pump contract that passes a public tender without a challenge",
  channel = "public tenders and framework agreements",
  relationship = "a key-account manager for the 7 years of the contract",

  job "Run a public tender for 600 pumps within 9 months" {
    who = "buyers", kind = "functional", importance = "crucial",
  },
  job "Compare 4 bids on total cost over 7 years, not price alone" {
    who = "buyers", kind = "supporting", role = "buyer", importance = "very high",
  },
  job "Be known as the office whose tenders are never challenged in court" {
    who = "buyers", kind = "social", importance = "high",
  },
  pain "A tender challenged by a losing bidder stalls for 5 months" {
    who = "buyers", kind = "functional", type = "risk", severity = "extreme",
  },
  pain "Bids list disposables on 3 different price sheets" {
    who = "buyers", kind = "ancillary", type = "characteristic", severity = "severe",
  },
  pain "Consumable prices rise 6% a year after the pumps are bought" {
    who = "buyers", kind = "functional", type = "undesired-outcome", severity = "considerable",
  },
  gain "One price per infusion, consumables included, fixed for 7 years" {
    who = "buyers", kind = "cost-saving", level = "desired", relevance = "essential",
  },
  gain "A bid that answers all 120 tender criteria in the tender's own order" {
    who = "buyers", kind = "functional", level = "expected", relevance = "very important",
  },
  gain "Delivery of all 600 pumps within 8 weeks of the award" {
    who = "buyers", kind = "functional", level = "expected", relevance = "important",
  },
}

-- The approvers: they decide whether the hospital spends the money at all.
segment "Hospital board" {
  id = "approvers",
  customer = "business",
  bases = { demographic = "boards of hospitals with a capital budget above 20 million euros" },
  need = "evidence that the spending cuts medication errors and pays back",
  channel = "business cases presented by the medical director",
  relationship = "yearly reviews of patient-safety figures with the board",

  job "Approve capital spending that the hospital can defend to its funders" {
    who = "board", kind = "functional", importance = "crucial",
  },
  job "Feel confident the hospital will pass its next safety inspection" {
    who = "board", kind = "emotional", importance = "very high",
  },
  job "Be seen by the region as the hospital with the fewest medication errors" {
    who = "board", kind = "social", importance = "high",
  },
  pain "A medication error costs 9,000 euros in extra care and claims" {
    who = "board", kind = "functional", type = "undesired-outcome", severity = "very severe",
  },
  pain "Business cases arrive with no figures from comparable hospitals" {
    who = "board", kind = "functional", type = "obstacle", severity = "severe",
  },
  pain "A fatal overdose would be in the national press within 2 days" {
    who = "board", kind = "emotional", type = "risk", severity = "extreme",
  },
  gain "Payback within 3 years from fewer medication errors" {
    who = "board", kind = "cost-saving", level = "required", relevance = "essential",
  },
  gain "A quarterly report of errors prevented, ready for the inspectors" {
    who = "board", kind = "functional", level = "desired", relevance = "very important",
  },
  gain "Figures from 3 comparable hospitals that use the pumps already" {
    who = "board", kind = "functional", level = "expected", relevance = "important",
  },
}
