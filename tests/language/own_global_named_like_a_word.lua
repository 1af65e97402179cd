-- A script may give a word of the language a meaning of its own, before it
-- declares anything or after: its own value stays, and the other words
-- still work. A misspelt word is still suggested the right one.
-- exit: 3
-- stdout: mine	table
-- stderr: own_global_named_like_a_word.lua:10: error: undefined global 'segmnt'; did you mean 'segment'?
job = "mine"
segment "Commuters" { pain "Waiting in line" }
print(job, type(segment "Cyclists"))
segmnt "Walkers" {}
