#!/bin/bash
# canvas repl, used as a person uses it. First with statements piped in
# (no prompts, values printed, errors on standard error, the exit status
# the worst of the statements'), then on a real terminal: a tmux session
# that the test types into and reads the screen of, for line editing, Tab
# completion, multi-line statements, Ctrl-C and Ctrl-D, and the history
# file it leaves; and the tutorial, run to a saved script that then passes
# canvas check.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'tmux -L "canvas-test-$$" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
cp "$TOP/examples/tidepool.lua" .
export HOME="$tmp/home" XDG_STATE_HOME= CANVAS_HISTORY=
mkdir -p "$HOME"

piped() {   # piped INPUT-TEXT ARGS...: canvas repl ARGS with INPUT on stdin
  local input=$1
  shift
  printf '%s' "$input" > "$tmp/in"
  "$CANVAS" repl "$@" < "$tmp/in" > "$tmp/out" 2> "$tmp/err"
  RC=$?
  OUT=$(cat "$tmp/out")
  ERR=$(cat "$tmp/err")
}

# --- piped standard input ------------------------------------------------
piped $'x = 6 * 7\nx\nx, "two"\n' tidepool.lua
is "$RC" 0 "piped: exit 0 when every statement ran"
is "$OUT" "$(printf '42\n42\ttwo')" "piped: no banner or prompt; each expression's values, several on one line"
is "$ERR" "" "piped: nothing on standard error"

piped $'seg "Patients"\npains "Patients"\n{ 1, "a", { b = true } }\n' tidepool.lua
like "$OUT" 'segment "Patients" (4 jobs, 3 pains, 2 gains) (tidepool.lua:' "a segment prints as its summary"
like "$OUT" '- pain "Hypo- and hyperglycaemia episodes every day"' "a list of notes, one a line"
like "$OUT" '{ 1, "a", { b = true } }' "a plain table as a Lua literal"
unlike "$OUT" "table: 0x" "never an address"

piped $'for i = 1, 2 do\n  print("line " .. i)\nend\nsegment "Cyclists" {\n  pain "Bike stolen at the station" { severity = 5 },\n}\nseg("Cyclists").pains[1].rank\n'
is "$OUT" "$(printf 'line 1\nline 2\nsegment "Cyclists" (0 jobs, 1 pain, 0 gains) (stdin:1)\n1')" \
  "a statement over several lines runs once it is whole"

piped $'nosuch()\nprint("after")\nx = 1 +\n'
is "$RC" 3 "piped: exit 3 when a statement failed"
like "$ERR" "stdin:1: error: undefined global 'nosuch'" "the error, as one line"
like "$OUT" "after" "and the statements after it still run"
like "$ERR" "the input ended inside an unfinished statement" "input that ends inside a statement is an error"

piped $'pain "Loose" { severity = "hot" }\nprint("still here")\n'
is "$RC" 3 "a declaration mistake fails the statement"
like "$ERR" 'severity' "and is reported with what is allowed"
like "$OUT" "still here" "and the session goes on"

piped $'while true do end\nprint("next")\npcall(function() while true do end end)\nprint("and next")\n' --timeout 0.5
is "$RC" 4 "a statement that runs past --timeout stops with 4"
like "$ERR" "the time limit was reached" "the limit is named"
like "$OUT" "$(printf 'next\nand next')" "each statement gets its own time limit; pcall cannot catch it"

piped $'help "obstacle"\nexplain "CS003"\nhelp "multi-sided"\n'
like "$OUT" "Pain type: obstacles" "help finds a topic by a word of it"
like "$OUT" "CS003 no-social-emotional-jobs" "explain shows a rule"
like "$OUT" "Multi-sided platforms" "help by a hyphenated name"
piped $'help "obstacel"\n'
like "$ERR" 'did you mean "obstacles"?' "an unknown topic: did-you-mean"

piped $'check()\nrank()\nfit()\n' tidepool.lua
like "$OUT" "warning[CS002] thin-profile" "check() prints the findings"
like "$OUT" "jobs (4), by importance, highest first" "rank() prints the ranking"
like "$OUT" "fit on paper" "fit() prints the fit of every segment"

piped $'print("runs")\n' nosuch.lua
is "$RC" 3 "piped: a script that fails to load counts in the exit status"
like "$OUT" "runs" "and the statements still run"

# load, reload, save
cat > part.lua <<'EOF'
segment "Bakers" { pain "Flour prices up 30%" { severity = 4 } }
EOF
piped $'load "part.lua"\nsegment "Millers" { pain "Grain arrives wet" { severity = 3 } }\n#segments()\n'
is "$(printf '%s\n' "$OUT" | tail -1)" "2" "load adds a script to the session's model"
piped $'load "part.lua"\nsegment "Millers" { pain "Grain arrives wet" { severity = 3 } }\nreload()\n#segments()\nsave "saved.lua"\n'
like "$OUT" "reloaded 1 script and 1 statement: 2 segments" "reload() runs the scripts and the session's own declarations again"
like "$OUT" "saved 2 segments and 0 value propositions to saved.lua" "save writes the canvas"
run "$CANVAS" check --only CS018 saved.lua
is "$RC" 0 "the saved script loads and checks"
piped $'save "../outside.lua"\nsave "notes.txt"\n'
like "$ERR" "outside the folders scripts may write" "save refuses a file outside the working folders"
like "$ERR" "does not end in .lua" "save writes only .lua files"
[ ! -e ../outside.lua ] && [ ! -e notes.txt ]
ok $? "and writes nothing then"

printf 'segment "Loop" { pain "Round and round" { severity = 1 } }\nreload()\n' > loop.lua
piped $'load "loop.lua"\nprint(#segments())\n'
like "$ERR" "reload() was called by a script that reload() is running" "a script that calls reload() does not loop"
like "$OUT" "1" "and the session goes on"

# the tutorial, with its answers piped in
piped $'tutorial()\nDaily commuters\nGet to work by 9 every weekday\n\nBe seen as someone who is never late\n\nFeel calm on the way in\n\nBus 15 minutes late 3 times a week\nNo seat on 4 trips in 5\n\nDoor to desk in under 25 minutes\nA seat on every trip\n\n5\n3\nhigh\n4\nsevere\n5\n4\ncommuters.lua\n'
is "$RC" 0 "tutorial: runs to the end"
like "$OUT" "Step 1" "tutorial: walks through the steps"
like "$OUT" "Declared segment \"Daily commuters\" with 7 notes" "tutorial: declares the answers"
like "$OUT" "Why:" "tutorial: explains each finding in plain words"
like "$OUT" "saved 1 segment" "tutorial: saves the script"
run "$CANVAS" check commuters.lua
is "$RC" 0 "tutorial: the saved script passes canvas check"
like "$OUT" 'thin-profile' "and canvas check says what the profile still lacks"
piped $'tutorial()\nRunners\nq\ntutorial()\nRun 10 km without pain\n\n\n\n\n\n3\nrunners.lua\n'
like "$OUT" "The tutorial is paused" "tutorial: q leaves it"
like "$OUT" 'Going on with the tutorial for "Runners"' "tutorial: called again, it goes on where it stopped"
[ -f runners.lua ]
ok $? "tutorial: and ends as before"

# --- a real terminal -------------------------------------------------------
if ! command -v tmux >/dev/null 2>&1; then
  skip 28 "tmux is not installed"
  done_testing
  exit
fi
T="tmux -L canvas-test-$$"
screen() { $T capture-pane -t repl -p; }
# wait_for TEXT: until the screen shows TEXT (at most 5 s)
wait_for() {
  local i
  for i in $(seq 50); do
    screen | grep -qF -- "$1" && return 0
    sleep 0.1
  done
  echo "# the screen, waiting for: $1"
  screen | grep -v '^$' | sed 's/^/#   /'
  return 1
}
# start COMMAND: a session running COMMAND; a server that is still shutting
# down after the last session ended can refuse the first try
start() {
  local i
  for i in 1 2 3 4 5; do
    $T new-session -d -s repl -x 100 -y 40 "$1" 2>/dev/null && return 0
    sleep 0.5
  done
  return 1
}
keys() { $T send-keys -t repl "$@"; sleep 0.2; }      # key names: Tab, C-c, Enter
typ() { $T send-keys -t repl -l "$1"; sleep 0.2; }     # text, as typed
hist="$tmp/state/canvas/history"
start "cd '$tmp' && XDG_STATE_HOME='$tmp/state' env -u CANVAS_HISTORY '$CANVAS' repl tidepool.lua; echo \"exit=\$?\"; sleep 60"
wait_for "Tidepool>"
ok $? "terminal: the prompt shows the canvas"
like "$(screen)" "help() for help, Ctrl-D to leave" "terminal: a banner says how to get help and how to leave"

typ 'seg "Pat'; keys Tab
wait_for 'seg "Patients"'
ok $? "Tab completes a segment name inside the string"
keys Enter
wait_for 'segment "Patients" (4 jobs'
ok $? "and Enter runs it"
typ 'segm'; keys Tab
wait_for 'Tidepool> segment'
ok $? "Tab completes a declaration word"
keys C-u; typ 'pain "x" { severity = "ext'; keys Tab
wait_for 'severity = "extreme"'
ok $? "Tab completes a scale word after severity = \""
keys C-u; typ 'help "obst'; keys Tab
wait_for 'help "obstacle'
ok $? "Tab completes a help topic (as far as the topics agree)"
keys C-u; typ 'explain "CS01'; keys Tab; keys Tab
wait_for 'CS019'
ok $? "two Tabs list the rule IDs that match"
keys C-u

typ 'for i = 1, 3 do'; keys Enter
wait_for '..>'
ok $? "an unfinished statement continues on a second prompt"
typ 'io = nil'; keys Enter; typ 'end'; keys Enter
sleep 0.3
typ 'while true do end'; keys Enter
sleep 0.5
keys C-c
wait_for 'interrupted'
ok $? "Ctrl-C stops a running loop"
wait_for 'Tidepool>'
typ 'pcall(function() while true do end end)'; keys Enter
sleep 0.5
keys C-c
sleep 0.5
typ 'print("still " .. "alive")'; keys Enter
wait_for 'still alive'
ok $? "Ctrl-C stops a loop inside pcall too, and the REPL goes on"

typ 'half typed'
keys C-c
typ 'print(40 + 2)'; keys Enter
wait_for '42'
ok $? "Ctrl-C on a typed line clears it"
unlike "$(screen)" "half typedprint" "the cleared text is not run"
typ 'x = {'; keys Enter
keys C-c
typ 'print("fresh")'; keys Enter
wait_for 'fresh'
ok $? "Ctrl-C in a continuation drops the statement"
keys C-c
wait_for 'to leave canvas, press Ctrl-D'
ok $? "Ctrl-C on an empty prompt says how to leave"

typ 'print("Grüße, 日本")'; keys Enter
wait_for 'Grüße, 日本'
ok $? "non-ASCII input and output"

keys Up
wait_for 'Tidepool> print("Grüße, 日本")'
ok $? "the arrow keys recall the history"
keys C-u C-d
wait_for 'exit=0'
ok $? "Ctrl-D leaves with exit status 0"
[ -f "$hist" ]
ok $? "the history file is in \$XDG_STATE_HOME/canvas/history"
is "$(stat -c %a "$hist")" 600 "it is private"
grep -qxF 'for i = 1, 3 do\nio = nil\nend' "$hist"
ok $? "a multi-line statement is one entry"
$T kill-session -t repl

# history off, and a second session that reads the first one's history
start "cd '$tmp' && XDG_STATE_HOME='$tmp/state' env -u CANVAS_HISTORY '$CANVAS' repl; echo \"exit=\$?\"; sleep 60"
wait_for 'canvas>'
keys Up
wait_for 'canvas> print("Grüße, 日本")'
ok $? "a new session starts with the history of the last one"
keys C-u C-d
wait_for 'exit=0'
$T kill-session -t repl
before=$(wc -l < "$hist")
start "cd '$tmp' && XDG_STATE_HOME='$tmp/state' CANVAS_HISTORY='' '$CANVAS' repl; echo \"exit=\$?\"; sleep 60"
wait_for 'canvas>'
typ 'print(1)'; keys Enter; keys C-d
wait_for 'exit=0'
is "$(wc -l < "$hist")" "$before" "CANVAS_HISTORY set to empty turns history off"
$T kill-session -t repl

# the session shown in docs/repl.md and README.md is what the screen shows
# now: the same keys, typed at 80 columns
$T kill-server 2>/dev/null
sleep 0.5
$T new-session -d -s repl -x 80 -y 80 "cd '$tmp' && CANVAS_HISTORY= '$CANVAS' repl tidepool.lua; echo \"exit=\$?\"; sleep 60"
wait_for 'Tidepool>'
typ 'seg "Pat'; keys Tab; keys Enter
typ 'pain "No readings when the phone is off" {'; keys Enter
typ '  severity = "sev'; keys Tab; typ ', kind = "fun'; keys Tab; keys Enter
typ '}'; keys Enter
typ 'f = fit "Patients"'; keys Enter
typ 'f.stage, f.covered .. "/" .. f.total'; keys Enter
typ 'f.unaddressed'; keys Enter
typ 'explain "CS01'; keys Tab; keys Tab
wait_for 'CS010  CS011'
shown_session=$(screen | grep -v '^$')
for doc in docs/repl.md README.md; do
  block=$(awk '/^canvas 0.1.0: help\(\) for help/ { on = 1 } on && /^```/ { exit } on { print }' "$TOP/$doc")
  is "$shown_session" "$block" "the session in $doc is what the screen shows"
done
# the REPL leaves before its terminal goes: a process still exiting when
# the session is killed gets SIGHUP, which under the sanitizers can stop
# its leak check half-way and leave it spinning
keys C-u C-d
wait_for 'exit=0'
$T kill-session -t repl

# the terminal is given back as it was: after Ctrl-D, and after SIGTERM
# at the prompt
start "cd '$tmp' && stty -g > tty.before && CANVAS_HISTORY= '$CANVAS' repl; stty -g > tty.after; echo \"exit=\$?\"; sleep 60"
wait_for 'canvas>'
typ 'x = 1'; keys Enter; keys C-d
wait_for 'exit='
is "$(cat "$tmp/tty.after")" "$(cat "$tmp/tty.before")" "the terminal settings are restored after Ctrl-D"
$T kill-session -t repl
start "cd '$tmp' && stty -g > tty.before && CANVAS_HISTORY= '$CANVAS' repl; stty -g > tty.after; echo \"exit=\$?\"; sleep 60"
wait_for 'canvas>'
typ 'half a line'
pkill -TERM -f "$CANVAS repl\$" 2>/dev/null || pkill -TERM -x canvas
wait_for 'exit='
is "$(cat "$tmp/tty.after")" "$(cat "$tmp/tty.before")" "and after SIGTERM in the middle of a line"
$T kill-session -t repl

# canvas alone on a terminal is the REPL
start "cd '$tmp' && CANVAS_HISTORY= '$CANVAS'; echo \"exit=\$?\"; sleep 60"
wait_for 'canvas>'
ok $? "canvas alone on a terminal starts the REPL"
keys C-d
wait_for 'exit=0'
$T kill-session -t repl
done_testing
