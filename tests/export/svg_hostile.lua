-- Texts that would break an SVG or HTML document if they were written as
-- they are: markup, entities, quotes, control characters, bytes that are
-- not UTF-8, a long note and a word too long for any line.
canvas "Tags <b> & \"quotes\" 'too'" { about = "</svg><script>alert(1)</script>", market = "niche" }
segment "Seg <&> \"1\"" {
  about = "]]> <!-- not a comment --> &amp; stays text",
  job "<script>alert('job')</script> & <b>bold</b>" { kind = "functional", importance = 5 },
  job "Control\1\2\27[31mred\27[0m\127 and C1 \u{9b}here\ttab\nnewline" { importance = 4 },
  job "Bad bytes \xff and \xfe end" { importance = 3 },
  pain (string.rep("A long pain that goes on and on, ", 15) .. "until it has more than 500 characters.")
    { severity = 5, who = "<i>everyone</i>" },
  pain ("word" .. string.rep("x", 200) .. " after a word longer than any line") { severity = 4 },
  pain "Wide 日本語のテキストがとても長いので折り返す必要があります、本当に長いテキストです" { severity = 3 },
  gain "Quotes \" and ' and &#39; and &lt; literally" { relevance = 5 },
}
value "Value \"V\" <1>" {
  segment = "Seg <&> \"1\"",
  product "Product & <service>",
  relieves "Wide 日本語のテキストがとても長いので折り返す必要があります、本当に長いテキストです" { how = "<b>fast</b> & \"cheap\"" },
  helps "<script>alert('job')</script> & <b>bold</b>" { how = "by 'helping' > others" },
  creates "no such gain <x>" { how = "nothing" },
}
