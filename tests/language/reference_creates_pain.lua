-- creates names a gain and relieves a pain: naming a note of the other
-- kind says so, and which word would address it.
-- exit: 0
-- stderr: reference_creates_pain.lua:10: warning[CS018] unknown-reference: creates "Queues" names no gain of segment "Shoppers"; "Queues" is a pain of that segment (relieves "Queues" addresses it)
-- stderr: reference_creates_pain.lua:11: warning[CS018] unknown-reference: relieves "Free delivery" names no pain of segment "Shoppers"; "Free delivery" is a gain of that segment (creates "Free delivery" addresses it)
segment "Shoppers" {
  pain "Queues" { severity = 4 },
  gain "Free delivery" { relevance = 3 },
}
value "Shop" { creates "Queues" { how = "?" },
  relieves "Free delivery" { how = "?" } }
