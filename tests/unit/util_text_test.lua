-- canvas.util.text: escaping, shortening and the small words of messages,
-- and the display width of text in a terminal.
local t = require "tap"
local text = require "canvas.util.text"

-- escape(s): control characters become visible escapes
local esc = text.escape
t.is(esc("plain text, é ü 日本"), "plain text, é ü 日本", "escape: printable text and UTF-8 are kept")
t.is(esc("a\nb\tc"), "a\\nb\\tc", "escape: newline and tab as \\n and \\t")
t.is(esc("Red\27[31mAlert"), "Red\\027[31mAlert", "escape: ESC as \\027")
t.is(esc("bell\7"), "bell\\007", "escape: BEL as \\007")
t.is(esc("\0x"), "\\000x", "escape: NUL as \\000")
t.is(esc("del\127"), "del\\127", "escape: DEL as \\127")
t.is(esc("\r"), "\\013", "escape: carriage return as \\013")
t.is(esc("csi\194\155[2J"), "csi\\194\\155[2J", "escape: a C1 control in UTF-8 (U+009B), byte by byte")
t.is(esc("\194\128\194\159\194\160"), "\\194\\128\\194\\159\194\160",
  "escape: U+0080 and U+009F are C1, U+00A0 is not")
t.is(esc("\155[2J \255"), "\\155[2J \255",
  "escape: not UTF-8: a lone byte 0x80..0x9F is escaped, others kept")
t.is(esc("é\155"), "é\\155", "escape: not UTF-8: valid characters before it are kept")
t.is(esc(42), "42", "escape: a number becomes its text")

-- shorten(s, n): at most n characters, cut marked with "..."
t.is(text.shorten("abcdefghij", 8), "abcde...", "shorten: a long text is cut to n with ...")
t.is(text.shorten("abcdefgh", 8), "abcdefgh", "shorten: exactly n is kept")
t.is(text.shorten("abc", 8), "abc", "shorten: a short text is kept")
t.is(#text.shorten(string.rep("x", 100)), 48, "shorten: n is 48 by default")
t.is(text.shorten("ééééééééé", 8), "ééééé...", "shorten: counts UTF-8 characters, not bytes")
t.is(text.shorten("éééééééé", 8), "éééééééé", "shorten: 8 characters of 16 bytes fit in 8")
t.is(text.shorten("日本語のテキストです", 6), "日本語...", "shorten: never cuts a character in two")
t.is(text.shorten("\255\254abcdefgh", 8), "\255\254abc...", "shorten: text that is not UTF-8 is cut by bytes")

-- quote and show_value: values as messages show them
t.is(text.quote("x"), '"x"', "quote: double quotes")
t.is(text.quote("a\27b"), '"a\\027b"', "quote: escapes")
t.is(text.quote(string.rep("y", 100)), '"' .. string.rep("y", 57) .. '..."', "quote: shortens to 60")
t.is(text.show_value("v"), '"v"', "show_value: a string quoted")
t.is(text.show_value(3), "3", "show_value: a number")
t.is(text.show_value(0 / 0), "NaN", "show_value: NaN")
t.is(text.show_value(nil), "nil", "show_value: nil")
t.is(text.show_value(false), "false", "show_value: a boolean")
t.is(text.show_value({}), "a table", "show_value: a table by its type")

-- either(list, word): "a, b or c"
t.is(text.either({}), "", "either: no items")
t.is(text.either({ "a" }), "a", "either: one item")
t.is(text.either({ "a", "b" }), "a or b", "either: two items")
t.is(text.either({ "a", "b", "c" }), "a, b or c", "either: three items")
t.is(text.either({ "a", "b", "c" }, "and/or"), "a, b and/or c", "either: another last word")

-- count(n, word) and article(word)
t.is(text.count(0, "job"), "0 jobs", "count: 0 is plural")
t.is(text.count(1, "job"), "1 job", "count: 1 is singular")
t.is(text.count(3, "pain"), "3 pains", "count: 3 is plural")
t.is(text.article("severity"), "a severity", "article: a before a consonant")
t.is(text.article("importance"), "an importance", "article: an before a vowel")
t.is(text.article("Extreme"), "an Extreme", "article: an before a capital vowel")

-- error_text(e): any error object as text, never raising
t.is(text.error_text("boom"), "boom", "error_text: a string")
t.is(text.error_text(7), "7", "error_text: a number")
t.is(text.error_text(setmetatable({}, { __tostring = function() return "custom" end })),
  "custom", "error_text: __tostring")
t.is(text.error_text(setmetatable({}, { __tostring = function() error("no") end })),
  "(error object is a table value)", "error_text: a failing __tostring")
t.is(text.error_text(nil), "(error object is a nil value)", "error_text: nil")

-- width(s): terminal columns
t.is(text.width(""), 0, "width: empty")
t.is(text.width("abc"), 3, "width: ASCII, a column each")
t.is(text.width("é"), 1, "width: a precomposed accent, one column")
t.is(text.width("e\204\129"), 1, "width: a combining accent takes no column")
t.is(text.width("日本語"), 6, "width: CJK ideographs, two columns each")
t.is(text.width("한국"), 4, "width: Hangul, two columns each")
t.is(text.width("ｱ"), 1, "width: halfwidth katakana, one column")
t.is(text.width("😀"), 2, "width: an emoji, two columns")
t.is(text.width("a😀b"), 4, "width: an emoji between letters")
t.is(text.width("\27[1;34mJOBS\27[0m"), 4, "width: colour codes take no columns")

-- wrap and pad
t.is(text.wrap("one two three four", 9), { "one two", "three", "four" }, "wrap: at spaces")
t.is(text.wrap("abcdefghij", 4), { "abc…" }, "wrap: a word wider than the line is cut with an ellipsis")
t.is(text.wrap("well-known fact", 6), { "well-", "known", "fact" }, "wrap: after a hyphen inside a word")
t.is(text.wrap("e\204\129e\204\129e\204\129", 2), { "e\204\129…" },
  "wrap: never cuts a combining mark from its letter")
t.is(text.wrap("日本語テキスト", 5), { "日本", "語テ", "キス", "ト" }, "wrap: cuts by columns, not bytes")
t.is(text.wrap("", 10), { "" }, "wrap: empty text is one empty line")
t.is(text.pad("日本", 6), "日本  ", "pad: to columns")
t.is(text.rpad("ab", 4), "  ab", "rpad: right-aligned")
t.is(text.pad("abcdef", 3), "abcdef", "pad: never cuts")

t.done()
