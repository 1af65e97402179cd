-- args: check --only U001
-- The command line wins over the script: a rule named with --only runs
-- even when the script's checks { } ignores it.
-- stdout: only_overrides_ignore.lua:7: warning[U001] pains-have-evidence: Pains have evidence
-- stdout: 0 errors, 1 warning, 0 info in 1 file
checks { ignore = { "U001" } }
segment "Shoppers" { pain "Car park full after 10 am" { severity = 5 } }
check "Pains have evidence" { each = "pain", test = function(p) return p.evidence ~= nil end }
