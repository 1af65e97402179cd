-- Segmented market: a retail bank that separates its clients by net worth.
-- Clients with about 100,000 dollars and clients with 500,000 dollars or more
-- both want to keep, grow and pass on money, so their needs differ only
-- slightly; but each group gets its own offer, channel and relationship.
-- (Harbour Bank is an invented bank.)
canvas "Harbour Bank" {
  about  = "A regional retail bank with 60 branches and a mobile app",
  market = "segmented",
}

segment "Everyday clients" {
  id = "everyday",
  about = "Clients with about 100,000 dollars of net worth, mostly home equity and a pension",
  customer = "consumer",
  bases = {
    demographic = "salaried households aged 25 to 55; net worth 50,000 to 250,000 dollars",
    geographic = "the bank's home region",
    behavioral = "open the app several times a week; visit a branch once or twice a year",
  },
  need = "day-to-day banking and steady saving at low cost",
  channel = "mobile app, website and branches",
  relationship = "self-service, with a call centre and branch staff when needed",
  profitability = "medium",
  willingness_to_pay = "no monthly fee; accepts fund fees of up to 1% a year",

  job "Save for a house deposit or a child's education" {
    kind = "functional", importance = "crucial",
    context = "putting aside 200 to 500 dollars a month over 5 to 10 years",
    evidence = "survey of 1,200 clients", confidence = "validated",
  },
  job "Feel in control of where the money goes each month" {
    kind = "emotional", importance = 4,
    evidence = "20 client interviews", confidence = "observed",
  },
  job "Pay bills and move money day to day" {
    kind = "functional", importance = 3,
    evidence = "app data: 9 in 10 clients pay a bill or move money each week",
    confidence = "observed",
  },
  job "Look financially responsible to a partner and family" { kind = "social", importance = 2 },
  job "Open an account and move the salary payment across" {
    kind = "supporting", role = "buyer", importance = 2,
  },

  pain "Savings earn 0.5% while prices rise 3% a year" {
    id = "low-rate", kind = "functional", type = "undesired-outcome", severity = "extreme",
    evidence = "survey of 1,200 clients", confidence = "validated",
  },
  pain "A 15-dollar monthly fee eats a year's interest on a 5,000-dollar balance" {
    kind = "functional", type = "problem", severity = 4,
    evidence = "survey of 1,200 clients", confidence = "validated",
  },
  pain "Fear that an unexpected 2,000-dollar bill pushes the account into overdraft" {
    id = "overdraft", kind = "emotional", type = "risk", severity = 3,
    evidence = "20 client interviews", confidence = "observed",
  },
  pain "Branches open only 9 to 4 on weekdays, during working hours" {
    kind = "ancillary", type = "obstacle", severity = 2,
  },

  gain "A savings rate of at least 4%, with money available within 2 days" {
    kind = "functional", level = "desired", relevance = "essential",
    evidence = "survey of 1,200 clients", confidence = "validated",
  },
  gain "Every account and bill in one app, updated within a minute" {
    kind = "functional", level = "expected", relevance = 4,
    evidence = "survey of 1,200 clients", confidence = "validated",
  },
  gain "A monthly note showing 200 dollars more put aside than a year before" {
    kind = "emotional", level = "unexpected", relevance = 3,
    evidence = "a 3-month trial of a monthly savings note with 500 clients",
    confidence = "observed",
  },
  gain "Free cash withdrawals at every cash machine in the country" {
    kind = "cost-saving", level = "expected", relevance = 2,
  },
}

segment "Private clients" {
  id = "private",
  about = "Clients with 500,000 dollars or more of investable net worth",
  customer = "consumer",
  bases = {
    demographic = "business owners, senior professionals and retirees; mostly over 45",
    psychographic = "value discretion and a personal relationship over low fees",
    behavioral = "meet an adviser 2 to 4 times a year; hold several accounts at 2 or 3 banks",
  },
  need = "wealth managed and passed on with personal, coordinated advice",
  channel = "a personal banker, meetings at the client's home or office",
  relationship = "a dedicated relationship manager who knows the family",
  profitability = "high",
  willingness_to_pay = "0.8% a year of the assets managed, for advice and management",

  job "Grow and protect the family's wealth across market cycles" {
    kind = "functional", importance = "crucial",
  },
  job "Feel the family is safe whatever the markets do" { kind = "emotional", importance = 4 },
  job "Pass wealth on to the children with as little tax as the law allows" {
    kind = "functional", importance = 3,
    context = "with a lawyer and a tax adviser, over several years",
  },
  job "Be known and treated as a valued client" { kind = "social", importance = 2 },
  job "Review the portfolio strategy with the banker each quarter" {
    kind = "supporting", role = "co-creator", importance = 2,
  },

  pain "A 20% market fall could take 100,000 dollars off the portfolio in a month" {
    id = "market-fall", kind = "emotional", type = "risk", severity = "extreme",
    evidence = "18 client interviews", confidence = "observed",
  },
  pain "Advice from 3 separate advisers that contradicts itself" {
    id = "scattered-advice", kind = "functional", type = "problem", severity = 4,
    evidence = "18 client interviews", confidence = "observed",
  },
  pain "Up to 40% estate tax on wealth above the exemption" {
    kind = "functional", type = "undesired-outcome", severity = 3,
  },
  pain "20 minutes on hold to reach someone who knows the account" {
    kind = "ancillary", type = "obstacle", severity = 2,
  },

  gain "A portfolio that beats its benchmark after fees over 5 years" {
    kind = "functional", level = "desired", relevance = "essential",
    evidence = "18 client interviews", confidence = "observed",
  },
  gain "One named banker who answers within 4 business hours" {
    kind = "functional", level = "expected", relevance = 4,
  },
  gain "A written estate plan in place within 3 months" {
    kind = "functional", level = "desired", relevance = 3,
  },
  gain "Invitations to small events with other clients and the bank's economists" {
    kind = "social", level = "unexpected", relevance = 1,
  },
}

-- One value proposition per segment: the offers differ, as the pattern asks.
-- Each is aimed at the top 3 jobs, pains and gains of its segment. The
-- everyday clients' top notes are backed by evidence, so `canvas fit` puts
-- their fit "in the market"; most of the private clients' top notes are still
-- assumptions, so theirs stays "on paper" until tested.
value "Everyday Plus" {
  segment = "everyday",
  product "Current account with no monthly fee when the salary is paid in" { kind = "financial" },
  product "Savings account at 4.1%, money available in 2 days" { kind = "financial" },
  product "Mobile app with spending by category" { kind = "digital" },

  helps "Save for a house deposit or a child's education" {
    how = "a standing order to savings on payday, and the goal's progress shown in the app",
  },
  helps "Feel in control of where the money goes each month" {
    how = "spending by category, and an alert in the app for every payment",
  },
  helps "Pay bills and move money day to day" {
    how = "free instant transfers and a bills calendar in the app",
  },

  relieves "low-rate" { how = "a savings rate that follows the central bank's rate" },
  relieves "A 15-dollar monthly fee eats a year's interest on a 5,000-dollar balance" {
    how = "no fee as long as a salary is paid in each month",
  },
  relieves "overdraft" { how = "a free 2,500-dollar overdraft buffer for 30 days" },

  creates "A savings rate of at least 4%, with money available within 2 days" {
    how = "the 4.1% savings account with 2-day access",
  },
  creates "Every account and bill in one app, updated within a minute" {
    how = "real-time notifications and a bills calendar in the app",
  },
  creates "A monthly note showing 200 dollars more put aside than a year before" {
    how = "a note in the app each month comparing savings with the same month a year before",
  },
}

value "Harbour Private Banking" {
  segment = "private",
  product "Discretionary portfolio management" { kind = "financial" },
  product "Dedicated relationship manager" { kind = "intangible" },
  product "Estate planning with partner lawyers" { kind = "intangible" },

  helps "Grow and protect the family's wealth across market cycles" {
    how = "a portfolio managed to a written strategy for the family, reviewed each quarter",
  },
  helps "Feel the family is safe whatever the markets do" {
    how = "a call from the banker within a day of any 10% market fall, to go over the plan",
  },
  helps "Pass wealth on to the children with as little tax as the law allows" {
    how = "the banker runs the estate plan with the partner lawyers and the family's tax adviser",
  },

  relieves "market-fall" { how = "a diversified portfolio with a 10% loss limit, rebalanced each quarter" },
  relieves "scattered-advice" { how = "one banker coordinates investment, tax and legal advice" },
  relieves "Up to 40% estate tax on wealth above the exemption" {
    how = "gift and trust planning started years before the transfer",
  },

  creates "A portfolio that beats its benchmark after fees over 5 years" {
    how = "low-cost index funds at the core, active managers only where they have beaten the index",
  },
  creates "One named banker who answers within 4 business hours" {
    how = "each banker serves at most 80 families",
  },
  creates "A written estate plan in place within 3 months" {
    how = "the partner lawyers deliver a written plan within 10 weeks of the first meeting",
  },
}
