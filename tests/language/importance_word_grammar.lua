-- A word that is not on the importance scale is named with the right article.
-- exit: 3
-- stderr: importance_word_grammar.lua:4: error: job "Buy shoes": importance = "huge" is not an importance word; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
segment "Buyers" { job "Buy shoes" { importance = "huge" } }
