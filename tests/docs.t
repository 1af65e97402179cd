#!/bin/bash
# The reference documentation keeps up with the vocabulary: every built-in
# field, every allowed word and every scale word in the field registry is in
# docs/language.md; --help and the man page name every command.
. "$(dirname "$0")/lib.sh"
doc="$TOP/docs/language.md"
# The registry as "FIELD<tab>WORD" lines: a line per field (with no word) and
# one per allowed word, scale word and map key of the field.
run "$CANVAS" --trust -e '
  local fields = require "canvas.lang.fields"
  for _, t in ipairs(fields.targets) do
    for _, name in ipairs(fields.order[t]) do
      local spec = fields.registry[t][name]
      print(name .. "\t")
      for _, w in ipairs(spec.values or {}) do print(name .. "\t" .. w) end
      for _, w in ipairs(spec.words or {}) do print(name .. "\t" .. w) end
      for _, w in ipairs(spec.keys or {}) do print(name .. "\t" .. w) end
    end
  end'
is "$RC" 0 "the registry can be listed"
# The documented form, as docs/language.md writes it: a field is the first
# cell of a table row, "| `name` | ...", and each of its words is in
# backticks, whole, on such a row ("`very severe`"; "severe" inside it or
# "low" inside "below" does not count).
documented() {   # documented FIELD [WORD]: is it in the doc in that form?
  awk -v row="| \`$1\` |" -v form="\`${2:-$1}\`" '
    index($0, row) == 1 && index($0, form) { found = 1; exit }
    END { exit !found }' "$doc"
}
missing=""
while IFS=$'\t' read -r field word; do
  [ -n "$field" ] || continue
  if [ -z "$word" ]; then
    documented "$field" || missing="$missing '$field' (no row \"| \`$field\` |\")"
  else
    documented "$field" "$word" || missing="$missing '$word' (not on a row of \`$field\`)"
  fi
done <<< "$(printf '%s\n' "$OUT" | sort -u)"
is "$missing" "" "docs/language.md names every field and word of the vocabulary"
# The commands come from the command line's own table (--list-commands):
# --help lists each, and the man page has a COMMANDS entry and a synopsis
# line for each.
run "$CANVAS" --list-commands
commands=$OUT
[ -n "$commands" ]
ok $? "--list-commands names the commands"
run "$CANVAS" --help
help=$OUT
commands_section=$(sed -n '/^\.SH COMMANDS/,/^\.SH /p' "$TOP/docs/canvas.1")
synopsis=$(sed -n '/^\.SH SYNOPSIS/,/^\.SH /p' "$TOP/docs/canvas.1")
for cmd in $commands; do
  like "$help" "  $cmd " "--help describes the $cmd command"
  printf '%s\n' "$commands_section" | grep -qx "\.B $cmd"
  ok $? "the man page's COMMANDS section has an entry for $cmd"
  printf '%s\n' "$synopsis" | grep -q "^\.B canvas $cmd\$"
  ok $? "the man page's synopsis shows canvas $cmd"
done
# The canvas fit output shown in README.md and docs/language.md is the
# current output at 80 columns: the block after the "$ canvas fit ..." line.
shown() {   # shown FILE COMMAND: the lines of the block after "$ COMMAND"
  awk -v cmd="\$ $2" '$0 == cmd { on = 1; next } on && /^```/ { exit } on { print }' "$1"
}
cd "$TOP" || exit 1
for pair in "README.md|canvas fit examples/tidepool.lua" \
    "docs/language.md|canvas fit examples/tidepool.lua --segment \"Device manufacturers\""; do
  file=${pair%%|*} cmd=${pair#*|}
  want=$(COLUMNS=80 eval "$CANVAS ${cmd#canvas }" 2>&1)
  is "$(shown "$file" "$cmd")" "$want" "$file shows the current output of $cmd"
done
done_testing
