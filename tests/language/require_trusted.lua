-- With --trust a script's own module still runs in the script's language:
-- it can declare notes with the language's words.
-- args: --trust
-- stdout: loading module lib.notes
-- stdout: 2
local notes = require "lib.notes"
segment "Savers" { }
notes.pains({ "Fees eat the interest", "Branch closes at 4 pm" }, 3)
print(#pains("Savers"))
