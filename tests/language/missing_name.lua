-- A declaration word needs its name or text first, in quotes; the message
-- shows how to write it.
-- exit: 3
-- stderr: missing_name.lua:9: error: job needs its text first, in quotes: job "Get something done" { kind = "functional" }; got a table
-- stderr: missing_name.lua:10: error: pain needs its text first, in quotes: pain "What hurts" { severity = 3 }; got a table
-- stderr: missing_name.lua:12: error: segment needs its name first, in quotes: segment "Name" { job "..." { }, pain "..." { }, gain "..." { } }; got a table
-- stderr: missing_name.lua:13: error: value needs its name first, in quotes: value "Name" { segment = "...", relieves "..." { how = "..." } }; got a table
segment "Buyers" {
  job { kind = "functional" },
  pain { severity = 3 },
}
segment { }
value { }
