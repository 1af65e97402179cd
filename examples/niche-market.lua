-- Niche market: a car-parts supplier that makes brake calipers for car makers.
-- A narrow segment with very specific needs (volumes, quality, delivery to
-- the minute) and an offer tailored to it, down to a warehouse beside the
-- customer's plant. (Brakeworks is an invented company.)
canvas "Brakeworks" {
  about  = "Supplier of aluminium brake calipers to car makers' assembly plants",
  market = "niche",
}

-- One business segment. Inside a car maker several people shape the deal:
-- the brake engineers who use the part, purchasing who buys it, quality who
-- approves the supplier. This profile is the engineering programme's; the
-- buying and approving show up as supporting jobs.
segment "Car makers' brake programmes" {
  id = "programmes",
  about = "Brake and chassis programme teams of car makers building 200,000+ vehicles a year",
  customer = "business",
  bases = {
    demographic = "premium and volume car makers; programme teams of 10 to 40 engineers",
    geographic = "assembly plants in Germany, Czechia and Slovakia",
    behavioral = "award 7-year platform contracts after a 12-month supplier qualification",
  },
  need = "calipers that meet the platform's braking, weight and cost targets, delivered just in time",
  channel = "key-account engineers and quotation rounds run by purchasing",
  relationship = "a dedicated team per platform for the life of the contract",
  profitability = "high",
  willingness_to_pay = "a fixed unit price per platform, with 2% price-downs a year",

  job "Source brake calipers for a new vehicle platform" {
    kind = "functional", importance = "crucial",
    context = "3 years before the start of production, against weight and cost targets",
    evidence = { "requests for quotation for 4 platforms", "interviews with 8 programme leads" },
    confidence = "validated",
  },
  job "Launch the platform without a safety recall tracing back to the brakes" {
    kind = "emotional", importance = 4,
    evidence = "interviews with 8 programme leads", confidence = "observed",
  },
  job "Keep the assembly line supplied with parts just in time" {
    kind = "functional", importance = 3,
    context = "the line uses 1,200 calipers a day and keeps 4 hours of stock",
    evidence = "interviews with 6 logistics managers", confidence = "observed",
  },
  job "Be seen by management as the programme that launched on schedule" {
    kind = "social", importance = 2,
  },
  job "Co-design the caliper with the chassis engineers" {
    kind = "supporting", role = "co-creator", importance = 2,
  },
  job "Get a new supplier qualified and approved by quality and purchasing" {
    kind = "supporting", role = "buyer", importance = 2,
  },

  pain "A line stop costs about 22,000 dollars a minute when parts arrive late" {
    id = "line-stop", kind = "functional", type = "undesired-outcome", severity = "extreme",
    evidence = { "plant controlling figures", "interviews with 6 logistics managers" },
    confidence = "validated",
  },
  pain "One faulty batch can mean a recall of 50 million dollars and a lower safety rating" {
    id = "recall", kind = "emotional", type = "risk", severity = "very severe",
    evidence = "interviews with 8 programme leads", confidence = "observed",
  },
  pain "Qualifying a new supplier for one part takes 9 to 12 months" {
    id = "qualification", kind = "ancillary", type = "obstacle", severity = "severe",
    evidence = "interviews with 8 programme leads", confidence = "observed",
  },
  pain "Calipers come in 8% over the platform's cost target" {
    kind = "functional", type = "problem", severity = 2,
  },
  pain "Change requests to suppliers take 3 weeks to get an engineering answer" {
    kind = "functional", type = "characteristic", severity = 2,
  },

  gain "Fewer than 10 defective parts per million delivered" {
    kind = "functional", level = "required", relevance = "essential",
    evidence = "the car makers' supplier quality manuals", confidence = "validated",
  },
  gain "Deliveries twice a day, each within a 30-minute window" {
    kind = "functional", level = "expected", relevance = "very important",
    evidence = "delivery schedules of 3 assembly plants", confidence = "validated",
  },
  gain "A caliper 400 g lighter per wheel, for range and emissions targets" {
    kind = "functional", level = "desired", relevance = "important",
    evidence = "weight targets in the requests for quotation for 4 platforms",
    confidence = "validated",
  },
  gain "A unit cost 5% under target over the platform's 7-year life" {
    kind = "cost-saving", level = "desired", relevance = "useful",
  },
  gain "A supplier award that the programme can show at the launch review" {
    kind = "social", level = "unexpected", relevance = "nice to have",
  },
}

value "Brakeworks platform programme" {
  segment = "programmes",
  product "Aluminium monobloc brake caliper" { kind = "physical" },
  product "Resident engineer at the car maker's development centre" { kind = "intangible" },
  product "Vendor-managed warehouse 20 minutes from the assembly plant" { kind = "intangible" },

  helps "Source brake calipers for a new vehicle platform" {
    how = "a resident engineer designs the caliper with the team to the weight and cost targets",
  },
  helps "Launch the platform without a safety recall tracing back to the brakes" {
    how = "brake tests on the customer's prototypes a year before the start of production",
  },
  helps "Keep the assembly line supplied with parts just in time" {
    how = "the warehouse delivers in the order of the line's build sequence, twice a day",
  },

  relieves "line-stop" { how = "2 days of stock held 20 minutes from the line, replenished each shift" },
  relieves "recall" {
    how = "every caliper pressure-tested at the end of the line and traceable by serial number",
  },
  relieves "qualification" {
    how = "designs already qualified on 2 earlier platforms cut qualification to 5 months",
  },

  creates "Fewer than 10 defective parts per million delivered" {
    how = "automated optical inspection of every machined housing",
  },
  creates "Deliveries twice a day, each within a 30-minute window" {
    how = "milk-run trucks timed to the plant's shift plan",
  },
  creates "A caliper 400 g lighter per wheel, for range and emissions targets" {
    how = "a one-piece forged aluminium housing instead of cast iron",
  },
}
