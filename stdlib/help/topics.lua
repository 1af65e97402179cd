-- The help topics: the framework's concepts, in the order of
-- ../shared/DOMAIN.md, then the REPL's own words. help/init.lua finds
-- and renders them. Each topic is a table with
--   name      what to type after help: lower case, words joined by "-"
--   title     the heading
--   group     the heading of the index group it is listed under
--   words     other words that find it (singulars, field names, values)
--   text      a few short paragraphs of plain text, lines of at most 72
--             columns. A paragraph whose first line starts with "- " or
--             "1. " is a list (items continue on indented lines); one
--             whose first line is indented is kept as written
--   example   optional: a canvas script that loads without errors, lines
--             of at most 70 columns
--   rules     IDs of the checks that look at the concept
--   examples  files of examples/ that show it
--   see       names of related topics
--   repl      for a concept topic that is also a word of the REPL: its
--             place among the REPL's words in the index
-- The texts are our own words.

local SEGMENTS = "Customer segments"
local MARKETS = "Market patterns"
local ARCHETYPES = "Customer archetypes"
local JOBS = "Jobs"
local PAINS = "Pains"
local GAINS = "Gains"
local METHOD = "Working method"
local VALUE = "Value map and fit"
local RANKING = "Ranking and checks"
local REPL = "In the REPL"

return {

---------------------------------------------------------------------------
-- Customer segments
---------------------------------------------------------------------------
{
  name = "segments", title = "Customer segments", group = SEGMENTS,
  words = { "segment", "customer segment", "customer segments", "customer", "customers",
            "consumer", "business", "b2b", "b2c" },
  text = [[
A customer segment is one group of people or organisations that the
business sets out to serve and sell to. What its members share (a
need, a habit, a situation) is what lets one offer suit all of them.
A business may serve a single segment or several, and each one gets
a customer profile of its own: its jobs, pains and gains.

In a script, segment "Name" { ... } declares one. customer says
whether it is made of people ("consumer") or of organisations
("business"); bases says how to tell its members apart; the five
signs (need, channel, relationship, profitability and
willingness_to_pay) say why the group is a segment of its own.

The jobs, pains and gains written inside the segment's table, or
after it in the script, belong to it.
]],
  example = [[
segment "Daily commuters" {
  customer = "consumer",
  bases = { geographic = "the city centre and inner suburbs" },
  need = "a trip to work that takes the same time every day",
  job "Get to work by 9 every weekday" { importance = 5 },
  pain "Buses 15 minutes late twice a week" { severity = 4 },
  gain "Door to desk in under 25 minutes" { relevance = 5 },
}
]],
  rules = { "CS001", "CS002", "CS010", "CS011", "CS012", "CS013" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "bases", "signs", "market", "jobs", "pains", "gains" },
},
{
  name = "bases", title = "Segmentation bases", group = SEGMENTS,
  words = { "basis", "segmentation", "segmentation bases", "demographic", "geographic",
            "psychographic", "behavioral", "behavioural" },
  text = [[
A basis is a way of drawing the line around a segment. There are
four of them:
- demographic: age, gender, income, education, profession;
- geographic: the country, region or city the members live in;
- psychographic: lifestyle, status, personality, interests, what
  drives them and how they like to spend;
- behavioral (or behavioural): how and how often they buy or use.

The bases field of a segment takes one text per basis. Write what is
true of the members, with figures where you have them. A niche is
defined by what narrows it, so in a niche market CS014 asks every
segment for at least one basis.
]],
  example = [[
segment "Young runners" {
  bases = {
    demographic = "aged 18 to 30, students and young professionals",
    geographic = "the three largest cities",
    psychographic = "training for a first half marathon",
    behavioral = "run 3 times a week; buy shoes twice a year",
  },
}
]],
  rules = { "CS014" },
  examples = { "examples/niche-market.lua", "examples/template.lua" },
  see = { "segments", "signs", "niche" },
},
{
  name = "signs", title = "The five signs of a segment", group = SEGMENTS,
  words = { "sign", "five signs", "distinct segment", "separate segment" },
  text = [[
Not every difference between customers calls for a new segment. A
group deserves a segment of its own when at least one of these holds,
and any one of them is enough:
1. it has a need of its own, which calls for an offer of its own;
2. it is reached through another distribution channel;
3. it expects another kind of customer relationship;
4. it is clearly more, or less, profitable than the others;
5. it will pay for a different version of the offer.

Each sign is a field of segment: need, channel, relationship,
profitability and willingness_to_pay. Filling them in is how a script
says why two segments are two. CS011 reports two segments that agree
on every sign they both declare; in a segmented market, CS014 asks
each segment to declare at least one.
]],
  example = [[
segment "Students" {
  need = "a laptop that lasts a full day of lectures",
  channel = "the campus shop",
  profitability = "low",
}
segment "Film studios" {
  need = "a workstation that renders 4K video overnight",
  channel = "a dealer with on-site service",
  relationship = "a named account manager",
  profitability = "high",
  willingness_to_pay = "3,000 dollars or more, with on-site repair",
}
]],
  rules = { "CS011", "CS014" },
  examples = { "examples/segmented-market.lua", "examples/common-mistakes.lua",
               "examples/template.lua" },
  see = { "need", "channel", "relationship", "profitability", "willingness-to-pay",
          "segmented" },
},
{
  name = "need", title = "Sign 1: a distinct need", group = SEGMENTS,
  words = { "needs", "distinct need" },
  text = [[
The first sign: the group needs something the others do not, and the
difference is big enough to justify an offer of its own. Write the
need the way the customer would put it, not as a description of your
product.

need = "..." on a segment is text. Two segments whose needs read the
same and that differ in no other sign may be one segment (CS011).
]],
  example = [[
segment "Night-shift nurses" {
  need = "a hot meal delivered between 1 and 4 in the morning",
}
segment "Office workers" {
  need = "lunch at the desk by 12:30, for under 10 dollars",
}
]],
  rules = { "CS011", "CS014" },
  examples = { "examples/template.lua", "examples/segmented-market.lua" },
  see = { "signs", "channel", "jobs" },
},
{
  name = "channel", title = "Sign 2: a different channel", group = SEGMENTS,
  words = { "channels", "distribution channel", "distribution" },
  text = [[
The second sign: the group is reached through a different
distribution channel, that is where it hears of the offer, buys it
and receives it. People who buy in a shop and companies that buy
through a sales team are two segments, even when they want the same
thing.

channel = "..." on a segment is text. Say where and how, concretely.
]],
  example = [[
segment "Home bakers" {
  channel = "supermarket shelves and the brand's web shop",
}
segment "Bakeries" {
  channel = "a wholesaler that delivers 25 kg sacks every week",
}
]],
  rules = { "CS011", "CS014" },
  examples = { "examples/template.lua", "examples/segmented-market.lua" },
  see = { "signs", "need", "relationship" },
},
{
  name = "relationship", title = "Sign 3: a different relationship", group = SEGMENTS,
  words = { "relationships", "customer relationship" },
  text = [[
The third sign: the group expects another kind of relationship with
the business: self-service, an automated service, a community, a
person to call, a named account manager. When one group is happy
with an app and another wants someone who knows them by name, they
are two segments.

relationship = "..." on a segment is text.
]],
  example = [[
segment "Everyday clients" {
  relationship = "self-service in the app, a call centre if needed",
}
segment "Private clients" {
  relationship = "one banker who knows the family, 4 meetings a year",
}
]],
  rules = { "CS011", "CS014" },
  examples = { "examples/segmented-market.lua", "examples/template.lua" },
  see = { "signs", "channel", "profitability" },
},
{
  name = "profitability", title = "Sign 4: a different profitability", group = SEGMENTS,
  words = { "profitable", "profit", "margin" },
  text = [[
The fourth sign: the group is clearly more profitable, or less, than
the others. A group that brings in ten times the margin deserves an
offer, a channel or a level of care of its own, even when its needs
look much the same.

profitability on a segment takes "low", "medium" or "high", compared
with the business's other segments rather than with the market.
]],
  example = [[
segment "Hobby photographers" { profitability = "low" }
segment "Wedding photographers" { profitability = "high" }
]],
  rules = { "CS011", "CS014" },
  examples = { "examples/segmented-market.lua", "examples/tidepool.lua" },
  see = { "signs", "willingness-to-pay" },
},
{
  name = "willingness-to-pay", title = "Sign 5: willingness to pay", group = SEGMENTS,
  words = { "willingness_to_pay", "willingness", "price", "pay", "paying" },
  text = [[
The fifth sign: the group will pay for a different version of the
offer: a premium edition, a cheaper basic one, a subscription rather
than a single purchase. Say what it pays, how, and for which version.

willingness_to_pay = "..." on a segment is text. Figures make it
useful: "20 to 30 dollars a month" says more than "medium".
]],
  example = [[
segment "Casual players" {
  willingness_to_pay = "nothing up front; 2 to 5 dollars for extras",
}
segment "Competitive players" {
  willingness_to_pay = "60 dollars for the game and a season pass",
}
]],
  rules = { "CS011", "CS014" },
  examples = { "examples/template.lua", "examples/segmented-market.lua" },
  see = { "signs", "profitability" },
},

---------------------------------------------------------------------------
-- Market patterns
---------------------------------------------------------------------------
{
  name = "market", title = "Market patterns", group = MARKETS,
  words = { "markets", "market pattern", "market patterns", "pattern", "patterns" },
  text = [[
A market pattern says how a business chooses the segments it serves.
There are five:
- mass: one broad population with one shared need;
- niche: one narrow segment with specific needs;
- segmented: several segments whose needs differ only a little;
- diversified: segments with very different needs, one organisation;
- multi-sided: segments that need each other to be there.

The canvas declaration records it: canvas "Name" { market = "niche" }.
The words are read loosely: "Multi Sided", "platform" and "niche
market" all work. When the segments do not have the shape the
pattern implies, CS014 says so.
]],
  example = [[
canvas "Pedal City" { market = "niche" }
segment "Daily commuters" {
  bases = { geographic = "the city centre and inner suburbs" },
}
]],
  rules = { "CS014", "CS015" },
  examples = { "examples/mass-market.lua", "examples/niche-market.lua",
               "examples/segmented-market.lua", "examples/diversified-market.lua",
               "examples/multi-sided-credit-card.lua" },
  see = { "mass", "niche", "segmented", "diversified", "multi-sided", "segments" },
},
{
  name = "mass", title = "Mass market", group = MARKETS,
  words = { "mass market", "mass-market" },
  text = [[
A mass market treats its customers as one large group with broadly
the same need and the same problems. Nobody gets a separate offer,
channel or relationship: a maker of household fridges sells one
range to every kind of household.

Declare it with market = "mass" (or "mass market"). Such a canvas has
one segment; CS014 reports a second one, since it means the business
does tell its customers apart after all.
]],
  example = [[
canvas "Frostline" { market = "mass" }
segment "Households" {
  need = "keep a week of food cold, fresh and safe",
}
]],
  rules = { "CS014" },
  examples = { "examples/mass-market.lua" },
  see = { "market", "niche", "segmented" },
},
{
  name = "niche", title = "Niche market", group = MARKETS,
  words = { "niche market", "niche-market" },
  text = [[
A niche market serves one narrow segment with very specific needs,
with an offer cut to measure: a supplier that makes brake parts for a
handful of car makers and builds its deliveries around their assembly
lines. Niches are common between two businesses.

Declare it with market = "niche". What makes a niche is what narrows
it, so CS014 asks each segment of a niche canvas for bases: who
exactly the customers are, where they are and how they buy.
]],
  example = [[
canvas "Brakeworks" { market = "niche" }
segment "Car makers" {
  customer = "business",
  bases = {
    demographic = "car makers building 200,000 cars a year",
    geographic = "assembly plants in central Europe",
  },
}
]],
  rules = { "CS014" },
  examples = { "examples/niche-market.lua", "examples/template.lua" },
  see = { "market", "bases", "mass" },
},
{
  name = "segmented", title = "Segmented market", group = MARKETS,
  words = { "segmented market", "segmented-market" },
  text = [[
A segmented market has several segments whose needs differ only
slightly, and gives each its own offer, channel or relationship. A
retail bank may split clients with about 100,000 dollars from those
with 500,000 or more: both save and invest, but they are served by
different people, through different channels, at different prices.

Declare it with market = "segmented". Each segment must then say what
sets it apart: CS014 asks for two segments or more, each declaring at
least one of the five signs, and CS011 reports two that differ in
none of them.
]],
  example = [[
canvas "Harbour Bank" { market = "segmented" }
segment "Everyday clients" {
  channel = "the app and the branches",
  profitability = "medium",
}
segment "Private clients" {
  channel = "a personal banker who visits the client",
  profitability = "high",
}
]],
  rules = { "CS014", "CS011" },
  examples = { "examples/segmented-market.lua" },
  see = { "market", "signs", "diversified" },
},
{
  name = "diversified", title = "Diversified market", group = MARKETS,
  words = { "diversified market", "diversified-market", "diversification" },
  text = [[
A diversified business serves two or more segments that have little
in common: their needs and problems are far apart. One example is an
online bookseller that also rents computing power to software
companies, reusing the data centres it built for its shop.

Declare it with market = "diversified". The segments should not share
most of their jobs; if they do, the pattern is more likely segmented
(CS014). Each segment needs a value proposition of its own (CS012).
]],
  example = [[
canvas "Riverpage" { market = "diversified" }
segment "Book readers" {
  job "Find the next book worth reading" { importance = 5 },
}
segment "Software teams" {
  job "Run a web application for 50,000 users a day" {
    importance = 5,
  },
}
]],
  rules = { "CS014", "CS012" },
  examples = { "examples/diversified-market.lua" },
  see = { "market", "segmented", "value" },
},
{
  name = "multi-sided", title = "Multi-sided platforms", group = MARKETS,
  words = { "multi-sided platform", "multi-sided market", "platform", "platforms",
            "two-sided", "side", "sides", "depends_on", "depends on" },
  text = [[
A multi-sided platform serves two or more segments that depend on
each other: each side comes because the others are there. A credit
card is worth carrying only where shops take it, and shops take it
only if enough people carry it; an auction site needs both buyers and
sellers.

Declare it with market = "multi-sided" (also "multisided" or
"platform"). Every segment is then a side, and depends_on names the
sides it needs, by name or id. CS015 reports a side that no link
joins to the others, CS014 a platform with fewer than two sides, and
CS018 a depends_on that names no segment.
]],
  example = [[
canvas "Keystone Card" { market = "multi-sided" }
segment "Cardholders" { depends_on = "Merchants" }
segment "Merchants" { depends_on = { "Cardholders" } }
]],
  rules = { "CS014", "CS015", "CS018" },
  examples = { "examples/multi-sided-credit-card.lua", "examples/tidepool.lua",
               "examples/common-mistakes-fixed.lua" },
  see = { "market", "segments", "value" },
},

---------------------------------------------------------------------------
-- Customer archetypes
---------------------------------------------------------------------------
{
  name = "archetypes", title = "Customer archetypes", group = ARCHETYPES,
  words = { "archetype", "influence", "influencer", "influencers", "influence roles" },
  text = [[
Within an audience, some customers sway what the others choose.
Their influence roles are called archetypes. A segment that holds
them can be reached through them, and their jobs, pains and gains
may differ from the rest. Four are known:
- curator: sorts through many options and passes on the good ones;
- broadcaster: shares useful information with many people;
- tastemaker: has a taste that like-minded people follow;
- celebrity: famous, with fans who copy what they choose.

A segment lists the ones it holds with archetypes = { ... }; the
field takes only these four words.
]],
  example = [[
segment "Book readers" {
  archetypes = { "curator", "tastemaker" },
  notes = "book bloggers and reading-club hosts",
}
]],
  rules = {},
  examples = { "examples/diversified-market.lua" },
  see = { "curator", "broadcaster", "tastemaker", "celebrity", "segments" },
},
{
  name = "curator", title = "Archetype: curator", group = ARCHETYPES,
  words = { "curators" },
  text = [[
A curator filters a large choice down to the few options worth a look
and hands them on to an audience: the reviewer who lists the five
tents worth buying, the reading-club host who picks the month's book.
Winning over a curator puts an offer on a short list that many people
read.

Write archetypes = { "curator" } on a segment that holds curators.
]],
  example = [[
segment "Hikers" {
  archetypes = { "curator" },
  job "Pick one tent out of 300 models in under an hour" {
    kind = "functional", importance = 3,
  },
}
]],
  rules = {},
  examples = { "examples/diversified-market.lua" },
  see = { "archetypes", "broadcaster", "tastemaker" },
},
{
  name = "broadcaster", title = "Archetype: broadcaster", group = ARCHETYPES,
  words = { "broadcasters" },
  text = [[
A broadcaster passes useful information on to a large audience: a
newsletter with many readers, a forum moderator, a channel that
explains how things work. Broadcasters shape what many people know,
more than what they like.

Write archetypes = { "broadcaster" } on a segment that holds them.
]],
  example = [[
segment "Home brewers" {
  archetypes = { "broadcaster" },
  notes = "two forum moderators with 40,000 readers each",
}
]],
  rules = {},
  examples = {},
  see = { "archetypes", "curator", "celebrity" },
},
{
  name = "tastemaker", title = "Archetype: tastemaker", group = ARCHETYPES,
  words = { "tastemakers", "taste maker", "trendsetter" },
  text = [[
A tastemaker has a distinct taste, and people who share it follow
their lead: the barista whose choice of beans the regulars copy, the
designer whose shelves get photographed. A tastemaker's approval says
"this is for people like us".

Write archetypes = { "tastemaker" } on a segment that holds them.
]],
  example = [[
segment "Coffee lovers" {
  archetypes = { "tastemaker" },
  gain "Beans the local barista also serves" {
    kind = "social", level = "desired", relevance = 3,
  },
}
]],
  rules = {},
  examples = { "examples/diversified-market.lua" },
  see = { "archetypes", "curator", "celebrity" },
},
{
  name = "celebrity", title = "Archetype: celebrity", group = ARCHETYPES,
  words = { "celebrities", "famous", "star" },
  text = [[
A celebrity is famous, with devoted followers who copy what they
wear, use and buy. Their influence is wide rather than expert: it
comes from who they are, not from what they know.

Write archetypes = { "celebrity" } on a segment that holds them.
]],
  example = [[
segment "Fitness fans" {
  archetypes = { "celebrity" },
  notes = "follow two athletes who post their training every day",
}
]],
  rules = {},
  examples = {},
  see = { "archetypes", "tastemaker", "broadcaster" },
},

---------------------------------------------------------------------------
-- Jobs
---------------------------------------------------------------------------
{
  name = "jobs", title = "Jobs", group = JOBS,
  words = { "job", "customer jobs", "jobs to be done", "job to be done", "jtbd",
            "task", "tasks" },
  text = [[
Jobs are what customers are trying to get done in their work and in
their lives: tasks to finish, problems to solve, needs to meet. A job
belongs to the customer, not to your product: list the jobs of a
segment whether or not your offer helps with any of them.

job "text" { ... } declares one, inside a segment's table or after
it. kind is "functional", "social", "emotional" (or "personal") or
"supporting"; a supporting job also takes a role; context says where
and with whom; importance ranks it.

Write a job as something the customer does ("Get to work by 9"), not
as a result they want ("A faster commute"): results are gains, and
CS006 reports a job worded as one.
]],
  example = [[
segment "Daily commuters" {
  job "Get to work by 9 every weekday" {
    kind = "functional", importance = "crucial",
  },
  job "Arrive at the office looking presentable" {
    kind = "social", importance = 4,
  },
  job "Feel in control instead of waiting on delays" {
    kind = "emotional", importance = 3,
  },
}
]],
  rules = { "CS001", "CS002", "CS003", "CS004", "CS006", "CS007" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "functional-jobs", "social-jobs", "emotional-jobs", "supporting-jobs",
          "context", "importance", "pains", "gains" },
},
{
  name = "functional-jobs", title = "Functional jobs", group = JOBS,
  words = { "functional", "functional job" },
  text = [[
A functional job is a concrete task to carry out or a result to
deliver: cook dinner for four, file the tax return, reach this
quarter's sales target, get across town by 9. It is the kind of job
people think of first.

Write kind = "functional" on the job. A profile whose jobs are all
functional or supporting leaves out how customers want to be seen
and to feel, which CS003 reports.
]],
  example = [[
segment "Parents" {
  job "Cook one dinner that all four of us eat" {
    kind = "functional", importance = 5,
  },
}
]],
  rules = { "CS003" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "jobs", "social-jobs", "emotional-jobs" },
},
{
  name = "social-jobs", title = "Social jobs", group = JOBS,
  words = { "social", "social job", "status" },
  text = [[
A social job is about how customers want others to see them: to look
competent in front of the boss, to fit in with a group, to be the
friend who always finds the good restaurant. Status and belonging are
jobs too, and they are often more pressing than they first seem.

Write kind = "social" on the job. CS003 reports a profile that has no
social and no emotional job.
]],
  example = [[
segment "Team leads" {
  job "Look well prepared in front of the board" {
    kind = "social", importance = 4,
  },
}
]],
  rules = { "CS003" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "jobs", "emotional-jobs", "functional-jobs" },
},
{
  name = "emotional-jobs", title = "Emotional jobs", group = JOBS,
  words = { "emotional", "emotional job", "personal", "personal job", "feelings" },
  text = [[
An emotional (or personal) job is about how customers want to feel:
calm at a family dinner, safe on the walk home at night, proud of
finishing a first marathon. Such jobs are easy to overlook, yet they
often matter more to the customer than the functional ones.

Write kind = "emotional" on the job; "personal" means the same.
CS003 reports a profile that has no social and no emotional job.
]],
  example = [[
segment "Parents of diabetic children" {
  job "Feel sure my child is safe at night" {
    kind = "emotional", importance = "crucial",
  },
}
]],
  rules = { "CS003" },
  examples = { "examples/tidepool.lua", "examples/template.lua" },
  see = { "jobs", "social-jobs", "emotional-pains" },
},
{
  name = "supporting-jobs", title = "Supporting jobs", group = JOBS,
  words = { "supporting", "supporting job", "role", "roles" },
  text = [[
Supporting jobs are what customers do around getting and owning
value, rather than using it. They come in three roles:
- buyer: look at options, compare, pay, take delivery;
- co-creator: help shape the offer: design, test, review;
- transferor: end the product's life: resell, give away, dispose.

Write kind = "supporting" and a role on the job. role is only for
supporting jobs: on a job of any other kind it is a load error.
]],
  example = [[
segment "Households" {
  job "Compare 3 fridges and get one installed" {
    kind = "supporting", role = "buyer", importance = 2,
  },
  job "Get rid of the old fridge without breaking the law" {
    kind = "supporting", role = "transferor", importance = 2,
  },
}
]],
  rules = { "CS003" },
  examples = { "examples/template.lua", "examples/mass-market.lua",
               "examples/diversified-market.lua" },
  see = { "buyer", "co-creator", "transferor", "jobs" },
},
{
  name = "buyer", title = "Supporting role: buyer of value", group = JOBS,
  words = { "buyers", "buyer of value", "buying", "purchase", "purchasing" },
  text = [[
The buyer role covers the jobs of purchasing: looking for options,
comparing them, asking for a quote, paying and taking delivery. For
business customers the buyer is often not the person who uses the
product, and has pains of their own: budgets, approvals, purchase
orders.

Write kind = "supporting", role = "buyer" on the job. In a business
segment, buying jobs beside the users' jobs may mean that the segment
hides two groups (CS013).
]],
  example = [[
segment "Office managers" {
  customer = "business",
  job "Compare 3 caterers before the purchase order" {
    kind = "supporting", role = "buyer", importance = 4,
  },
}
]],
  rules = { "CS013" },
  examples = { "examples/template.lua", "examples/diversified-market.lua" },
  see = { "supporting-jobs", "co-creator", "transferor", "best-practices" },
},
{
  name = "co-creator", title = "Supporting role: co-creator of value", group = JOBS,
  words = { "cocreator", "co-creators", "co-creator of value", "co-creation" },
  text = [[
The co-creator role covers the jobs of taking part in making the
value: suggesting a feature, testing a prototype, writing a review,
working out a plan together with the supplier. Some customers want
this part; for others it is a chore.

Write kind = "supporting", role = "co-creator" on the job
("cocreator" works too).
]],
  example = [[
segment "Private clients" {
  job "Review the portfolio strategy with the banker" {
    kind = "supporting", role = "co-creator", importance = 2,
  },
}
]],
  rules = {},
  examples = { "examples/niche-market.lua", "examples/segmented-market.lua" },
  see = { "supporting-jobs", "buyer", "transferor" },
},
{
  name = "transferor", title = "Supporting role: transferor of value", group = JOBS,
  words = { "transferors", "transferor of value", "resell", "dispose", "disposal" },
  text = [[
The transferor role covers the jobs at the end of a product's life:
cancelling a subscription, selling it second hand, handing it on,
recycling it or throwing it away. These jobs are easy to forget, and
an offer that makes them simple can stand out.

Write kind = "supporting", role = "transferor" on the job.
]],
  example = [[
segment "Book readers" {
  job "Pass on or sell the books already read" {
    kind = "supporting", role = "transferor", importance = 1,
  },
}
]],
  rules = {},
  examples = { "examples/diversified-market.lua", "examples/mass-market.lua" },
  see = { "supporting-jobs", "buyer", "co-creator" },
},
{
  name = "context", title = "Job context", group = JOBS,
  words = { "job context", "situation", "where and with whom" },
  text = [[
The same job changes with where it is done and with whom. Watching a
film at home with the children is not the same job as watching one
on a date; a lunch eaten at the desk is not a lunch with a client.
The context is part of the job: it decides what counts as a pain and
what counts as a gain.

Write context = "..." on a job: the place, the people, the time and
the constraints.
]],
  example = [[
segment "Busy parents" {
  job "Cook dinner on school nights" {
    kind = "functional", importance = 5,
    context = "20 minutes between football practice and bedtime",
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/mass-market.lua" },
  see = { "jobs", "importance" },
},
{
  name = "importance", title = "Importance of a job", group = JOBS,
  words = { "important job", "crucial", "very high" },
  text = [[
Importance says how much a job matters to the customer, from the
jobs they cannot do without to the ones they would gladly drop or
leave to someone else. Jobs are ranked by it in step 5, highest
first.

importance on a job takes a whole number from 1 to 5, or one of its
words: "low" (1), "medium" (2), "high" (3), "very high" (4) or
"crucial" (5). A job without importance ranks last (CS004); top jobs
that share a score leave their order to chance (CS019).
]],
  example = [[
segment "Daily commuters" {
  job "Get to work by 9 every weekday" { importance = "crucial" },
  job "Fit some exercise into the week" { importance = 2 },
}
]],
  rules = { "CS004", "CS019" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "ranking", "severity", "relevance", "jobs" },
},

---------------------------------------------------------------------------
-- Pains
---------------------------------------------------------------------------
{
  name = "pains", title = "Pains", group = PAINS,
  words = { "pain", "customer pains", "annoyance", "frustration" },
  text = [[
Pains are whatever bothers customers before, during or after a job,
or stops them from doing it at all: results they do not want, things
in the way, and the risk of things going wrong.

pain "text" { ... } declares one, inside a segment's table or after
it. kind says which part of the customer's life it touches, type how
it shows up and severity how much it hurts, which ranks it.

Make every pain concrete: not "waiting is annoying" but "waiting more
than 10 minutes in line is unbearable". How much, how long, how
often? CS005 reports pains too vague to act on.
]],
  example = [[
segment "Shoppers" {
  pain "More than 10 minutes in the checkout line on Saturdays" {
    kind = "emotional", type = "undesired-outcome", severity = 4,
  },
  pain "The card reader fails 1 payment in 20" {
    kind = "functional", type = "problem", severity = 3,
  },
}
]],
  rules = { "CS001", "CS002", "CS004", "CS005", "CS007", "CS016", "CS020" },
  examples = { "examples/tidepool.lua", "examples/template.lua" },
  see = { "pain-kinds", "pain-types", "severity", "gains", "jobs" },
},
{
  name = "pain-kinds", title = "Kinds of pain", group = PAINS,
  words = { "pain kind", "pain kinds", "kinds of pain" },
  text = [[
A pain's kind says which part of the customer's life it touches, in
the same terms as a job's kind:
- functional: the job itself fails or goes badly;
- social: the customer looks bad, or fears to;
- emotional: the customer feels bad: worry, anger, fear;
- ancillary: trouble around the job rather than in it: getting to
  the shop, setting things up, paperwork.

Write kind = "functional", "social", "emotional" (or "personal") or
"ancillary" on a pain.
]],
  example = [[
segment "Patients" {
  pain "Readings spread across 3 device apps" {
    kind = "ancillary", severity = 3,
  },
  pain "Fear of a hypo during the night" {
    kind = "emotional", severity = 5,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "functional-pains", "social-pains", "emotional-pains", "ancillary-pains",
          "pain-types" },
},
{
  name = "functional-pains", title = "Functional pains", group = PAINS,
  words = { "functional pain", "functional pains", "functional" },
  text = [[
A functional pain is one where the job itself does not work, works
badly or has side effects nobody wanted: the printer jams, the bus is
late, the monthly report takes a whole afternoon.

Write kind = "functional" on the pain.
]],
  example = [[
segment "Daily commuters" {
  pain "Buses 15 minutes late twice a week" {
    kind = "functional", severity = 4,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "pain-kinds", "functional-jobs" },
},
{
  name = "social-pains", title = "Social pains", group = PAINS,
  words = { "social pain", "social pains", "social" },
  text = [[
A social pain is about how others see the customer: being the one
who always arrives late, looking careless in front of a client,
losing face with the family.

Write kind = "social" on the pain.
]],
  example = [[
segment "Consultants" {
  pain "Arriving soaked at a client meeting on rainy days" {
    kind = "social", severity = 3,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "pain-kinds", "social-jobs" },
},
{
  name = "emotional-pains", title = "Emotional pains", group = PAINS,
  words = { "emotional pain", "emotional pains", "personal pain", "emotional", "fear",
            "worry" },
  text = [[
An emotional pain is about how the customer feels: anxious before a
result, worn down by a process, afraid of a loss. An emotional pain
can hurt the most even when nothing has gone wrong yet.

Write kind = "emotional" on the pain; "personal" means the same.
]],
  example = [[
segment "Parents of diabetic children" {
  pain "Fear of losing a child to a hypo at night" {
    kind = "emotional", type = "risk", severity = "extreme",
  },
}
]],
  rules = {},
  examples = { "examples/tidepool.lua", "examples/mass-market.lua" },
  see = { "pain-kinds", "emotional-jobs", "risks" },
},
{
  name = "ancillary-pains", title = "Ancillary pains", group = PAINS,
  words = { "ancillary", "ancillary pain" },
  text = [[
An ancillary pain comes from around the job rather than from the job
itself: driving to the shop, waiting in for a delivery, learning a
new tool, filling in forms. Customers feel these strongly, and an
offer can often take them away at little cost.

Write kind = "ancillary" on the pain.
]],
  example = [[
segment "Home cooks" {
  pain "A supermarket run takes 90 minutes every Saturday" {
    kind = "ancillary", type = "obstacle", severity = 3,
  },
}
]],
  rules = {},
  examples = { "examples/tidepool.lua", "examples/mass-market.lua" },
  see = { "pain-kinds", "obstacles" },
},
{
  name = "pain-types", title = "Types of pain", group = PAINS,
  words = { "pain type", "pain types", "types of pain", "type" },
  text = [[
A pain's type says how it shows up. The first three are close kin:
what is wrong with the results, or with the way things are done now.
- undesired-outcome: a result the customer does not want;
- problem: something that goes wrong, often again and again;
- characteristic: a trait of today's way that they dislike;
- obstacle: something that keeps a job from starting, or slows it;
- risk: something that could go wrong, and what it would cost.

Write type = "undesired-outcome" (or "outcome"), "problem",
"characteristic", "obstacle" or "risk" on a pain.
]],
  example = [[
segment "Device makers" {
  pain "Approval takes 6 months for every software change" {
    type = "obstacle", severity = 4,
  },
  pain "A recall if a data bug reaches patients" {
    type = "risk", severity = 5,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "undesired-outcomes", "problems", "characteristics", "obstacles", "risks",
          "pain-kinds" },
},
{
  name = "undesired-outcomes", title = "Pain type: undesired outcomes", group = PAINS,
  words = { "undesired outcome", "undesired-outcome", "outcome", "outcomes" },
  text = [[
An undesired outcome is a result the customer gets and does not want:
the job gets done, but badly or with side effects: a dish that comes
out dry, 30 dollars of spoiled food a month, a missed connection.

Write type = "undesired-outcome" (or "outcome") on a pain. Say what
the result is and how often it happens.
]],
  example = [[
segment "Households" {
  pain "About 30 dollars of spoiled vegetables a month" {
    type = "undesired-outcome", severity = 4,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "pain-types", "problems", "characteristics" },
},
{
  name = "problems", title = "Pain type: problems", group = PAINS,
  words = { "problem" },
  text = [[
A problem is something that goes wrong with the job, usually not just
once: the app logs you out, the invoice lacks the order number, the
monthly fee eats the interest.

Write type = "problem" on a pain.
]],
  example = [[
segment "Office managers" {
  pain "Invoices arrive without the purchase order number" {
    kind = "ancillary", type = "problem", severity = 3,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/segmented-market.lua" },
  see = { "pain-types", "undesired-outcomes", "characteristics" },
},
{
  name = "characteristics", title = "Pain type: characteristics", group = PAINS,
  words = { "characteristic" },
  text = [[
A characteristic is a trait of the way the job is done today that the
customer dislikes, even when nothing actually fails: a trip that
takes 45 minutes standing, a tool that needs a manual, a machine that
hums loud enough to hear from the bedroom.

Write type = "characteristic" on a pain.
]],
  example = [[
segment "Daily commuters" {
  pain "45 minutes a day standing in a crowded tram" {
    type = "characteristic", severity = 4,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/mass-market.lua" },
  see = { "pain-types", "undesired-outcomes", "problems" },
},
{
  name = "obstacles", title = "Pain type: obstacles", group = PAINS,
  words = { "obstacle", "barrier", "barriers", "blocker" },
  text = [[
An obstacle keeps a customer from starting a job, or slows them down
once they have: no time, no money, a form nobody understands, a shop
that is shut whenever they are free.

Write type = "obstacle" on a pain. Obstacles are often ancillary
(kind = "ancillary"): they sit around the job rather than in it.
]],
  example = [[
segment "Everyday clients" {
  pain "Branches open only 9 to 4 on weekdays" {
    kind = "ancillary", type = "obstacle", severity = 2,
  },
}
]],
  rules = {},
  examples = { "examples/tidepool.lua", "examples/diversified-market.lua" },
  see = { "pain-types", "ancillary-pains", "risks" },
},
{
  name = "risks", title = "Pain type: risks", group = PAINS,
  words = { "risk" },
  text = [[
A risk is something that could go wrong, with what it would cost:
losing data, failing an audit, a child falling ill from food kept too
warm. It has not happened, but the fear of it weighs on the customer
now.

Write type = "risk" on a pain, and let severity say how bad it would
be.
]],
  example = [[
segment "Households" {
  pain "Food kept above 5 degrees could make a child ill" {
    kind = "emotional", type = "risk", severity = "extreme",
  },
}
]],
  rules = {},
  examples = { "examples/tidepool.lua", "examples/template.lua" },
  see = { "pain-types", "obstacles", "emotional-pains", "severity" },
},
{
  name = "severity", title = "Severity of a pain", group = PAINS,
  words = { "severe", "extreme", "moderate", "considerable", "very severe" },
  text = [[
Severity says how badly a pain hurts, from a mild annoyance to
something the customer cannot bear. Pains are ranked by it in step 5,
most severe first, and fit is judged on the top ones.

severity on a pain takes a whole number from 1 to 5, or one of its
words: "moderate" (1), "considerable" (2), "severe" (3), "very
severe" (4) or "extreme" (5). A word from another scale ("high") is
a load error. A pain without a severity ranks last (CS004); a top
pain that no reliever eases is CS016.
]],
  example = [[
segment "Daily commuters" {
  pain "Buses 15 minutes late twice a week" { severity = "extreme" },
  pain "Ticket machines that take no cards" { severity = 2 },
}
]],
  rules = { "CS004", "CS016", "CS019" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "ranking", "importance", "relevance", "pains" },
},

---------------------------------------------------------------------------
-- Gains
---------------------------------------------------------------------------
{
  name = "gains", title = "Gains", group = GAINS,
  words = { "gain", "customer gains", "benefit", "benefits" },
  text = [[
Gains are the outcomes and benefits customers want: what they must
have, what they expect, what they would love and what would surprise
them. Some are practical, some social or emotional, some are money
saved.

gain "text" { ... } declares one, inside a segment's table or after
it. kind says what sort of benefit it is, level how far beyond the
basics it goes and relevance how much the customer cares, which
ranks it.

Be concrete: not "better performance" but the level of performance
the customer would count as a gain, such as "door to desk in under 25
minutes". A gain that only turns a pain round is CS020.
]],
  example = [[
segment "Daily commuters" {
  gain "Door to desk in under 25 minutes" {
    kind = "functional", level = "desired", relevance = "essential",
  },
  gain "Commuting for under 1 dollar a day" {
    kind = "cost-saving", level = "expected", relevance = 3,
  },
}
]],
  rules = { "CS001", "CS002", "CS004", "CS005", "CS017", "CS020" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "gain-levels", "gain-kinds", "relevance", "pains", "jobs" },
},
{
  name = "gain-levels", title = "Levels of gain", group = GAINS,
  words = { "gain level", "level", "levels", "levels of gain" },
  text = [[
A gain's level says how far it goes beyond the bare minimum:
- required: the offer does not work without it;
- expected: basic, though the offer would work without it;
- desired: more than customers expect, but on their wish list;
- unexpected: beyond what they imagine or would think to ask for.

Write level = "required", "expected", "desired" or "unexpected" on a
gain. A required gain counts as essential at any rank: CS017 reports
one that nothing in the value map creates.
]],
  example = [[
segment "Phone buyers" {
  gain "Calls that connect anywhere in town" {
    level = "required", relevance = 5,
  },
  gain "A slim case in 3 colours" {
    level = "expected", relevance = 2,
  },
  gain "Photos on the laptop without a cable" {
    level = "desired", relevance = 4,
  },
  gain "Unlocks with a glance" {
    level = "unexpected", relevance = 3,
  },
}
]],
  rules = { "CS017" },
  examples = { "examples/template.lua", "examples/mass-market.lua" },
  see = { "required", "expected", "desired", "unexpected", "gains" },
},
{
  name = "required", title = "Gain level: required", group = GAINS,
  words = { "required gain", "must have", "must-have" },
  text = [[
A required gain is one without which the offer does not work at all:
a phone must make calls, a bike-share must have a bike near home in
the morning. Customers will not praise it, but they leave when it is
missing.

Write level = "required" on the gain. CS017 treats a required gain as
essential at any rank, and reports it when nothing in the value map
creates it.
]],
  example = [[
segment "Daily commuters" {
  gain "A bike within 300 m of home at 8 o'clock" {
    level = "required", relevance = 4,
  },
}
]],
  rules = { "CS017" },
  examples = { "examples/template.lua", "examples/mass-market.lua" },
  see = { "gain-levels", "expected", "creates" },
},
{
  name = "expected", title = "Gain level: expected", group = GAINS,
  words = { "expected gain", "basic" },
  text = [[
An expected gain is one customers take for granted, even though the
offer would still work without it: a phone that looks good, a parcel
that can be tracked, a clean hotel lobby. Leaving it out disappoints;
adding it wins nobody over.

Write level = "expected" on the gain.
]],
  example = [[
segment "Online shoppers" {
  gain "Tracking for every parcel from the warehouse on" {
    level = "expected", relevance = 3,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/mass-market.lua" },
  see = { "gain-levels", "required", "desired" },
},
{
  name = "desired", title = "Gain level: desired", group = GAINS,
  words = { "desired gain", "wish list", "wish" },
  text = [[
A desired gain goes beyond what customers expect, but they would name
it if you asked: a phone that syncs with all their other devices, a
bank that answers within an hour. It is on their wish list.

Write level = "desired" on the gain.
]],
  example = [[
segment "Phone buyers" {
  gain "Photos on every other device within a minute" {
    level = "desired", relevance = 4,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "gain-levels", "expected", "unexpected" },
},
{
  name = "unexpected", title = "Gain level: unexpected", group = GAINS,
  words = { "unexpected gain", "surprise", "delight" },
  text = [[
An unexpected gain goes beyond both what customers expect and what
they would think to ask for: the first touch screen, a fridge that
says what to buy. Interviews seldom bring these up; they come from
knowing the jobs well.

Write level = "unexpected" on the gain.
]],
  example = [[
segment "Daily commuters" {
  gain "20 minutes of exercise a day without a gym" {
    kind = "emotional", level = "unexpected", relevance = 2,
  },
}
]],
  rules = {},
  examples = { "examples/tidepool.lua", "examples/template.lua" },
  see = { "gain-levels", "desired" },
},
{
  name = "gain-kinds", title = "Kinds of gain", group = GAINS,
  words = { "gain kind", "kinds of gain", "cost-saving", "cost saving", "cost savings",
            "savings", "functional utility", "social gain", "positive emotions" },
  text = [[
A gain's kind says what sort of benefit it is:
- functional: the job gets done better: faster, surer, easier;
- social: the customer looks good, gains status or belongs;
- emotional: the customer feels good: calm, proud, excited;
- cost-saving: money, time or effort saved.

Write kind = "functional", "social", "emotional" (or "personal") or
"cost-saving" (or "savings") on a gain.
]],
  example = [[
segment "Office managers" {
  gain "One invoice a month for every lunch" {
    kind = "cost-saving", relevance = 4,
  },
  gain "Thanks from the team after every Friday lunch" {
    kind = "social", relevance = 3,
  },
}
]],
  rules = {},
  examples = { "examples/template.lua", "examples/mass-market.lua" },
  see = { "gains", "gain-levels", "pain-kinds" },
},
{
  name = "relevance", title = "Relevance of a gain", group = GAINS,
  words = { "essential", "nice to have", "very important", "important", "useful" },
  text = [[
Relevance says how much the customer cares about a gain, from
essential to nice to have. Gains are ranked by it in step 5, most
relevant first.

relevance on a gain takes a whole number from 1 to 5, or one of its
words: "nice to have" (1), "useful" (2), "important" (3), "very
important" (4) or "essential" (5). A gain without relevance ranks
last (CS004); an essential gain that nothing creates is CS017.
]],
  example = [[
segment "Daily commuters" {
  gain "Door to desk in under 25 minutes" { relevance = "essential" },
  gain "A phone holder on every bike" { relevance = "nice to have" },
}
]],
  rules = { "CS004", "CS017", "CS019" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "ranking", "importance", "severity", "gains" },
},

---------------------------------------------------------------------------
-- Working method
---------------------------------------------------------------------------
{
  name = "steps", title = "The five steps", group = METHOD,
  words = { "five steps", "step", "method", "process", "how to start", "getting started",
            "profile", "customer profile" },
  text = [[
A customer profile is made in five steps:
1. Pick one segment to profile: segment "Name" { ... }.
2. List the jobs it is trying to get done: job "..." { ... }.
3. List its pains: what goes wrong, what stands in the way, what
   could go wrong: pain "..." { ... }.
4. List its gains: gain "..." { ... }.
5. Rank them: jobs by importance, pains by severity, gains by
   relevance.

After the five steps the profile is complete on its own; the value
map comes next. canvas rank FILE shows the result of step 5, and
canvas check reports a step left undone (CS001, CS004). tutorial()
in the REPL walks you through the steps.
]],
  example = [[
segment "Daily commuters" {
  job "Get to work by 9 every weekday" { importance = 5 },
  job "Arrive at the office without sweating" { importance = 4 },
  pain "Buses 15 minutes late twice a week" { severity = 4 },
  pain "45 minutes standing in a crowded tram" { severity = 3 },
  gain "Door to desk in under 25 minutes" { relevance = 5 },
  gain "A seat for the whole trip" { relevance = 3 },
}
]],
  rules = { "CS001", "CS002", "CS004" },
  examples = { "examples/template.lua" },
  see = { "segments", "jobs", "pains", "gains", "ranking", "tutorial" },
},
{
  name = "best-practices", title = "Best practices", group = METHOD,
  words = { "best practice", "practices", "tips", "advice", "good practice" },
  text = [[
What makes a profile good, and the check that watches for each:
- One value proposition for each segment. A business customer often
  hides several segments (the user, the buyer, the approver): look
  for them (CS012, CS013).
- Keep jobs apart from gains and pains: jobs are what customers do,
  gains and pains the results they want or avoid (CS006).
- Look for social and emotional jobs: they are often more urgent
  than the functional ones (CS003).
- Profile the customer, not your product: list jobs, pains and gains
  whether or not your offer touches them (CS008, CS009).
- A real segment fills a profile with notes (CS002).
- Be specific: how much, how long, how often (CS005).
]],
  example = [[
segment "Office managers" {
  customer = "business",
  job "Order lunch for 25 people before Wednesday noon" {
    kind = "functional", importance = 5,
  },
  job "Be seen as the manager whose meetings run on time" {
    kind = "social", importance = 3,
  },
  pain "Lunch arrives after the 12:30 meeting has started" {
    severity = 5,
  },
  gain "Lunch for 25 delivered by 12:15" { relevance = 4 },
}
]],
  rules = { "CS002", "CS003", "CS005", "CS006", "CS008", "CS009", "CS012", "CS013" },
  examples = { "examples/common-mistakes-fixed.lua", "examples/template.lua" },
  see = { "common-mistakes", "steps", "checks" },
},
{
  name = "common-mistakes", title = "Common mistakes", group = METHOD,
  words = { "mistakes", "mistake", "pitfalls", "pitfall" },
  text = [[
The mistakes made most often when profiling customers, each with the
check that finds it:
- one profile that mixes several segments (CS010, CS013);
- jobs mixed up with outcomes: a gain written as a job, or one note
  written as both (CS006);
- only functional jobs, with the social and emotional ones left out
  (CS003);
- only the jobs, pains and gains the product addresses (CS008,
  CS009);
- too few jobs, pains and gains (CS001, CS002);
- vague notes that give nothing to act on (CS005).

examples/common-mistakes.lua makes each of them once and
examples/common-mistakes-fixed.lua puts each one right: read them
side by side.
]],
  example = [[
-- two mistakes: a job that is really a gain, and a vague pain
segment "Office teams" {
  job "Lower catering costs per head" { importance = 4 },
  pain "Ordering lunch is a hassle" { severity = 3 },
}
]],
  rules = { "CS001", "CS002", "CS003", "CS005", "CS006", "CS008", "CS009", "CS010",
            "CS013" },
  examples = { "examples/common-mistakes.lua", "examples/common-mistakes-fixed.lua" },
  see = { "best-practices", "checks", "explain" },
},

---------------------------------------------------------------------------
-- Value map and fit
---------------------------------------------------------------------------
{
  name = "value-map", title = "The value map", group = VALUE,
  words = { "value map", "map", "value proposition canvas", "offer" },
  text = [[
The value map is the other half of the Value Proposition Canvas: what
the business offers one segment. For each value proposition it lists
- the products and services the offer is built on;
- its pain relievers: which pains of the segment it eases, and how;
- its gain creators: which gains it produces, and how;
- and, in canvas, the jobs it helps to get done.

value "Name" { segment = "...", ... } declares one, with product,
relieves, creates and helps inside. Relievers, creators and helpers
name a pain, gain or job of that segment by its id or exact text.
Aim them at the top-ranked notes: that is what fit is about.
]],
  example = [[
segment "Daily commuters" {
  job "Get to work by 9 every weekday" { importance = 5 },
  pain "Buses 15 minutes late twice a week" {
    id = "late", severity = 5,
  },
  gain "Door to desk in under 25 minutes" { relevance = 5 },
}
value "Pedal commuter pass" {
  segment = "Daily commuters",
  product "Monthly pass with 30-minute rides",
  helps "Get to work by 9 every weekday" {
    how = "a bike reserved 15 minutes ahead",
  },
  relieves "late" { how = "a 20-minute bike trip at any hour" },
  creates "Door to desk in under 25 minutes" {
    how = "cycle lanes on the main routes",
  },
}
]],
  rules = { "CS012", "CS016", "CS017", "CS021", "CS022" },
  examples = { "examples/template.lua", "examples/tidepool.lua" },
  see = { "value", "products", "relieves", "creates", "helps", "fit" },
},
{
  name = "value", title = "Value propositions", group = VALUE,
  words = { "values", "value proposition", "value propositions", "proposition" },
  text = [[
value "Name" { ... } declares a value proposition: an offer designed
for one segment. segment = names that segment, by name or id; when
the script has only one segment it may be left out. Inside, product
lists what is offered, and relieves, creates and helps say which
pains, gains and jobs the offer addresses.

Each segment should have a value proposition of its own: when some
segments have one and a segment has none, CS012 reports it. A
segment = that names no segment is CS018.
]],
  example = [[
segment "Readers" {
  pain "A 2-week wait when the shop has to order a title" {
    severity = 3,
  },
}
value "Two-day bookshop" {
  segment = "Readers",
  product "Online catalogue of 2 million titles" { kind = "digital" },
  relieves "A 2-week wait when the shop has to order a title" {
    how = "any title delivered within 2 days",
  },
}
]],
  rules = { "CS012", "CS018" },
  examples = { "examples/tidepool.lua", "examples/diversified-market.lua" },
  see = { "value-map", "products", "fit" },
},
{
  name = "products", title = "Products and services", group = VALUE,
  words = { "product", "service", "services", "products and services" },
  text = [[
Products and services are what a value proposition is built on:
things to hold, services to use, software, financial offers. Each is
a product "Name" { ... } inside a value.

kind = "physical" (or "tangible"), "intangible" (or "service"),
"digital" or "financial" says which. A product's name belongs in the
value map, not in the profile: a note that names one of your own
products is CS008.
]],
  example = [[
segment "Households" { need = "keep a week of food fresh" }
value "Frostline fridge range" {
  product "300-litre fridge-freezer" { kind = "physical" },
  product "Delivery within 48 hours" { kind = "intangible" },
  product "5-year warranty" { kind = "financial" },
}
]],
  rules = { "CS008" },
  examples = { "examples/mass-market.lua", "examples/template.lua" },
  see = { "value-map", "value", "relieves", "creates" },
},
{
  name = "relieves", title = "Pain relievers", group = VALUE,
  words = { "reliever", "relievers", "pain reliever", "pain relievers", "relieve" },
  text = [[
A pain reliever says how the offer eases one of the segment's pains:
relieves "pain" { how = "..." } inside a value. The text names the
pain by its id or its exact text; how says what the offer does about
it, concretely.

A top-ranked pain that no reliever eases is CS016. A reliever whose
pain does not exist is CS018, one that names another segment's pain
is CS021, and one that could mean two pains is CS024.
]],
  example = [[
segment "Riders" {
  pain "Buses 15 minutes late" { id = "late", severity = 5 },
}
value "Live times" {
  relieves "late" { how = "real departure times in the app" },
}
]],
  rules = { "CS016", "CS018", "CS021", "CS024" },
  examples = { "examples/tidepool.lua", "examples/template.lua" },
  see = { "value-map", "creates", "helps", "pains", "fit" },
},
{
  name = "creates", title = "Gain creators", group = VALUE,
  words = { "creator", "creators", "gain creator", "gain creators", "create" },
  text = [[
A gain creator says how the offer produces one of the segment's
gains: creates "gain" { how = "..." } inside a value. The text names
the gain by its id or its exact text.

A top-ranked or essential gain that nothing creates is CS017. A
creator that names no gain of the segment is CS018 (or CS021 when it
is another segment's), and one that could mean two gains is CS024.
]],
  example = [[
segment "Riders" {
  gain "Know the bus is coming before leaving home" {
    relevance = "essential",
  },
}
value "Live times" {
  creates "Know the bus is coming before leaving home" {
    how = "departures in the app, updated every 30 seconds",
  },
}
]],
  rules = { "CS017", "CS018", "CS021", "CS024" },
  examples = { "examples/tidepool.lua", "examples/template.lua" },
  see = { "value-map", "relieves", "helps", "gains", "fit" },
},
{
  name = "helps", title = "Job helpers", group = VALUE,
  words = { "helper", "helpers", "job helper", "job helpers" },
  text = [[
helps "job" { how = "..." } inside a value says which of the
segment's jobs the offer helps to get done, and how. It names the job
by its id or exact text, as relievers and creators do. Helped jobs
count towards fit: the top jobs are measured like the top pains and
gains.

A helper that names no job of the segment is CS018, or CS021 when the
job is another segment's.
]],
  example = [[
segment "Patients" {
  job "Keep blood sugar within the target range" { importance = 5 },
}
value "Tidepool Mobile" {
  helps "Keep blood sugar within the target range" {
    how = "time in range shown for every day, from all devices",
  },
}
]],
  rules = { "CS018", "CS021" },
  examples = { "examples/tidepool.lua", "examples/template.lua" },
  see = { "value-map", "relieves", "creates", "jobs", "fit" },
},
{
  name = "fit", title = "Fit", group = VALUE, repl = 6,
  words = { "coverage", "top notes", "top note", "top_k", "addressed", "canvas fit" },
  text = [[
Fit is reached when the value map addresses what matters most to the
segment: its top-ranked jobs, pains and gains, not the trivial ones.
A long value map aimed at low-ranked notes has no fit (CS022).

The top notes are the first 3 of each kind in rank order, and any
tied with the last of them; checks { top_k = 5 } changes the number.
A top note is addressed when a helps, relieves or creates of one of
the segment's value propositions names it. Coverage counts them, as
in "5/6 (83%)". CS016 and CS017 name the top pains and gains left
out.

fit "Patients" returns the figures to a script. canvas fit FILE
prints them for every segment, with what to do next, and so does
fit() in the REPL.
]],
  example = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
  pain "No seat at rush hour" { severity = 4 },
}
value "Live times" {
  relieves "Buses 15 minutes late" { how = "real departure times" },
  relieves "No seat at rush hour" { how = "crowding shown per bus" },
}
local f = fit "Riders"
print(f.covered .. "/" .. f.total, f.stage)
]],
  rules = { "CS016", "CS017", "CS022", "CS023" },
  examples = { "examples/diversified-market.lua", "examples/segmented-market.lua",
               "examples/tidepool.lua" },
  see = { "evidence", "value-map", "ranking", "relieves", "creates" },
},
{
  name = "evidence", title = "Evidence and the fit stage", group = VALUE,
  words = { "confidence", "assumed", "observed", "validated", "backed", "stage", "stages",
            "on paper", "in the market", "assumption", "assumptions", "hypothesis",
            "validation" },
  text = [[
A profile starts as a set of guesses. Each note can say how far it
has been tested, and what backs it:
- confidence = "assumed" (a guess), "observed" (seen or heard from
  customers) or "validated" (confirmed by data, a test or a pilot);
- evidence = { "..." }: the interviews, data or observations.

A note is backed when its confidence is "observed" or "validated"
and its evidence names at least one source. The fit stage follows
from it: "in the market" when some top note is addressed and every
addressed top note is backed; "on paper" otherwise, while the fit is
still a claim customers have not confirmed. CS023 reminds you of the
top notes that rest on assumption alone.
]],
  example = [[
segment "Riders" {
  pain "Buses 15 minutes late" {
    severity = 5, confidence = "observed",
    evidence = { "GPS logs of line 12", "20 rider interviews" },
  },
}
value "Live times" {
  relieves "Buses 15 minutes late" { how = "real departure times" },
}
]],
  rules = { "CS023" },
  examples = { "examples/common-mistakes-fixed.lua", "examples/mass-market.lua",
               "examples/diversified-market.lua" },
  see = { "fit", "checks" },
},

---------------------------------------------------------------------------
-- Ranking and checks
---------------------------------------------------------------------------
{
  name = "ranking", title = "Ranking and rank rules", group = RANKING,
  words = { "rank rule", "rank rules", "ranks", "ranked", "order", "score", "scores",
            "tie", "ties", "scale", "scales" },
  text = [[
Step 5 puts each profile in order. Unless told otherwise, jobs rank
by importance, pains by severity and gains by relevance, highest
first; a note without its scale comes last, and equal notes keep the
order they were written in.

A rank rule changes the order of one list:

    rank "pains" { by = { "severity", "frequency" } }

by takes one field, a list of fields (each one breaks the ties of the
one before), weights such as { severity = 2, frequency = 1 }, or a
function of the note that returns a number. order = "ascending" puts
the lowest first; segment = "..." limits the rule to one segment. The
fields must hold numbers: the three scales, or fields of your own of
type scale or number.

ranked "Patients" gives the lists in order; canvas rank FILE prints
them. Top notes that share a score are CS019.
]],
  example = [[
field "frequency" {
  on = "pain", type = "scale",
  words = { "yearly", "monthly", "weekly", "daily", "hourly" },
}
segment "Patients" {
  pain "Blood sugar swings every day" {
    severity = 5, frequency = "daily",
  },
  pain "Fear of a hypo during the night" {
    severity = 5, frequency = "weekly",
  },
}
rank "pains" { by = { "severity", "frequency" } }
]],
  rules = { "CS004", "CS018", "CS019" },
  examples = { "examples/tidepool.lua", "examples/template.lua" },
  see = { "importance", "severity", "relevance", "rank", "steps" },
},
{
  name = "checks", title = "Checks", group = RANKING,
  words = { "rules", "rule", "findings", "finding", "canvas check", "lint", "ignore",
            "configure", "configuration", ".canvas.lua", "strict", "custom check",
            "threshold", "thresholds", "min_notes" },
  text = [[
canvas check FILE runs the framework's rules on a script that loads
and reports findings, each with its file and line, a rule ID such as
CS005, a short name and a severity (error, warning or info). canvas
explain lists the rules; canvas explain CS005 says why one matters,
with a script it reports and one it does not.

checks { ... } in a script tunes them: thresholds (min_notes = 5,
top_k = 3), ignore = { "CS019" } to leave rules out, only = { ... }
to run no others, severity = { CS004 = "error" }. A .canvas.lua file
does the same for every script in its folder and below, and the
command line's --only, --ignore and --strict are stronger still.

To silence a rule in one place, write ignore = "CS005" on the
declaration, or the comment -- canvas: ignore CS005 on its line. A
script can also declare checks of its own with check, as the example
does.
]],
  example = [[
checks { min_notes = 4, ignore = { "CS019" } }
segment "Patients" {
  pain "High blood sugar after meals" {
    severity = 5, ignore = "CS005",
  },
  -- canvas: ignore CS005
  gain "Good value for money" { relevance = 3 },
}
check "Extreme pains rest on evidence" {
  each = "pain",
  when = function(p) return p.severity == 5 end,
  test = function(p) return p.evidence ~= nil end,
}
]],
  rules = {},
  examples = { "examples/common-mistakes.lua", "examples/common-mistakes-fixed.lua",
               "examples/template.lua" },
  see = { "explain", "check", "common-mistakes", "evidence" },
},

---------------------------------------------------------------------------
-- The REPL's own words
---------------------------------------------------------------------------
{
  name = "help", title = "help()", group = REPL,
  words = { "topics", "help topics", "canvas help" },
  text = [[
help() lists the help topics and help "pains" shows one. A topic is
found by its name or by one of its words, so help "obstacle" works
too. On the command line: canvas help pains.
]],
  rules = {},
  examples = {},
  see = { "tutorial", "explain" },
},
{
  name = "explain", title = "explain()", group = REPL,
  words = { "canvas explain", "explanation" },
  text = [[
explain "CS003" says why a rule matters and shows a script it
reports and one it does not; explain() lists every rule. On the
command line: canvas explain CS003.
]],
  rules = {},
  examples = {},
  see = { "checks", "check" },
},
{
  name = "check", title = "check()", group = REPL,
  words = { "run checks" },
  text = [[
check() runs the checks on the canvas as it stands and prints the
findings, then a summary line; findings() returns them as a list
instead. Both follow the script's checks { ... } settings. On the
command line: canvas check FILE.
]],
  example = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
}
check()
]],
  rules = {},
  examples = {},
  see = { "checks", "explain" },
},
{
  name = "rank", title = "rank()", group = REPL,
  words = { "canvas rank" },
  text = [[
rank() prints the jobs, pains and gains of each segment in rank
order, with their scores, as canvas rank FILE does. Written with a
table, rank "pains" { by = ... } is a rank rule, which changes that
order.
]],
  rules = {},
  examples = {},
  see = { "ranking", "show" },
},
{
  name = "show", title = "show()", group = REPL,
  words = { "canvas show", "display" },
  text = [[
show() prints the profiles as a text canvas, as canvas show FILE
does; show(seg "Patients") prints one segment with its fields and
notes, and show(x) works on a note, a value or a list too.
]],
  example = [[
segment "Riders" {
  pain "Buses 15 minutes late" { severity = 5 },
}
show(seg "Riders")
]],
  rules = {},
  examples = {},
  see = { "rank", "fit" },
},
{
  name = "load", title = "load()", group = REPL,
  words = { "open" },
  text = [[
load "examples/tidepool.lua" reads a canvas script into the session,
so that you can show, rank, fit and check it.
]],
  rules = {},
  examples = {},
  see = { "reload", "save" },
},
{
  name = "reload", title = "reload()", group = REPL,
  words = { "refresh" },
  text = [[
reload() builds the session again: it reads the loaded scripts afresh
and runs the statements typed since, for instance after you have
edited a script in another window.
]],
  rules = {},
  examples = {},
  see = { "load", "save" },
},
{
  name = "save", title = "save()", group = REPL,
  words = { "save as" },
  text = [[
save "commuters.lua" writes the session's canvas as a tidy script
that loads back to the same model. The file is written whole or not
at all, so a failed save never leaves half a file behind.
]],
  rules = {},
  examples = {},
  see = { "load", "tutorial" },
},
{
  name = "tutorial", title = "tutorial()", group = REPL,
  words = { "guide", "walkthrough" },
  text = [[
tutorial() takes you through the five steps for a segment you name:
it asks for the segment's jobs, pains and gains and how they rank,
and ends with a script you can save.
]],
  rules = {},
  examples = {},
  see = { "steps", "save", "help" },
},

}
