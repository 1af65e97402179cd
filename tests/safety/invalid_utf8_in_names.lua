-- Names with bytes that are not UTF-8 (a Latin-1 é, a cut sequence, a
-- stray ÿ) do not break the messages: they are shown as they are and the
-- rest stays readable.
-- exit: 3
-- stderr: invalid_utf8_in_names.lua:9: error: segment "Café ÿ" is already declared at invalid_utf8_in_names.lua:8; give each segment its own name
-- stderr: invalid_utf8_in_names.lua:9: error: job "Café Ã": unknown field 'importnce' for a job; did you mean 'importance'?
-- stderr: invalid_utf8_in_names.lua:10: error: undefined global 'naïve'
segment "Café ÿ" { }
segment "Café ÿ" { job "Café Ã" { importnce = 3 } }
print(_ENV["naïve"])
