-- Multi-sided platform: a credit-card company. Cardholders want a card that
-- shops accept; merchants accept a card only if enough cardholders carry it.
-- Each side needs the other, which `depends_on` records in both directions.
-- (Keystone is an invented card network.)
canvas "Keystone Card" {
  about  = "A credit-card network that issues cards and signs up merchants to accept them",
  market = "multi-sided",
}

segment "Cardholders" {
  id = "cardholders",
  about = "Adults who pay with a credit card for everyday and large purchases",
  customer = "consumer",
  bases = {
    demographic = "adults with a regular income and a credit history",
    behavioral = "pay by card 20 to 40 times a month, online and in shops",
  },
  need = "a safe way to pay anywhere, with short-term credit",
  channel = "partner banks' branches and apps, online applications",
  relationship = "self-service app, with a 24-hour phone line for fraud and lost cards",
  profitability = "medium",
  willingness_to_pay = "an annual fee of 0 to 95 dollars, more for travel benefits",
  depends_on = "Merchants",

  job "Pay for purchases in shops and online" {
    kind = "functional", importance = "crucial",
    evidence = "payment data: 20 to 40 card payments a month per cardholder",
    confidence = "validated",
  },
  job "Feel safe paying on a website I have never used" {
    kind = "emotional", importance = 4,
    evidence = "survey of 2,000 cardholders", confidence = "validated",
  },
  job "Spread the cost of a large purchase over a few months" {
    kind = "functional", importance = 3,
    evidence = "survey of 2,000 cardholders", confidence = "validated",
  },
  job "Be seen as creditworthy when renting a car or checking into a hotel" {
    kind = "social", importance = 2,
  },
  job "Compare card offers and apply for one" { kind = "supporting", role = "buyer", importance = 2 },

  pain "About 500 dollars lost per case of card fraud, and weeks to get it back" {
    id = "fraud", kind = "functional", type = "risk", severity = "extreme",
    evidence = "fraud-claim data", confidence = "validated",
  },
  pain "Interest of 24% a year on balances carried over" {
    kind = "functional", type = "problem", severity = 4,
    evidence = "survey of 2,000 cardholders", confidence = "validated",
  },
  pain "A card declined abroad, in front of colleagues or family" {
    id = "declined", kind = "social", type = "undesired-outcome", severity = 3,
    evidence = "complaints to the call centre", confidence = "observed",
  },
  pain "A 3% fee on every purchase made in another currency" {
    kind = "functional", type = "characteristic", severity = 2,
  },

  gain "No liability for fraudulent charges, refunded within 5 days" {
    kind = "emotional", level = "required", relevance = "essential",
    evidence = { "fraud-claim data", "survey of 2,000 cardholders" }, confidence = "validated",
  },
  gain "Accepted in 9 of 10 shops I use, at home and abroad" {
    kind = "functional", level = "required", relevance = "very important",
    evidence = "survey of 2,000 cardholders", confidence = "validated",
  },
  gain "1% cash back on every purchase" {
    kind = "cost-saving", level = "desired", relevance = 3,
    evidence = "a test of 2 card offers with 10,000 applicants", confidence = "validated",
  },
  gain "Up to 55 days to pay without interest" { kind = "cost-saving", level = "expected", relevance = 2 },
  gain "Airport lounge access on trips abroad" { kind = "social", level = "unexpected", relevance = 1 },
}

segment "Merchants" {
  id = "merchants",
  about = "Shops, restaurants and web shops that take card payments",
  customer = "business",
  bases = {
    demographic = "independent shops and chains; 1 to 5,000 staff",
    geographic = "the countries where the network issues cards",
    behavioral = "take 30% to 90% of their sales by card",
  },
  need = "to accept every customer's payment quickly and be paid soon after",
  channel = "payment providers (acquirers) and a merchant sales team for large chains",
  relationship = "through the payment provider; key accounts for chains",
  profitability = "high",
  willingness_to_pay = "a fee per transaction, 1% to 2.5% of the amount",
  depends_on = "cardholders",

  job "Take payment from every customer who walks in or clicks" {
    kind = "functional", importance = "crucial",
  },
  job "Sell more to each customer per visit" { kind = "functional", importance = 4 },
  job "Feel sure a payment will not be taken back weeks later" { kind = "emotional", importance = 3 },
  job "Look like a serious, modern shop to customers" { kind = "social", importance = 2 },
  job "Choose a card terminal and sign up with a payment provider" {
    kind = "supporting", role = "buyer", importance = 2,
  },

  pain "About 1 sale in 10 lost when a customer's card is not accepted" {
    id = "lost-sales", kind = "functional", type = "undesired-outcome", severity = "extreme",
    evidence = "till data from 40 shops", confidence = "validated",
  },
  pain "A fee of 2.5% on every card payment" {
    id = "fees", kind = "functional", type = "problem", severity = 4,
    evidence = "interviews with 25 shop owners", confidence = "observed",
  },
  pain "Disputed payments that take 60 days to settle" {
    id = "chargebacks", kind = "emotional", type = "risk", severity = 3,
    evidence = "interviews with 25 shop owners", confidence = "observed",
  },
  pain "Card takings paid out 3 days after the sale" {
    kind = "functional", type = "characteristic", severity = 2,
  },

  gain "Customers who spend 20% more per visit when they can pay by card" {
    kind = "functional", level = "desired", relevance = "essential",
    evidence = "till data from 40 shops", confidence = "validated",
  },
  gain "Card takings in the bank account the next business day" {
    kind = "functional", level = "expected", relevance = 4,
  },
  gain "Fees under 1.5% for businesses with under 1 million dollars of sales" {
    kind = "cost-saving", level = "desired", relevance = 3,
  },
  gain "Listed in the cardholders' app as a nearby shop with an offer" {
    kind = "social", level = "unexpected", relevance = 2,
  },
}

-- One value proposition for each side of the platform, each aimed at the top 3
-- jobs, pains and gains of its side. The cardholders' top notes are backed by
-- evidence, so `canvas fit` puts their fit "in the market"; the merchants' top
-- jobs and two of their top gains are still assumptions: "on paper".
value "Keystone card" {
  segment = "Cardholders",
  product "Keystone credit card" { kind = "financial" },
  product "Keystone app with instant payment alerts" { kind = "digital" },

  helps "Pay for purchases in shops and online" {
    how = "a contactless card, and the card in the phone's wallet for web shops and apps",
  },
  helps "Feel safe paying on a website I have never used" {
    how = "each payment to a new web shop confirmed in the app, and the zero-liability guarantee",
  },
  helps "Spread the cost of a large purchase over a few months" {
    how = "any purchase over 300 dollars split into 3 to 12 monthly payments in the app",
  },

  relieves "fraud" { how = "every payment checked in real time; an alert in the app within seconds" },
  relieves "Interest of 24% a year on balances carried over" {
    how = "a 0% instalment plan for purchases over 300 dollars",
  },
  relieves "declined" { how = "travel mode: no checks to unblock, the card works in 200 countries" },

  creates "No liability for fraudulent charges, refunded within 5 days" {
    how = "a zero-liability guarantee, with a provisional refund while the case runs",
  },
  creates "Accepted in 9 of 10 shops I use, at home and abroad" {
    how = "the merchant network on the other side of the platform",
  },
  creates "1% cash back on every purchase" { how = "paid from the merchant fees" },
}

value "Keystone acceptance" {
  segment = "merchants",
  product "Card acceptance through any payment provider" { kind = "intangible" },
  product "Keystone merchant dashboard" { kind = "digital" },

  helps "Take payment from every customer who walks in or clicks" {
    how = "the card works on the terminals and web checkouts of every major payment provider",
  },
  helps "Sell more to each customer per visit" {
    how = "cardholders can split a purchase over 300 dollars into monthly payments at the till",
  },
  helps "Feel sure a payment will not be taken back weeks later" {
    how = "a payment the cardholder confirmed in the app cannot be charged back as fraud",
  },

  relieves "lost-sales" { how = "tens of millions of cardholders already carry the card" },
  relieves "fees" { how = "a 1.4% rate for small businesses" },
  relieves "chargebacks" { how = "disputes decided within 10 days, with the evidence in the dashboard" },
  relieves "Card takings paid out 3 days after the sale" { how = "next-day settlement" },

  creates "Customers who spend 20% more per visit when they can pay by card" {
    how = "cardholders can buy on credit and pay later",
  },
  creates "Card takings in the bank account the next business day" { how = "next-day settlement" },
  creates "Fees under 1.5% for businesses with under 1 million dollars of sales" {
    how = "the 1.4% rate for small businesses, with no monthly minimum",
  },
}
