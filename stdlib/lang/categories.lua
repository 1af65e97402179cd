-- The categories of the model, written once: which declaration word makes
-- which category, the list each one is kept in, the three kinds of notes of
-- a customer profile with the scale each is ranked by, and the keys the
-- model keeps on objects itself (no field may take them).
local M = {}

-- The notes of a profile in the order the framework lists them (step 2 to
-- 4), each with the list that holds it and its scale (step 5).
M.notes = {
  { note = "job", list = "jobs", scale = "importance" },
  { note = "pain", list = "pains", scale = "severity" },
  { note = "gain", list = "gains", scale = "relevance" },
}

M.lists = {}        -- "jobs", "pains", "gains", in order
M.note_of = {}      -- "jobs" -> "job"
M.scale_of = {}     -- "job" -> "importance", and "jobs" -> "importance"
for i, c in ipairs(M.notes) do
  M.lists[i] = c.list
  M.note_of[c.list] = c.note
  M.scale_of[c.note], M.scale_of[c.list] = c.scale, c.scale
end

-- Every category, in the order the reference lists them.
M.all = { "canvas", "segment", "job", "pain", "gain", "value", "product",
          "reliever", "creator", "helper" }

-- Declaration word -> category; category -> word.
M.category_of = { canvas = "canvas", segment = "segment", job = "job", pain = "pain",
                  gain = "gain", value = "value", product = "product",
                  relieves = "reliever", creates = "creator", helps = "helper" }
M.word_of = {}
for w, c in pairs(M.category_of) do M.word_of[c] = w end

-- Category -> the list of its owner that holds it, and the owner's key.
M.list_of = { job = "jobs", pain = "pains", gain = "gains", product = "products",
              reliever = "relievers", creator = "creators", helper = "helpers" }
M.owner_key = { job = "segment", pain = "segment", gain = "segment",
                product = "value", reliever = "value", creator = "value", helper = "value" }

-- The value map's items that address notes: the list in a value
-- proposition, the word, and the list of the segment's notes they name.
M.addressers = {
  { list = "relievers", word = "relieves", item = "reliever", notes = "pains" },
  { list = "creators", word = "creates", item = "creator", notes = "gains" },
  { list = "helpers", word = "helps", item = "helper", notes = "jobs" },
}

-- Which items the table of a declaration may hold.
M.holds = {
  segment = { job = true, pain = true, gain = true },
  value = { product = true, reliever = true, creator = true, helper = true },
}

-- Keys the model keeps on objects itself: what a declaration is (text or
-- name, category, position), what it holds, and what resolving and ranking
-- derive. No field may be declared with one of these names, and views that
-- list an object's fields skip them.
M.reserved = {}
for _, k in ipairs { "text", "name", "category", "file", "line", "rank", "score",
                     "jobs", "pains", "gains", "values", "products", "relievers",
                     "creators", "helpers", "serves", "target", "sides", "segment", "value",
                     "ranked", "implicit" } do
  M.reserved[k] = true
end

return M
