-- The word lists of the wording heuristics (checks/wording.lua), as word
-- maps (src/wordmap.c): CLASS and CODE (the classes of measurable() and
-- vague()), OUT (the result words of outcome()), MCODE (the codes of
-- mirror_key()) and COMMON (words too common to be a product's name).
-- canvas is built with the maps made: tools/wordmaps.c runs this file and
-- writes the maps it returns into the binary, so that a check does not
-- make them at each start (canvas.c.wordmaps() returns them). It is run
-- as it stands only when the stdlib is read from a folder (CANVAS_STDLIB).
-- The file needs the word maps' two functions and plain Lua only: the
-- build passes them as the chunk's argument.
local host = ...
if type(host) ~= "table" then host = require "canvas.c" end
local wordmap, wordmap_add = host.wordmap, host.wordmap_add
local str_gmatch = string.gmatch

local M = {}

local function big_set(words, value, into)
  return wordmap_add(into or wordmap(), words, value == nil and true or value)
end

-- The classes of the words (checks/wording.lua says what each means):
-- MEAS a number word, unit, frequency or time of day; DEGREE "how much"
-- words; FEEL "how it feels" words; WHAT "which one" words; TOO "too";
-- TOPIC bare topics; FILL small words that carry no content.
local MEAS, DEGREE, FEEL, WHAT, TOO, TOPIC, FILL = "meas", "degree", "feel", "what", "too",
  "topic", "fill"
-- The fast path's codes: measurable words to M, vague words to V, topics
-- to T, filler to nothing.
local CODE_OF = { [MEAS] = "M", [DEGREE] = "V", [FEEL] = "V", [WHAT] = "V", [TOO] = "V",
                  [TOPIC] = "T", [FILL] = "" }

-- The words of each class, in two word maps: CLASS (word -> class) and
-- CODE (word -> the class's code).
local CLASS, CODE = wordmap(), wordmap()
M.CLASS, M.CODE = CLASS, CODE
local function class(words, c)
  wordmap_add(CLASS, words, c)
  wordmap_add(CODE, words, CODE_OF[c])
end

class([[zero one two three four five six seven eight nine ten eleven twelve
  thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty
  forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
  million millions billion once twice thrice half halves dozen dozens quarter
  double triple
  second seconds sec secs minute minutes min mins hour hours hr hrs day days
  week weeks month months year years yr yrs fortnight weekend weekends
  daily weekly monthly yearly annually hourly nightly fortnightly quarterly
  overnight tomorrow tonight noon midnight pm
  per every percent pct
  km kms kilometre kilometres kilometer kilometers mile miles metre metres
  meter meters kg kgs kilo kilos kilogram kilograms gram grams mg ml litre
  litres liter liters mmol
  euro euros eur dollar dollars usd cent cents pound pounds gbp pence]], MEAS)

class([[better worse easier harder faster quicker slower more less fewer cheaper
  dearer higher lower bigger greater smaller longer shorter simpler smoother
  improved increased reduced enhanced optimized optimised streamlined
  efficient inefficient convenient inconvenient reliable unreliable flexible
  inflexible affordable unaffordable expensive costly pricey overpriced cheap
  slow slowly fast quick quickly speedy long lengthy high low hard difficult
  easy easily simple complicated complex cumbersome seamless smooth clunky
  often sometimes frequently frequent infrequent rarely occasionally constant
  constantly forever ages lot lots much many enough plenty best worst easiest
  fastest cheapest quickest simplest]], DEGREE)

class([[good great excellent nice nicer nicest bad poor poorer terrible awful horrible annoying
  annoyed frustrating frustrated painful unpleasant pleasant lovely amazing
  awesome ok okay decent satisfying disappointing disappointed stressful
  tedious boring confusing confused messy nasty irritating upsetting
  unhappy happy satisfied unsatisfied dissatisfied]], FEEL)

class([[problem problems issue issues hassle hassles stuff thing things trouble
  troubles difficulty difficulties challenge challenges inconvenience
  aspects factors etc]], WHAT)

class("too", TOO)

class([[quality price prices pricing cost costs speed service services
  experience experiences performance value support efficiency reliability
  convenience usability security safety flexibility process processes system
  systems solution solutions product products feature features option options
  result results stress atmosphere workflow communication information info
  access customer customers user users people everything something anything
  life level levels rate rates time comfort ease choice range offer offers
  improvement improvements]], TOPIC)

class([[a an the is are was were be been being am it its this that these those
  there here i me my we our us you your they them their he she his her him
  to of in on at for with by from and or but as so very really quite just
  also always all some any get gets getting got have has had do does doing
  did make makes making use using way kind sort bit overall general
  generally than can could should would will need needs want wants like
  feel feels seem seems take takes taking even still not no when while if
  about into onto up out over after before again then who which what
  between among across through via near around against during until since
  without
  s t d ll re ve m don doesn didn isn aren wasn weren won wouldn couldn
  shouldn haven hasn]], FILL)

-- The result words of outcome(), by category.
local OUT = wordmap()
M.OUT = OUT
local CUT, GROW, SPEED, QUALITY, STATE = "cut", "grow", "speed", "quality", "state"
local function result_words(words, c) big_set(words, c, OUT) end
result_words([[lower less fewer reduced lowered cheaper cheap shorter smaller minimal
  minimum min minimized minimised decreased eliminated no zero halved low
  lowest least fewest cheapest shortest smallest]], CUT)
result_words([[higher more most increased bigger greater maximum max maximized
  maximised boosted doubled high highest raised growth profit profits extra
  larger largest biggest]], GROW)
result_words([[faster quicker quick fast instant rapid saved speedy fastest quickest
  prompt timely punctual earlier]], SPEED)
result_words([[better best improved good great excellent optimal optimized optimised
  efficient effective reliable accurate smooth smoother seamless simplified
  streamlined enhanced consistent stable steady fresh perfect flawless easier
  easy simple simpler effortless painless affordable successful profitable
  full]], QUALITY)
result_words([[happy happier satisfied healthy healthier safe safer calm calmer
  confident loyal relaxed peace secure comfortable]], STATE)

-- The codes of mirror_key(): negations to "<", small words to nothing,
-- each antonym family to its token.
local MCODE = wordmap()
M.MCODE = MCODE
big_set([[no not never without none nothing nobody nowhere cannot t hardly free lack
  lacks lacking missing absent unavailable]], "<", MCODE)
big_set([[a an the is are was were be been being am it its there this that these
  those too very so really quite always often usually sometimes still takes
  take taking took get gets getting got feel feels seem seems to of at in on
  for with by and or my our your their i we you they me us them has have had
  do does can could will would should just even overall
  s d ll re ve m don doesn didn isn aren wasn weren won wouldn couldn shouldn
  haven hasn]], "", MCODE)
local function family(token, words) big_set(words, token, MCODE) end
family("<speed>", [[slow slower slowly slowest fast faster fastest quick quicker
  quickly quickest rapid rapidly speedy long longer lengthy short shorter brief
  instant instantly immediate immediately forever ages delayed delay delays]])
family("<ease>", [[hard harder difficult difficulty easy easier easily simple
  simpler simply complicated complex confusing confused clear clearer unclear
  straightforward painless painful effortless tricky struggle struggling
  cumbersome intuitive]])
family("<cost>", [[expensive costly pricey overpriced cheap cheaper cheapest
  affordable unaffordable inexpensive]])
family("<time>", "late later early earlier punctual overdue timely behind ontime")
family("<level>", "high higher highest low lower lowest")
family("<amount>", "more less fewer many few much lots little")
family("<found>", "lost lose loses losing found")
family("<avail>", "available plenty enough insufficient shortage scarce abundant accessible inaccessible")
family("<quality>", "good bad better worse best worst great poor excellent terrible awful nice decent")
family("<reliable>", [[reliable unreliable broken working works fail fails
  failing crash crashes crashing stable unstable buggy]])
family("<safe>", "safe unsafe safer dangerous risky secure insecure")
family("<crowd>", "crowded overcrowded busy packed full empty quiet noisy loud")
family("<temp>", "cold hot warm lukewarm")
family("<freq>", "rare rarely frequent frequently seldom regular irregular")
family("<friendly>", "rude friendly unfriendly helpful unhelpful polite impolite")
family("<correct>", "wrong right correct incorrect accurate inaccurate")
family("<worry>", [[worry worried worries worrying anxious anxiety stress
  stressful stressed fear afraid scared nervous relaxed calm confident relief
  relieved reassured sure unsure uncertain certain]])
family("<clean>", "dirty clean messy tidy")

-- A negative prefix is a negation of the word: "uncomfortable" is "<
-- comfortable" (marked, and the same key as "comfortable"); when the word
-- is in a family, both are that family.
local function negated(prefix, words)
  for base in str_gmatch(words, "%S+") do
    MCODE[prefix .. base] = (MCODE[base] and MCODE[base] ~= "") and MCODE[base] or "< " .. base
  end
end
negated("un", [[comfortable known limited predictable expected paid fair organised
  organized usable readable helpful friendly happy satisfied responsive secure safe
  stable reliable clear available certain sure tidy trained answered resolved
  tracked affordable]])
negated("in", "convenient accurate flexible consistent efficient complete correct secure accessible")
negated("im", "possible practical patient polite")
negated("dis", "satisfied organised organized honest connected")

-- Words too common to be a product's name (the names check).
M.COMMON = big_set [[app apps offer offers plus pro go one pay card cards account
  box hub home care cloud link connect direct express smart easy fast first
  prime max mini basic premium gold silver standard classic daily fresh pump
  coffee shop store market mobile online web portal service support plan pass
  ticket bus ride run club kit pack saver flex now today early late night day
  bank save safe secure shield guard alert alerts check track sync share
  flow spark pulse wave core base edge point spot zone space place line lane
  route way path bridge gate door key lock wallet cash money credit loan
  fund trust house life health doctor nurse clinic kids family parts auto
  car drive motor fleet trade deal deals buy sell sale bazaar cafe brew bean
  beans cup mug table menu order orders loyalty reward rewards points stamp
  stamps vip insight insights report reports data dashboard monitor meter
  reader scan sense sensor hello hi start begin ready simple clear bright
  true pure open free total whole quick rapid swift instant live next new
  extra best top star sun moon sky blue green red black white orange apple
  berry mint tap touch click pick choice select match find search seek help
  assist guide coach mentor buddy pal mate friend team crew work job task
  list note notes book books time clock watch alarm timer walk bike cycle
  transit metro rail train tram taxi cab]]

return M
