-- A misspelt word of the language as the first thing a script writes: the
-- message still suggests the word meant.
-- exit: 3
-- stderr: first_word_misspelt.lua:5: error: undefined global 'segmnt'; did you mean 'segment'?
segmnt "Walkers" {}
