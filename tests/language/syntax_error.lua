-- A syntax error stops the load at once: nothing runs, so the bad scale on
-- line 4 is never reached, and only the syntax error is reported.
-- exit: 3
-- stderr: syntax_error.lua:9: error: '}' expected (to close '{' at line 7) near 'job'
print("never printed")
segment "Buyers" { job "Buy shoes" { importance = 9 } }
segment "Sellers" {
  job "Sell shoes" { importance = 3 }
  job "Ship shoes" { importance = 2 },
}
