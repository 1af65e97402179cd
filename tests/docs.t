#!/bin/bash
# The reference documentation keeps up with the vocabulary: every built-in
# field, every allowed word and every scale word in the field registry is in
# docs/language.md; --help and the man page name every command.
. "$(dirname "$0")/lib.sh"
doc="$TOP/docs/language.md"
run "$CANVAS" --trust -e '
  local fields = require "canvas.lang.fields"
  for _, t in ipairs(fields.targets) do
    for _, name in ipairs(fields.order[t]) do
      local spec = fields.registry[t][name]
      print(name)
      for _, w in ipairs(spec.values or {}) do print(w) end
      for _, w in ipairs(spec.words or {}) do print(w) end
      for _, w in ipairs(spec.keys or {}) do print(w) end
    end
  end'
is "$RC" 0 "the registry can be listed"
missing=""
while IFS= read -r word; do
  grep -qF -- "$word" "$doc" || missing="$missing '$word'"
done <<< "$(printf '%s\n' "$OUT" | sort -u)"
is "$missing" "" "docs/language.md names every field and word of the vocabulary"
run "$CANVAS" --help
for cmd in run rank show; do
  like "$OUT" "  $cmd " "--help describes the $cmd command"
  grep -q "^\.B.*$cmd\|^$cmd\b\|\\\\fB$cmd" "$TOP/docs/canvas.1"
  ok $? "the man page describes the $cmd command"
done
done_testing
