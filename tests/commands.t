#!/bin/bash
# The command table: commands and their help, global options before or
# after the command, a mistyped command, and standard output kept for the
# view while the script's own output goes to standard error.
. "$(dirname "$0")/lib.sh"

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1

cat >shop.lua <<'EOF2'
segment "Buyers" { job "Buy shoes" { importance = "high" } }
print("printed by the script")
show(seg "Buyers")
EOF2
cat >dangling.lua <<'EOF2'
segment "Buyers" { pain "Queues" { severity = 3 } }
value "Shop" { relieves "Queus" { how = "more tills" } }
EOF2
printf 'while true do end\n' >spin.lua

# --- global options before or after the command ---------------------------
run "$CANVAS" --timeout 3 run shop.lua
is "$RC" 0 "a global option before 'run' applies to it"
like "$OUT" "printed by the script" "and the script runs"
run "$CANVAS" --trust show shop.lua
is "$RC" 0 "--trust before 'show'"
run "$CANVAS" rank --timeout 3 shop.lua
is "$RC" 0 "--timeout after 'rank'"
run "$CANVAS" rank shop.lua --timeout 3
is "$RC" 0 "--timeout after the script of 'rank'"
run "$CANVAS" --timeout 0.5 show spin.lua
is "$RC" 4 "a --timeout before the command is the limit in force"
like "$ERR" "the time limit was reached" "and the message says so"
run "$CANVAS" show --timeout=0.5 spin.lua
is "$RC" 4 "--timeout=SECONDS after the command too"

# --- the first word --------------------------------------------------------
run "$CANVAS" rnak shop.lua
is "$RC" 2 "a first word that is neither a command nor a file is a usage error"
is "$ERR" "canvas: 'rnak' is not a command; did you mean 'rank'?
The commands are run, rank, show, fit, export, diff, new, repl, check, lsp, explain and help; a script to run is a file that exists.
Try 'canvas --help' for more information." "it suggests the closest command and lists them"
is "$OUT" "" "and runs nothing"
run "$CANVAS" frobnicate
is "$RC" 2 "a word close to no command is a usage error too"
unlike "$ERR" "did you mean" "without a suggestion"
run "$CANVAS" missing.lua
is "$RC" 3 "a script name that does not exist is still a script that cannot be read"
printf 'print("a script named rank")\n' >rank
run "$CANVAS" -- rank
is "$RC:$OUT" "0:a script named rank" "after --, a word that is a command's name is a script"

# --- options ----------------------------------------------------------------
run "$CANVAS" --trsut shop.lua
is "$RC" 2 "a misspelt option is a usage error"
is "$ERR" "canvas: unknown option '--trsut'; did you mean '--trust'?
Try 'canvas --help' for more information." "with did-you-mean"
run "$CANVAS" run --segment Buyers shop.lua
is "$RC" 2 "an option of another command is a usage error"
is "$ERR" "canvas: run does not take '--segment' (rank, show, fit and export take it)
Try 'canvas --help' for more information." "that says which commands take it"
run "$CANVAS" --segment Buyers show shop.lua
is "$RC" 2 "a command's option before the command is a usage error"
is "$ERR" "canvas: '--segment' goes after the command (rank, show, fit and export take it)
Try 'canvas --help' for more information." "that says where it goes"
run "$CANVAS" --trust=yes shop.lua
is "$RC" 2 "an option that takes no value refuses one"
many=""
for i in $(seq 1 70); do mkdir -p "inc$i"; many="$many -Iinc$i"; done
printf 'segment "Far" { }\n' >inc70/far.lua
printf 'include "inc70/far.lua"\nprint(#segments())\n' >far_user.lua
# shellcheck disable=SC2086
run "$CANVAS" $many far_user.lua
is "$RC:$OUT" "0:1" "seventy joined -I folders are all taken"

# --- help -------------------------------------------------------------------
run "$CANVAS" --list-commands
is "$OUT" "run
rank
show
fit
export
diff
new
repl
check
lsp
explain
help" "--list-commands lists the commands, one a line"
commands=$OUT
run "$CANVAS" --help
for cmd in $commands; do
  like "$OUT" "  $cmd " "--help lists the $cmd command"
done
like "$OUT" "/share/doc/canvas/language.md" "--help points at the installed language reference"
unlike "$OUT" "docs/language.md" "not at a path of the source tree"
for cmd in $commands; do
  run "$CANVAS" "$cmd" --help
  is "$RC" 0 "canvas $cmd --help exits 0"
  like "$OUT" "Usage: canvas $cmd " "canvas $cmd --help gives its usage"
  run "$CANVAS" help "$cmd"
  like "$OUT" "Usage: canvas $cmd " "canvas help $cmd gives the same"
done
run "$CANVAS" rank --help
like "$OUT" "--segment NAME" "rank's help lists its own option"
like "$OUT" "--timeout SECONDS" "and the global ones"
run "$CANVAS" help rnak
is "$RC" 2 "help of an unknown command exits 2"
like "$ERR" "the commands are run, rank, show, fit, export, diff, new, repl, check, lsp, explain and help" "and lists the commands"

# --- standard output belongs to the view ------------------------------------
run "$CANVAS" rank shop.lua
is "$RC" 0 "rank of a script that prints"
is "$OUT" 'segment "Buyers"
  jobs (1), by importance, highest first
    1  3  Buy shoes
  pains (0), by severity, highest first
    (none)
  gains (0), by relevance, highest first
    (none)' "standard output holds the ranking alone"
like "$ERR" "printed by the script" "what the script prints goes to standard error"
like "$ERR" 'segment "Buyers"' "show() in the script goes there too"
run "$CANVAS" --trust show shop.lua
unlike "$OUT" "printed by the script" "with --trust as well"
printf 'io.write("written with io.write\\n")\nsegment "S" { }\n' >iowrite.lua
run "$CANVAS" --trust rank iowrite.lua
unlike "$OUT" "written with io.write" "a trusted script's io.write does not reach the view's output"
like "$ERR" "written with io.write" "it goes to standard error"
run "$CANVAS" run shop.lua
like "$OUT" "printed by the script" "canvas run leaves the script's output on standard output"

# --- -e chunks ---------------------------------------------------------------
run "$CANVAS" -e 'x = 1' -e 'error("second")'
is "$ERR" "(command line 2):1: error: second" "each -e chunk is named by its position"
run "$CANVAS" -e 'include "dangling.lua"' -e 'x = 1'
is "$RC" 0 "findings do not fail a run"
is "$ERR" 'dangling.lua:2: warning[CS018] unknown-reference: relieves "Queus" names no pain of segment "Buyers"; did you mean "Queues"?' \
  "a finding is reported once however many chunks follow"
run "$CANVAS" -e 'include "dangling.lua"' -e 'y = nil + 1'
like "$ERR" "(command line 2):1: error:" "a failing later chunk reports its error"
[ "$(printf '%s\n' "$ERR" | grep -c CS018)" -eq 1 ]
ok $? "and the finding once"
done_testing
