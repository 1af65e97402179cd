-- args: check --only CS015
-- Without a multi-sided market and without any depends_on, segments are
-- not sides: none is reported.
-- stdout: no findings in 1 file
canvas "Bookseller" { market = "diversified" }
segment "Readers" { customer = "consumer" }
segment "Cloud customers" { customer = "business" }
