#!/bin/bash
# canvas help: the framework's topics on the command line are the texts of
# help() in the REPL, for every topic; a topic is found by any of its
# words; an unknown word suggests the closest. And the man page renders
# without a warning.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
export COLUMNS=80
run "$CANVAS" --trust -e 'for _, t in ipairs(require("canvas.help").topics) do print(t.name) end'
is "$RC" 0 "the topics can be listed"
topics=$OUT
run "$CANVAS" help
is "$RC" 0 "canvas help: exit 0"
like "$OUT" "Help topics" "canvas help lists the topics"
like "$OUT" "canvas --help" "and says where the commands are"
for t in $topics; do
  run "$CANVAS" help "$t"
  cli=$OUT
  code=$RC
  # (a word that names a command too gives its usage first, then the topic)
  repl=$(printf 'help "%s"\n' "$t" | "$CANVAS" repl 2>&1)
  [ "$code" = 0 ] && [ -n "$repl" ] && case $cli in *"$repl"*) true ;; *) false ;; esac
  ok $? "canvas help $t prints the topic that help() prints in the REPL"
done
run "$CANVAS" help obstacle
like "$OUT" "Pain type: obstacles" "a topic is found by a word of it"
run "$CANVAS" help "Multi sided"
like "$OUT" "Multi-sided platforms" "spaces, case and hyphens do not matter"
run "$CANVAS" help obstacel
is "$RC" 2 "an unknown topic: exit 2"
like "$ERR" 'did you mean "obstacles"?' "with the closest topic"
run "$CANVAS" help zzqx
like "$ERR" "the commands are run, rank" "a word close to nothing: the commands are listed too"
# every option of every command is in the man page
opts=$(for c in $("$CANVAS" --list-commands); do "$CANVAS" "$c" --help; done |
  grep -o -- '^  -[a-zA-Z-]*\|^  -[a-zA-Z], --[a-z-]*' | grep -o -- '--[a-z-]*\|-[a-zA-Z]' | sort -u)
missing=""
for opt in $opts; do
  man_form=$(printf '%s' "$opt" | sed 's/-/\\\\-/g')
  grep -q -- "$man_form" docs/canvas.1 || missing="$missing $opt"
done
is "$missing" "" "the man page describes every option of every command"
if command -v man >/dev/null 2>&1; then
  warnings=$(MANWIDTH=80 man --warnings -l docs/canvas.1 2>&1 >/dev/null)
  is "$warnings" "" "the man page renders without a warning"
else
  skip 1 "man is not installed"
fi
done_testing
