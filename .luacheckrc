-- luacheck settings for the stdlib and the examples.
std = "lua54"
max_line_length = 110
files["stdlib/lang/vocabulary.lua"] = { globals = { "field" } }
-- Canvas scripts run with the language's words as globals.
local words = { "canvas", "segment", "job", "pain", "gain", "value", "product",
                "relieves", "creates", "helps", "field", "include", "segments", "seg", "fit",
                "jobs", "pains", "gains", "show", "rank", "ranked", "check", "checks" }
-- unit tests that declare a canvas to test against
files["tests/unit/repl_test.lua"] = { read_globals = words }
files["examples"] = {
  read_globals = { "canvas", "segment", "job", "pain", "gain", "value", "product",
                   "relieves", "creates", "helps", "field", "include", "segments", "seg", "fit",
                   "jobs", "pains", "gains", "show", "rank", "ranked", "check", "checks" },
}
