-- Reading a global that does not exist is an error with a did-you-mean, so
-- a misspelt declaration word is caught where it is written.
-- exit: 3
-- stderr: strict_globals.lua:5: error: undefined global 'segmnet'; did you mean 'segment'?
segmnet "Buyers" { }
