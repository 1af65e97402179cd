-- Diversified market: an online bookseller that also rents cloud computing to
-- businesses. Two segments with very different needs, served by one
-- organisation that reuses what it built for the first (data centres,
-- logistics software) to serve the second. (Riverpage is an invented company.)
canvas "Riverpage" {
  about  = "Online bookshop and, from the same data centres, a cloud computing service",
  market = "diversified",
}

segment "Book readers" {
  id = "readers",
  about = "People who buy 6 or more books a year, printed or electronic",
  customer = "consumer",
  bases = {
    demographic = "adults of every age; slightly more women than men",
    psychographic = "read to relax and to learn; trust friends' and reviewers' tips",
    behavioral = "buy online 1 to 3 times a month, often on impulse after a tip",
  },
  archetypes = { "curator", "tastemaker" },   -- book bloggers and reading-club hosts
  need = "the right book, quickly and cheaply",
  channel = "website and mobile app",
  relationship = "automated and personal: recommendations, reviews, reading lists",
  profitability = "low",
  willingness_to_pay = "the cover price or less, delivery free above 25 dollars",

  job "Find the next book worth reading" {
    kind = "functional", importance = "crucial",
    evidence = "analysis of 2 million search sessions", confidence = "validated",
  },
  job "Unwind with a story after work" {
    kind = "emotional", importance = 4, context = "30 minutes in bed or on the train home",
    evidence = "survey of 3,000 customers", confidence = "validated",
  },
  job "Give a book that shows I know a friend's taste" {
    kind = "social", importance = 3,
    evidence = "order data: 1 order in 5 in December is a gift", confidence = "observed",
  },
  job "Buy and receive books without a trip to the shop" {
    kind = "supporting", role = "buyer", importance = 2,
  },
  job "Pass on or sell books already read" { kind = "supporting", role = "transferor", importance = 1 },

  pain "15 dollars and a week wasted on a book abandoned after 50 pages" {
    id = "abandoned", kind = "functional", type = "undesired-outcome", severity = 4,
    evidence = "survey of 3,000 customers", confidence = "validated",
  },
  pain "A gift that arrives after the birthday it was bought for" {
    id = "late-gift", kind = "social", type = "risk", severity = 3,
    evidence = "complaints to customer service", confidence = "observed",
  },
  pain "A 2-week wait when the local shop has to order a title" {
    kind = "ancillary", type = "obstacle", severity = 2,
    evidence = "survey of 3,000 customers", confidence = "validated",
  },
  pain "Shelves at home full: 200 books with nowhere to go" {
    kind = "functional", type = "characteristic", severity = 1,
  },

  gain "Recommendations of which 4 in 5 turn out worth finishing" {
    kind = "functional", level = "desired", relevance = "essential",
    evidence = "survey of 3,000 customers", confidence = "validated",
  },
  gain "Any of 2 million titles delivered within 2 days" {
    kind = "functional", level = "expected", relevance = "very important",
    evidence = "survey of 3,000 customers", confidence = "validated",
  },
  gain "Paying 20% under the cover price" {
    kind = "cost-saving", level = "expected", relevance = 3,
    evidence = "price tests on 500 titles", confidence = "observed",
  },
  gain "A reading list that friends can follow and comment on" {
    kind = "social", level = "unexpected", relevance = "nice to have",
  },
}

segment "Software teams" {
  id = "teams",
  about = "Companies of 20 to 2,000 people that build and run their own web software",
  customer = "business",
  bases = {
    demographic = "start-ups and mid-sized firms in retail, media and finance",
    geographic = "North America and Europe",
    behavioral = "start with a credit card and a small test; grow spending month by month",
  },
  need = "computing capacity that follows demand, without owning servers",
  channel = "developer documentation, a self-service console and a sales team for large accounts",
  relationship = "self-service, with account managers above 10,000 dollars a month",
  profitability = "high",
  willingness_to_pay = "by the hour of computing and the gigabyte stored: 2,000 to 200,000 dollars a month",

  job "Run a web application for 50,000 users a day" { kind = "functional", importance = "crucial" },
  job "Sleep through the night without a pager alert" { kind = "emotional", importance = 4 },
  job "Ship a new feature every week" { kind = "functional", importance = 3 },
  job "Look competent to the CTO when traffic peaks" { kind = "social", importance = 2 },
  job "Get the cloud budget approved by finance" {
    kind = "supporting", role = "buyer", importance = 2,
    context = "engineers choose the service; finance signs the yearly budget",
  },

  pain "An outage during a sales peak costs about 10,000 dollars an hour" {
    id = "outage", kind = "functional", type = "risk", severity = "extreme",
    evidence = "incident reports shared by 12 customers", confidence = "observed",
  },
  pain "Servers bought for the peak sit 70% idle the rest of the year" {
    id = "idle", kind = "functional", type = "problem", severity = 4,
    evidence = "utilisation data from 12 customers", confidence = "validated",
  },
  pain "2 weeks to get a new server racked and running" {
    kind = "ancillary", type = "obstacle", severity = 3,
  },
  pain "Monthly bills that swing by 40%, hard to explain to finance" {
    kind = "social", type = "characteristic", severity = 2,
  },

  gain "99.95% monthly uptime, backed by service credits" {
    kind = "functional", level = "required", relevance = "essential",
  },
  gain "Capacity added in minutes and paid by the second" {
    kind = "functional", level = "desired", relevance = "very important",
    evidence = "12 customer interviews", confidence = "observed",
  },
  gain "Hardware spending cut by a third" { kind = "cost-saving", level = "desired", relevance = 3 },
  gain "A conference talk on how the team scaled to 1 million users" {
    kind = "social", level = "unexpected", relevance = 1,
  },
}

-- One value proposition per segment. Each addresses the top 3 jobs, pains and
-- gains of its segment. The readers' top notes are backed by evidence, so
-- `canvas fit` puts that fit "in the market"; most of the software teams' top
-- notes are still assumptions, so theirs stays "on paper" until tested.
value "Riverpage bookshop" {
  segment = "readers",
  product "Online catalogue of 2 million titles" { kind = "digital" },
  product "Two-day delivery and gift wrapping" { kind = "intangible" },
  product "E-books for the phone and e-reader" { kind = "digital" },

  helps "Find the next book worth reading" {
    how = "recommendations from the reader's ratings, readers' reviews and free sample chapters",
  },
  helps "Unwind with a story after work" {
    how = "an e-book bought on the train is on the phone within a minute",
  },
  helps "Give a book that shows I know a friend's taste" {
    how = "friends' public wish lists, gift wrapping and a card with a personal message",
  },

  relieves "abandoned" { how = "free sample chapters and recommendations from the reader's own ratings" },
  relieves "late-gift" { how = "a guaranteed delivery date shown before payment" },
  relieves "A 2-week wait when the local shop has to order a title" {
    how = "any of 2 million titles delivered within 2 days, or as an e-book at once",
  },
  creates "Recommendations of which 4 in 5 turn out worth finishing" {
    how = "recommendations built from what similar readers finished, not only what they bought",
  },
  creates "Any of 2 million titles delivered within 2 days" {
    how = "warehouses within a day's drive of 9 in 10 customers",
  },
  creates "Paying 20% under the cover price" {
    how = "20% off the cover price of most titles: warehouses cost less than shops",
  },
}

value "Riverpage Cloud" {
  segment = "teams",
  product "Virtual servers billed by the second" { kind = "digital" },
  product "Managed databases with automatic backups" { kind = "digital" },
  product "Support plan with 15-minute response for outages" { kind = "intangible" },

  helps "Run a web application for 50,000 users a day" {
    how = "virtual servers behind a load balancer, added as the number of users grows",
  },
  helps "Sleep through the night without a pager alert" {
    how = "failed servers replaced automatically; support answers an outage within 15 minutes",
  },
  helps "Ship a new feature every week" {
    how = "managed databases and servers in 60 seconds: no week lost to setting up hardware",
  },

  relieves "outage" { how = "servers spread over 3 data centres; traffic moves when one fails" },
  relieves "idle" { how = "capacity that scales up and down with traffic, billed only while used" },
  relieves "2 weeks to get a new server racked and running" { how = "a new server running in 60 seconds" },

  creates "99.95% monthly uptime, backed by service credits" {
    how = "a service-level agreement that pays credits for every hour below target",
  },
  creates "Capacity added in minutes and paid by the second" { how = "automatic scaling rules" },
  creates "Hardware spending cut by a third" {
    how = "no servers bought for the peak: pay for the hours used, not for servers 70% idle",
  },
}
