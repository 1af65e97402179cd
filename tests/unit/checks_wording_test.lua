-- canvas.checks.wording: the text heuristics of the wording rules (CS005,
-- CS006, CS007, CS008, CS020). The lists of notes below were written from
-- the domain (customer profiles of diabetes care, commuting, retail
-- banking, cafés, B2B software, car parts and an online marketplace), as a
-- profile would hold them, before the heuristics were tuned (the second
-- half of each list was written later and first used as a held-out set;
-- "Fear of a night low" comes from the repository's own tests, where it
-- showed a false positive that the heuristic now handles); each list is
-- scored, the notes it gets wrong named, and the recall and
-- false-positive rate printed and held to a floor. A micro-benchmark
-- prints the time per call.
local t = require "tap"
local w = require "canvas.checks.wording"

local fmt = string.format

-- Scores f over the notes that should be flagged (yes) and those that
-- should not (no). A case is a string, or a table of arguments. Every
-- note that f gets wrong is named in a comment line (with f's reason for
-- a false positive), then the rates are printed and held to the floors:
-- recall at least 85%, false positives at most 5%.
local function score(name, f, yes, no)
  local function call(case)
    if type(case) == "table" then return f(table.unpack(case)) end
    return f(case)
  end
  local function show(case)
    if type(case) == "table" then return '"' .. table.concat(case, '" / "') .. '"' end
    return '"' .. case .. '"'
  end
  local hit, fp = 0, 0
  for _, case in ipairs(yes) do
    if call(case) then hit = hit + 1 else t.diag(fmt("%s misses %s", name, show(case))) end
  end
  for _, case in ipairs(no) do
    local got = call(case)
    if got then
      fp = fp + 1
      t.diag(fmt("%s wrongly flags %s%s", name, show(case),
        type(got) == "string" and ": " .. got or ""))
    end
  end
  local recall, fprate = hit / #yes, fp / #no
  t.diag(fmt("%s: recall %d/%d (%d%%), false positives %d/%d (%d%%)", name, hit, #yes,
    math.floor(recall * 100 + 0.5), fp, #no, math.floor(fprate * 100 + 0.5)))
  t.ok(recall >= 0.85, fmt("%s: recall %d/%d is at least 85%%", name, hit, #yes))
  t.ok(fprate <= 0.05, fmt("%s: false positives %d/%d are at most 5%%", name, fp, #no))
end

---------------------------------------------------------------------------
-- normalize
---------------------------------------------------------------------------
local norm = w.normalize
t.is(norm("Queue is slow."), "queue is slow", "normalize: lower case, final full stop off")
t.is(norm("  queue IS slow "), "queue is slow", "normalize: spaces at both ends off")
t.is(norm("Queue is slow."), norm("  queue IS slow "), "normalize: the two give one key")
t.is(norm("queue   is\tslow"), "queue is slow", "normalize: runs of white space are one space")
t.is(norm("Tabs\nand\r\nnewlines"), "tabs and newlines", "normalize: newlines are spaces")
t.is(norm("Why?!"), "why", "normalize: several final marks go")
t.is(norm("Wait..."), "wait", "normalize: three dots go")
t.is(norm("Wait\226\128\166"), "wait", "normalize: the ellipsis character goes")
t.is(norm("Slow ;:,"), "slow", "normalize: ; : and , at the end go")
t.is(norm("Slow queue ."), "slow queue", "normalize: a space before the final mark goes")
t.is(norm("Costs 3.50 euros, each time"), "costs 3.50 euros, each time",
  "normalize: punctuation inside is kept")
t.is(norm("Already clean"), "already clean", "normalize: a plain note is only lower-cased")
t.is(norm("no\194\160break"), "no break", "normalize: a no-break space is a space")
t.is(norm("Café au lait"), "café au lait", "normalize: UTF-8 is kept")
t.is(norm(""), "", "normalize: the empty text")
t.is(norm("   "), "", "normalize: only spaces")
t.is(norm("?!"), "", "normalize: only punctuation")
t.is(norm(42), "42", "normalize: a number becomes its text")

-- text_key: the integer the checks compare notes by. It must give one key
-- for texts that normalize to one text, and the key of a text must be the
-- key of its normalised text (asked with as_is when the text needs more
-- than lower case). Texts made of the pieces that normalize treats apart.
local c = require "canvas.c"
local function key(s) return c.text_key(s) or c.text_key(norm(s), true) end
local pieces = { "Queue", "is", "SLOW", " ", "  ", "\t", "\n", "\r", "\194\160", "\194\163",
                 ".", "...", "\226\128\166", "?", "!", ",", ";", ":", "caf\195\169", "3.50",
                 "\166", "\226\128", "x" }
local texts = require("texts")(pieces, 3000, 6, 7)
local bad, by_norm, split = nil, {}, nil
for _, s in ipairs(texts) do
  local k, n = key(s), norm(s)
  if k ~= key(n) then bad = bad or s end
  if by_norm[n] == nil then by_norm[n] = k elseif by_norm[n] ~= k then split = split or s end
end
t.ok(bad == nil, "text_key: a text and its normalised text have one key"
  .. (bad and (": not " .. string.format("%q", bad)) or ""))
t.ok(split == nil, "text_key: texts that normalize to one text have one key"
  .. (split and (": not " .. string.format("%q", split)) or ""))
t.is(c.text_key("Queue is slow"), c.text_key("queue is slow"), "text_key: case does not count")
t.is(c.text_key("Queue is slow."), nil, "text_key: a final mark asks for the normalised text")
t.is(c.text_key(" Queue"), nil, "text_key: a leading space asks for the normalised text")
t.is(c.text_key("a  b"), nil, "text_key: a run of spaces asks for the normalised text")
t.is(c.text_key("no\194\160break"), nil, "text_key: a no-break space asks for the normalised text")
t.ok(c.text_key("Queue is slow") ~= c.text_key("Queue is fast"), "text_key: other words, another key")
t.is(math.type(c.text_key("")), "integer", "text_key: the empty text has a key")

-- word maps: read and written as tables are, and map_words as gsub(s, "%a+", t)
local wm = c.wordmap()
c.wordmap_add(wm, "slow fast\n  quick", "S")
c.wordmap_add(wm, "late", "")
c.wordmap_add(wm, "fast", "F")          -- a later list wins, as in a table
wm.sure = "<"
local as_table = { slow = "S", fast = "F", quick = "S", late = "", sure = "<" }
t.is(wm.fast, "F", "wordmap: a word's value, the later one")
t.is(wm.nothing, nil, "wordmap: nil for a word it has not")
t.is(wm[42], nil, "wordmap: nil for what is not a string")
t.is(wm.sure, "<", "wordmap: a word written into it")
local same = true
for _, s in ipairs(texts) do
  for _, extra in ipairs { " slow", "Fast late quick!", "sure-fast", "" } do
    local x = s .. extra
    if c.map_words(x, wm) ~= (string.gsub(x, "%a+", as_table)) then same = false end
  end
end
t.ok(same, "map_words: the text gsub makes with the same words in a table")
local grown = c.wordmap()
for i = 1, 3000 do c.wordmap_add(grown, "w" .. i .. "x", i) end
local all = true
for i = 1, 3000 do if grown["w" .. i .. "x"] ~= i then all = false end end
t.ok(all, "wordmap: 3000 words, each with its value, after the map has grown")

-- find_lower: as string.find(string.lower(s), word, 1, true), without the string
local agree = true
for _, s in ipairs(texts) do
  for _, word in ipairs { "queue", "slow", "is ", "\194\160", "caf", "" } do
    if c.find_lower(s, word) ~= (string.find(string.lower(s), word, 1, true) ~= nil) then
      agree = false
    end
  end
end
t.ok(agree, "find_lower: agrees with find in the lower-cased text")
t.is(c.find_lower("Ask OFFER 1 now", "offer"), true, "find_lower: upper case in the text is found")
t.is(c.find_lower("of", "offer"), false, "find_lower: a word longer than the text is not found")

---------------------------------------------------------------------------
-- measurable
---------------------------------------------------------------------------
local meas = w.measurable
for _, s in ipairs {
  "Waiting more than 10 minutes in line", "Buses late twice a week", "Coffee under 3 euros",
  "Fees 20% lower than my current bank", "Loan decision within a day", "Parts delivered overnight",
  "Three apps for one child", "Save \226\130\172" .. "5 a month", "Readings checked daily",
  "Ready by noon", "A dozen logins per week", "Costs \194\163" .. "4", "Half the paperwork",
} do
  t.ok(meas(s), 'measurable: "' .. s .. '"')
end
for _, s in ipairs {
  "Feel sure my child is safe at night", "Compare and buy a new pump", "Waiting is annoying",
  "Better performance", "Fear of losing a child to diabetes", "No live bus times", "",
} do
  t.ok(not meas(s), 'not measurable: "' .. s .. '"')
end
t.is(meas(nil), false, "measurable: nil is not")

---------------------------------------------------------------------------
-- vague (CS005, pains and gains)
---------------------------------------------------------------------------
local vague_yes = {
  "Better performance", "Waiting is annoying", "Easier to use", "Problems with delivery",
  "Quality", "Price", "Speed", "Faster service", "Good coffee", "Bad customer service",
  "The app is hard to use", "Checkout takes too long", "Managing diabetes is hard",
  "Issues with the pump", "Bank fees are too high", "Better interest rates",
  "More convenient payments", "Long queues", "Nice atmosphere", "Parts are expensive",
  "Improved efficiency", "Hassle with paperwork", "Integration is difficult",
  "Trains are unreliable", "Less stress", "Smoother onboarding",
  "Frustrating experience with support", "Bus is often late", "Stuff gets lost",
  "Convenience", "Low prices", "Everything takes ages", "Better tools for the team",
  "Customer support is slow to answer", "Makes life easier",
  "Poor communication between suppliers and the workshop",
  "A smoother experience for buyers and sellers", "Sellers are not reliable",
  "Slow app", "Card payments are a hassle", "Better coffee than the chain next door",
  "Support is hard to reach", "The process is confusing", "Cheaper spare parts",
  "Shipping is too expensive", "Nicer seating", "Reports take too long to build", "Less paperwork",
  "More choice of milk", "Frequent delays", "Too many steps to sign up", "Annoying notifications",
  "Reliability", "Simple pricing", "Onboarding is painful", "Buyers are difficult",
}
local vague_no = {
  "Fear of losing a child to diabetes", "Software must win care providers' recommendation",
  "FDA approval process for every device", "All readings in one place, no guessing",
  "Waiting more than 10 minutes in line is unbearable", "Pump alarms wake the whole family at night",
  "Daily hypo- and hyperglycaemia", "Bus arrives after my shift has started",
  "Card declined abroad at the petrol station", "Overdraft fee of 35 euros for a 2 euro overdraft",
  "Coffee ready when I walk in", "Oat milk runs out before noon", "Checkout in under 3 minutes",
  "Invoices exported straight to the accounting package",
  "Wrong brake pads delivered for the model year", "Seller ships within 24 hours",
  "Buyer pays before the item is shipped", "Glucose readings shared with the school nurse",
  "Know when the next bus leaves, to the minute", "Loan decision while I wait in the branch",
  "Missed the last train home twice this month", "Audit trail for every change an admin makes",
  "Parts fit the first time, no returns", "Refund lands before the card statement closes",
  "Sensor falls off in the swimming pool", "Parking full by 8 am",
  "Table by the window for laptop work", "Reviews from buyers who actually bought the item",
  "Slow Wi-Fi drops video calls with clients", "Hard to read glucose values in bright sunlight",
  "Dealer quotes differ for the same part number", "Counterfeit parts from unknown sellers",
  "Good seats are gone by the time I board", "Bad signal in the tunnel stops the ticket app",
  "Fast-moving parts out of stock at the depot",
  "Sensor readings lost when the phone is out of range", "Pump occlusion alarm at 3 am",
  "Card blocked after travelling abroad without notice", "Staff don't know my order",
  "Bus skips my stop when full", "Barista spells my name wrong on the cup",
  "ERP export breaks the invoice numbers", "Part numbers differ between catalogue and invoice",
  "Seller cancels after payment", "Buyer claims the item never arrived",
  "Can't see the child's glucose from work", "Loan officer asks for the same documents again",
  "No seat on the 7:40 train", "Milk foam gone cold by the time I sit",
  "Admins must approve each new user by hand", "Wrong size tyres shipped to the garage",
  "Doctor sees only printouts, not the live data",
  "Contactless limit stops payment at the supermarket", "Fear of a night low",
}
score("vague", w.vague, vague_yes, vague_no)
t.is(w.vague("Better performance"), '"better" says how much only with a number',
  "vague: the reason names the word")
t.is(w.vague("Easier and better checkout"), '"easier" and "better" say how much only with a number',
  "vague: the reason names two words")
t.like(w.vague("Waiting is annoying"), '"annoying" says how it feels', "vague: a feeling word")
t.like(w.vague("Problems with delivery"), '"problems" does not say which', "vague: a word for anything")
t.like(w.vague("Checkout takes too long"), '"too long"', "vague: too and the next word")
t.like(w.vague("Quality"), '"quality" alone names a topic', "vague: a bare topic")
t.like(w.vague("Transparency"), '"transparency" alone', "vague: a lone abstract noun")
t.is(w.vague("Better performance in under 2 seconds"), nil, "vague: a number makes it concrete")
t.is(w.vague({}), nil, "vague: a table is not a note")

---------------------------------------------------------------------------
-- outcome (CS006, jobs)
---------------------------------------------------------------------------
local outcome_yes = {
  "Lower costs", "Faster delivery", "Less waiting", "Better health", "More sales",
  "Reduced paperwork", "Saved time", "Happy customers", "Higher grades", "Stable blood sugar",
  "Fewer hypos at night", "Cheaper insurance", "On-time arrival at work", "Shorter commute",
  "Quick checkout", "Lower interest on my loan", "Increased revenue", "Satisfied clients",
  "Peace of mind", "Hassle-free returns", "No missed doses", "Fresh coffee every morning",
  "Reliable supplier deliveries", "Less downtime on the production line", "More repeat buyers",
  "Better reviews from buyers", "Improved cash flow", "Zero data entry", "Healthier kids",
  "Higher conversion rate", "Time saved on reporting", "Costs reduced by automation",
  "Efficient month-end close", "Safer drive home at night", "Shorter queues at lunch",
  "Best price for a used part", "Fewer calls to the help desk", "Good grades in maths",
  "All readings in one place", "Customers who come back", "Money left at the end of the month",
  "Less time on admin", "More free evenings", "Faster loan approval", "Cheaper monthly fares",
  "Happier patients", "Better sleep for the whole family", "Higher basket value", "Fewer returns",
  "Improved stock accuracy", "Reduced stress at school drop-off", "Shorter waits at the counter",
  "Quicker payouts to sellers", "Lower HbA1c", "Money saved on fuel", "Stress-free commute",
  "Best seats on the train", "Greater visibility of orders", "Happy regulars",
}
local outcome_no = {
  "Keep blood sugar within the target range", "Compare and buy a new pump",
  "Feel sure my child is safe at night", "Look professional in front of clients",
  "Get to work on time", "Pay rent", "Design, build and sell devices",
  "Adjust therapy when readings leave the range", "Be seen as a caring parent",
  "Commute to the office by train", "Open a savings account for my daughter",
  "Transfer money abroad", "Grab a coffee before the 8:15 train", "Meet a friend for lunch",
  "Close the books at month end", "Onboard a new client team",
  "Order brake pads for a customer's car", "Find the right part number", "Sell an old phone",
  "Ship items to buyers", "Leave a review after a purchase", "Lower the monthly loan payment",
  "Free up an hour each evening", "Stay calm during a hypo",
  "Impress the boss with the quarterly report", "Fit in with other parents at school",
  "Return a faulty part", "Resell a used stroller", "Test the beta of the reporting tool",
  "Weekly grocery shopping", "Tax return before the deadline", "Better understand my spending",
  "Avoid fees on foreign card payments", "Track deliveries from several suppliers",
  "Renew car insurance every year", "Prepare lunch for the kids", "Insulin dosing before meals",
  "Pick up a parcel after work", "Feel in control of diabetes",
  "Get paid by clients within 30 days", "Keep the café full at lunchtime",
  "Fast before the morning blood test", "Hit the monthly sales target",
  "Raise money for a second café", "Make more sales calls each week",
  "Check glucose before driving", "Book a table for a team lunch", "Top up the travel card",
  "Apply for a mortgage", "Reconcile supplier invoices", "List items for sale",
  "Answer buyer questions", "Drop the kids at school before 8", "Choose a café with power sockets",
  "Count carbs for each meal", "Replace worn brake discs", "Approve expense reports",
  "Plan the route to a new client", "Chat with other parents of diabetic kids",
  "Look like a good host to visiting friends", "Better organise the stock room",
  "Fast-track an urgent order", "Free the workshop floor for a second bay",
  "Keep the repair log up to date", "Calm a crying toddler at the clinic",
}
score("outcome", w.outcome, outcome_yes, outcome_no)
t.is(w.outcome("Lower costs"),
  'it names a result ("lower costs"), not a task; write what the customer does, e.g. "Cut the cost of ..."',
  "outcome: the reason quotes the result and shows a task")
t.like(w.outcome("Happy customers"), '"Keep customers happy"', "outcome: a state shows Keep ...")
t.like(w.outcome("Time saved on reporting"), '("time saved")', "outcome: a noun and a participle")
t.like(w.outcome("Hassle-free returns"), '("hassle-free")', "outcome: ... -free")
t.is(w.outcome(""), nil, "outcome: the empty text")
t.is(w.outcome(7), nil, "outcome: a number is not a note")

---------------------------------------------------------------------------
-- mirror_key and mirrored (CS020)
---------------------------------------------------------------------------
local mirror_yes = {
  { "Queue is slow", "Queue is fast" },
  { "Checkout takes too long", "Checkout is quick" },
  { "Hard to find parking", "Easy to find parking" },
  { "No live bus times", "Live bus times" },
  { "Expensive spare parts", "Cheap spare parts" },
  { "Buses are always late", "Buses are on time" },
  { "Bank fees are too high", "Low bank fees" },
  { "The app is hard to use", "The app is easy to use" },
  { "Coffee is cold", "Coffee is hot" },
  { "Support is unhelpful", "Helpful support" },
  { "Too many passwords", "Fewer passwords" },
  { "Lost parcels", "No lost parcels" },
  { "Readings are confusing", "Readings are clear" },
  { "Sellers are unreliable", "Reliable sellers" },
  { "Worried about hypos at night", "Not worried about hypos at night" },
  { "Invoices are often wrong", "Invoices are correct" },
  { "Slow checkout", "Checkout is fast" },
  { "Not enough parking", "Plenty of parking" },
  { "Waiting in line", "No waiting in line" },
  { "Café is too noisy", "Café is quiet" },
  { "Staff are rude", "Friendly staff" },
  { "Delivery is slow", "Quick delivery" },
  { "Prices are too high", "Lower prices" },
  { "Seats are uncomfortable", "Comfortable seats" },
  { "App crashes often", "App never crashes" },
  { "Too much paperwork", "Less paperwork" },
  { "Unclear fees", "Clear fees" },
  { "Dirty tables", "Clean tables" },
}
local mirror_no = {
  { "Queue is slow", "Checkout in under 3 minutes" },
  { "Hard to find parking", "Parking within 200 m of the office" },
  { "No live bus times", "Bus times on my phone" },
  { "Expensive spare parts", "Spare parts delivered the next morning" },
  { "Buses are always late", "Arrive before my 9 am shift" },
  { "Bank fees are too high", "Free transfers within the euro zone" },
  { "Checkout takes too long", "Pay without queueing" },
  { "Fear of losing a child to diabetes", "Peace of mind at night" },
  { "Coffee is cold", "Coffee served hot within 2 minutes" },
  { "Slow transfers abroad", "Slow transfers abroad" },
  { "The app is hard to use", "Set up the app in 5 minutes" },
  { "Long queues at lunch", "Order ahead from the phone" },
  { "Pump alarms wake the family", "All readings in one place, no guessing" },
  { "Sellers are unreliable", "Seller ratings from real buyers" },
  { "Queue is slow", "Staff are friendly" },
  { "Hard to find parking", "Easy to compare loans" },
  { "Parts arrive late", "Parts arrive damaged" },
  { "Support is unhelpful", "Readings are clear" },
  { "Too many passwords", "One login for every tool" },
  { "Café is too noisy", "Café has fast Wi-Fi" },
  { "Staff are rude", "Staff greet me by name" },
  { "Delivery is slow", "Delivery tracked to the door" },
  { "Prices are too high", "Price shown before checkout" },
  { "App crashes often", "App works offline" },
  { "Too much paperwork", "Paperwork signed online" },
}
score("mirrored", w.mirrored, mirror_yes, mirror_no)
local mk = w.mirror_key
t.is(mk("Queue is slow"), "<speed> queue", "mirror_key: filler off, slow as <speed>")
t.is(mk("Queue is slow"), mk("queue is FAST!"), "mirror_key: slow and fast give one key")
t.is(mk("Long queues"), mk("Short queue"), "mirror_key: plurals off")
t.is(mk("Live bus times"), nil, "mirror_key: nil without an antonym or a negation")
t.is(mk("Pay rent"), nil, "mirror_key: a plain job has no key")
t.is({ mk("Live bus times", true) }, { "bus live time", false },
  "mirror_key: always gives every note its key, and says it is not marked")
t.is({ mk("No live bus times", true) }, { "bus live time", true },
  "mirror_key: a negation marks the note")
t.is(mk("the very"), nil, "mirror_key: only filler gives nil")
t.is(mk(nil), nil, "mirror_key: nil is not a note")
t.ok(mk("Hard to find parking") ~= mk("Hard to find a loan"), "mirror_key: other words, other keys")

---------------------------------------------------------------------------
-- names_index and mention (CS008)
---------------------------------------------------------------------------
local names = { "Tidepool Mobile", "Tidepool", "Early run", "CardShield", "QuickPay",
                "PartsNow", "App", "Offer", "GO" }
local index = w.names_index(names)
local mention = function(text) return w.mention(index, text) end
local mention_yes = {
  "Tidepool Mobile shows every reading", "Uses tidepool mobile at night",
  "Data from Tidepool", "Misses the Early Run bus", "cardshield blocks the card abroad",
  "CardShield's alerts come too late", "Pays with QuickPay at the till",
  "Orders from PartsNow before 10", "Wants the App to remember the card",
  "A better Offer for students", "GO card top-ups fail",
}
local mention_no = {
  "Fear of losing a child to diabetes", "Goes for an early morning run",
  "Tide pool trips with the kids", "Card shield for contactless cards", "Quick pay at the till",
  "Parts now cost twice as much", "Open the app every morning", "Compare every offer from banks",
  "Mobile readings from the pump", "Tidepools of data", "App crashes at night",
  "Offer letters arrive late", "Go to work by train", "Early start on Mondays",
}
score("mention", mention, mention_yes, mention_no)
t.is(mention("Tidepool Mobile crashes"), "Tidepool Mobile", "mention: the longer name wins")
t.is(mention("Likes tidepool"), "Tidepool", "mention: returns the name as written in the list")
t.is(w.mention(w.names_index {}, "Tidepool"), nil, "mention: an empty index names nothing")
t.is(w.mention(index, nil), nil, "mention: nil is not a note")
local both = w.names_index { "Early", "Early run" }
t.is(w.mention(both, "Book the Early run"), "Early run", "mention: a phrase that starts with a common name")
t.is(w.mention(both, "Likes the Early shift"), "Early", "mention: the common name alone, in its capitals")
t.is(w.mention(both, "Likes the early shift"), nil, "mention: not in lower case")
t.is(w.mention(w.names_index { "eBay" }, "eBay fees went up"), "eBay",
  "mention: unusual capitals count even first")

---------------------------------------------------------------------------
-- Micro-benchmark: time per call (printed, not asserted)
---------------------------------------------------------------------------
local typical = {
  "Waiting more than 10 minutes in line", "Feel sure my child is safe at night",
  "Compare and buy a new pump", "Checkout takes too long", "Better performance",
  "Pump alarms wake the whole family at night", "Lower costs", "Card declined abroad",
}
local N = 100000
local function bench(name, f)
  local m = #typical
  local t0 = os.clock()
  for i = 1, N do f(typical[i % m + 1]) end
  local us = (os.clock() - t0) / N * 1e6
  t.diag(fmt("bench %-24s %.2f us per call (%d calls)", name, us, N))
end
-- a big index: mention must not slow down with the number of names
local many = {}
for i = 1, 20000 do many[i] = fmt("Brand%d Suite", i) end
many[#many + 1] = "CardShield"
local big = w.names_index(many)
bench("normalize", w.normalize)
bench("measurable", w.measurable)
bench("vague", w.vague)
bench("outcome", w.outcome)
bench("mirror_key", w.mirror_key)
bench("mirrored (two notes)", function(s) return w.mirrored(s, "Checkout is quick") end)
bench("mention (9 names)", function(s) return w.mention(index, s) end)
bench("mention (20001 names)", function(s) return w.mention(big, s) end)
t.is(w.mention(big, "CardShield alerts"), "CardShield", "mention: found among 20001 names")
t.is(w.mention(big, "brand777 suite keeps logs"), "Brand777 Suite", "mention: a two-word name among many")

-- any_of: the first byte of a set, as find(s, "[...]") finds it
t.is(w.any_of("Wait 20 minutes", "0123456789"), 6, "any_of: the position of the first digit")
t.is(w.any_of("Wait long", "0123456789"), nil, "any_of: nil when none is there")
t.is(w.any_of("a\0b", "\0"), 2, "any_of: a zero byte is a byte like another")
t.is(w.any_of("", "x"), nil, "any_of: nothing in the empty string")
t.is(w.normalize("  Queue\tIS  slow. "), "queue is slow", "normalize: tabs and runs of spaces fold")

-- The word maps built into canvas are the ones checks/wordlists.lua makes:
-- the same words with the same values, and they cannot be changed.
do
  local host = require "canvas.c"
  local built, lists = host.wordmaps(), require "canvas.checks.wordlists"
  local map_names = {}
  for name in pairs(lists) do map_names[#map_names + 1] = name end
  table.sort(map_names)
  t.is(table.concat(map_names, " "), "CLASS CODE COMMON MCODE OUT", "wordlists: the maps it makes")
  for _, name in ipairs(map_names) do
    local got, want = host.wordmap_table(built[name]), host.wordmap_table(lists[name])
    local n, diff = 0, nil
    for k, v in pairs(want) do
      n = n + 1
      if got[k] ~= v then diff = diff or (k .. ": " .. tostring(got[k]) .. " for " .. tostring(v)) end
    end
    for k in pairs(got) do
      if want[k] == nil then diff = diff or (k .. ": in the built map only") end
    end
    t.ok(n > 5 and diff == nil, "wordmaps: the built " .. name .. " holds the lists' " .. n
      .. " words" .. (diff and (" (" .. diff .. ")") or ""))
  end
  t.is(built.CLASS.the, "fill", "wordmaps: a word's class is read from the built map")
  t.is(host.map_words("the slow bus", built.MCODE), " <speed> bus", "wordmaps: map_words on a built map")
  t.is(built.OUT["not-a-word"], nil, "wordmaps: a word not in a built map is nil")
  local ok, err = pcall(function() built.CLASS.zzz = "fill" end)
  t.ok(not ok and err:find("cannot be changed", 1, true), "wordmaps: a built map refuses a new word")
  ok = pcall(host.wordmap_add, built.COMMON, "zzz", true)
  t.ok(not ok and built.COMMON.zzz == nil, "wordmaps: wordmap_add on a built map fails and adds nothing")
  local m = host.wordmap_add(host.wordmap(), "a b a", 1)
  m.c = "x"
  local tab = host.wordmap_table(m)
  t.is(tab.a .. tab.b .. tab.c, "11x", "wordmap_table: the words and values of a map made at run time")
end

t.done()
