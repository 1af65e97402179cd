-- canvas.util.suggest: the distance between words and the did-you-mean
-- suggestions built on it.
local t = require "tap"
local suggest = require "canvas.util.suggest"

-- distance(a, b, limit): optimal string alignment, capped at limit + 1
local d = suggest.distance
t.is(d("kind", "kind", 3), 0, "distance: the same word is 0 apart")
t.is(d("kitten", "sitting", 5), 3, "distance: kitten -> sitting is 3 edits")
t.is(d("severity", "severty", 3), 1, "distance: a deleted letter is 1")
t.is(d("kind", "kinds", 3), 1, "distance: an added letter is 1")
t.is(d("kind", "kund", 3), 1, "distance: a changed letter is 1")
t.is(d("importance", "improtance", 3), 1, "distance: two swapped neighbours count as 1")
t.is(d("", "abc", 5), 3, "distance: from the empty word, the other's length")
t.is(d("a", "abcdef", 2), 3, "distance: lengths further apart than the limit give limit + 1")
t.is(d("abcdef", "uvwxyz", 2), 3, "distance: stops at limit + 1 once every row is over it")
t.is(d("Kind", "kind", 3), 1, "distance: is case-sensitive (closest lower-cases first)")

-- closest(word, candidates)
local fields = { "importance", "kind", "role", "context", "who", "evidence" }
t.is(suggest.closest("importnace", fields), "importance", "closest: a swap finds the field")
t.is(suggest.closest("IMPORTANCE", { "importance" }), "importance",
  "closest: ignores case")
t.is(suggest.closest("contxt", fields), "context", "closest: a missing letter")
t.is(suggest.closest("sever", { "severity", "importance" }), "severity",
  "closest: a prefix of 4 letters or more counts")
t.is(suggest.closest("imp", { "importance" }), nil,
  "closest: a prefix shorter than 4 letters does not")
t.is(suggest.closest("severity level", { "severity" }), "severity",
  "closest: a candidate that the word starts with counts")
t.is(suggest.closest("xyzzy", fields), nil, "closest: nothing close gives nil")
t.is(suggest.closest("kind", { "kind" }), nil, "closest: never the word itself")
t.is(suggest.closest("knd", { "kind", "kin" }), "kind",
  "closest: of equally close candidates, the first")
t.is(suggest.closest("rol", { "roll", "role" }), "roll", "closest: ties keep list order")
t.is(suggest.closest("abcdefghi", { "abwxyzghi" }), nil,
  "closest: more than a third of the letters differ: no suggestion")
t.is(suggest.closest("abcdefghi", { "abcxyzghi" }), "abcxyzghi",
  "closest: up to a third of the letters may differ")
t.is(suggest.closest("", fields), nil, "closest: the empty word gets nothing")
t.is(suggest.closest(42, fields), nil, "closest: a number gets nothing")
t.is(suggest.closest("kidn", { 1, true, "kind" }), "kind", "closest: skips candidates that are not text")

-- closest_phrase(phrase, candidates): shared words, not letters
local notes = { "Waiting in line for more than 10 minutes", "Buses late twice a week",
                "Readings scattered across 3 device apps" }
t.is(suggest.closest_phrase("waiting in line", notes), notes[1],
  "closest_phrase: the note sharing most of its words")
t.is(suggest.closest_phrase("Readings across apps", notes), notes[3],
  "closest_phrase: ignores case and word order")
t.is(suggest.closest_phrase("buses", notes), nil, "closest_phrase: one word is not a phrase")
t.is(suggest.closest_phrase("red car", { "blue car", "red bike" }), nil,
  "closest_phrase: one shared word is not enough")
t.is(suggest.closest_phrase("late buses, every week", notes), notes[2],
  "closest_phrase: punctuation does not matter")
t.is(suggest.closest_phrase({}, notes), nil, "closest_phrase: a table gets nothing")

-- hint(word, candidates, quote)
t.is(suggest.hint("importnace", fields), "; did you mean 'importance'?",
  "hint: single quotes by default")
t.is(suggest.hint("importnace", fields, function(s) return '"' .. s .. '"' end),
  '; did you mean "importance"?', "hint: the quote function shapes the word")
t.is(suggest.hint("xyzzy", fields), "", "hint: nothing close gives the empty string")
t.is(suggest.hint("waiting in line", notes), "; did you mean '" .. notes[1] .. "'?",
  "hint: falls back to closest_phrase")
t.is(suggest.hint(nil, fields), "", "hint: nil gets no suggestion")
t.is(suggest.hint(12, { "12", "13" }), "", "hint: only a string gets a suggestion")
t.is(suggest.squote("x"), "'x'", "squote: single quotes")

t.done()
