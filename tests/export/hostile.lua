-- Note texts that Markdown and HTML would read as markup.
canvas "Pipes | and *stars*" { about = "# not a heading <b>bold</b> & more" }
segment "A_b `code`" {
  about = "- not a list item",
  pain "Costs > 5 | < 10 euros, *really* _badly_ [link](http://x)" { severity = 5 },
  pain "Back\\slash and ~tilde~ and <script>alert(1)</script>" { severity = 3 },
  job "1. Not a numbered list" { importance = 2, kind = "functional" },
  gain "Line one\nline two" { relevance = 4 },
}
value "V | 1" { segment = "A_b `code`",
  relieves "Costs > 5 | < 10 euros, *really* _badly_ [link](http://x)" { how = "a | b" },
}
