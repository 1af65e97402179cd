#!/bin/bash
# Command line: how a user starts canvas, what it prints and the exit status
# it ends with. The scripts are written to a scratch folder and run from it,
# so messages name them by their base names.
. "$(dirname "$0")/lib.sh"

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1

cat >shop.lua <<'EOF'
segment "Buyers" { job "Buy shoes" { importance = "high" } }
print("shop: " .. #segments() .. " segment")
EOF
cat >args.lua <<'EOF'
print("... holds " .. select("#", ...) .. ": [" .. table.concat({ ... }, " | ") .. "]")
print("arg[0] = " .. arg[0] .. "; arg = [" .. table.concat(arg, " | ") .. "]")
EOF
cat >bad.lua <<'EOF'
segment "Buyers" {
  pain "Long queues" { severity = 6 },
}
EOF
cat >uses_x.lua <<'EOF'
print("x = " .. tostring(x))
EOF
mkdir folder

# --- help and version ------------------------------------------------------
run "$CANVAS" --help
is "$RC" 0 "--help exits 0"
for word in "run" "-e CODE" "-I DIR" "--trust" "Exit status" "0  " "2  " "3  "; do
  like "$OUT" "$word" "--help mentions '$word'"
done
is "$ERR" "" "--help writes nothing on standard error"

run "$CANVAS" --version
is "$RC" 0 "--version exits 0"
case $OUT in
  "canvas "[0-9]*.[0-9]*.[0-9]*) ok 0 "--version prints 'canvas X.Y.Z'" ;;
  *) ok 1 "--version prints 'canvas X.Y.Z'"; echo "# got: $OUT" ;;
esac
[ "$(printf '%s\n' "$OUT" | wc -l)" -eq 1 ]
ok $? "--version prints one line"

# --- usage errors: exit 2 --------------------------------------------------
run "$CANVAS" --frobnicate shop.lua
is "$RC" 2 "an unknown option exits 2"
is "$ERR" "canvas: unknown option '--frobnicate'
Try 'canvas --help' for more information." "an unknown option is named, with a pointer to --help"
is "$OUT" "" "an unknown option runs nothing"

run "$CANVAS" -e
is "$RC" 2 "-e without code exits 2"
is "$ERR" "canvas: option '-e' needs a value
Try 'canvas --help' for more information." "-e without code says so"

run "$CANVAS" shop.lua -I
is "$RC" 0 "an -I after the script is the script's argument, not an option"

run "$CANVAS" -I
is "$RC" 2 "-I without a folder exits 2"
is "$ERR" "canvas: option '-I' needs a value
Try 'canvas --help' for more information." "-I without a folder says so"

run sh -c "printf 'print(\"from stdin\")\n' | '$CANVAS' run"
is "$RC:$OUT" "0:from stdin" "run without a script reads it from standard input when that is no terminal"

run "$CANVAS" -I no-such-folder shop.lua
is "$RC" 2 "-I with a missing folder exits 2"
is "$ERR" "canvas: -I no-such-folder: no such folder" "-I with a missing folder names it"
is "$OUT" "" "-I with a missing folder runs nothing"

# --- load failures: exit 3 -------------------------------------------------
run "$CANVAS" bad.lua
is "$RC" 3 "a script with a load error exits 3"
is "$ERR" 'bad.lua:2: error: pain "Long queues": severity = 6 is outside the scale; use a whole number 1..5 or one of "moderate" (1), "considerable" (2), "severe" (3), "very severe" (4) or "extreme" (5)' \
  "the load error names file and line"

run "$CANVAS" missing.lua
is "$RC" 3 "a missing script exits 3"
is "$ERR" 'missing.lua: error: cannot read "missing.lua": No such file or directory' \
  "a missing script is named with the reason"

run "$CANVAS" folder
is "$RC" 3 "a folder given as the script exits 3"
is "$ERR" 'folder: error: cannot read "folder": is a directory, not a script file' \
  "a folder given as the script is named as a folder"

# --- running scripts -------------------------------------------------------
run "$CANVAS" shop.lua
is "$RC" 0 "canvas FILE runs the script and exits 0"
is "$OUT" "shop: 1 segment" "canvas FILE prints what the script prints"
is "$ERR" "" "a clean script writes nothing on standard error"

run "$CANVAS" run shop.lua
is "$RC:$OUT" "0:shop: 1 segment" "canvas run FILE runs the script"

run "$CANVAS" args.lua one "two words" --trust -e
is "$OUT" "... holds 4: [one | two words | --trust | -e]
arg[0] = args.lua; arg = [one | two words | --trust | -e]" \
  "arguments after the script reach ... and arg, options included"

run "$CANVAS" run args.lua a b
is "$OUT" "... holds 2: [a | b]
arg[0] = args.lua; arg = [a | b]" "canvas run FILE ARGS passes the arguments"

run "$CANVAS" args.lua
is "$OUT" "... holds 0: []
arg[0] = args.lua; arg = []" "a script without arguments gets none"

cp args.lua ./-dash.lua
run "$CANVAS" -- -dash.lua x
is "$RC:$OUT" "0:... holds 1: [x]
arg[0] = -dash.lua; arg = [x]" "-- ends the options: a script may start with a dash"

# --- -I ---------------------------------------------------------------------
mkdir -p shared project
printf 'segment "Shared" { }\n' >shared/common.lua
printf 'return { greeting = "hello from shared" }\n' >shared/words.lua
printf 'include "../shared/common.lua"\nprint(#segments() .. " segment")\n' >project/main.lua
printf 'print(require("words").greeting)\n' >project/greet.lua

run sh -c "cd project && '$CANVAS' main.lua"
is "$RC" 3 "without -I, a folder beside the script is out of reach"
is "$ERR" 'main.lua:1: error: cannot include "../shared/common.lua": ../shared/common.lua is outside the folders scripts may read (the script'"'"'s folder, the working directory and -I folders)' \
  "the include outside the allowed folders is refused"

run sh -c "cd project && '$CANVAS' -I ../shared main.lua"
is "$RC:$OUT" "0:1 segment" "-I DIR lets include read scripts in DIR"

run sh -c "cd project && '$CANVAS' -I../shared greet.lua"
is "$RC:$OUT" "0:hello from shared" "-IDIR (joined) lets require find modules in DIR"

# --- -e --------------------------------------------------------------------
run "$CANVAS" -e 'print("hello from -e")'
is "$RC:$OUT" "0:hello from -e" "-e CODE alone runs the code"

run "$CANVAS" -e 'print("first")' -e 'print("second")'
is "$OUT" "first
second" "several -e run in order"

run "$CANVAS" -e 'x = 42' uses_x.lua
is "$RC:$OUT" "0:x = 42" "-e runs before the script, in the same environment"

run "$CANVAS" -e 'error("stop here")' uses_x.lua
is "$RC" 3 "a failing -e exits 3"
is "$ERR" "(command line):1: error: stop here" "a failing -e is reported as the command line"
is "$OUT" "" "a failing -e keeps the script from running"

run "$CANVAS" -e 'segment "Buyers" { }' shop.lua
is "$RC" 3 "declarations of -e and the script make one model"
is "$ERR" 'shop.lua:1: error: segment "Buyers" is already declared at (command line):1; give each segment its own name' \
  "a clash between -e and the script names both places"

# --- standard input --------------------------------------------------------
run sh -c "printf 'print(\"piped\", ...)\n' | '$CANVAS'"
is "$RC:$OUT" "0:piped" "a script piped in with no arguments runs"

run sh -c "printf 'print(\"dash: \" .. table.concat({ ... }, \" \"))\n' | '$CANVAS' - p q"
is "$RC:$OUT" "0:dash: p q" "'-' runs standard input as the script, with arguments"

run sh -c "printf 'print(\"arg[0] = \" .. arg[0])\n' | '$CANVAS' run -"
is "$OUT" "arg[0] = stdin" "canvas run - reads standard input too, named stdin"

run sh -c "printf 'segment \"A\" { }\nerror(\"from stdin\")\n' | '$CANVAS' -"
is "$RC" 3 "a failing script on standard input exits 3"
is "$ERR" "stdin:2: error: from stdin" "errors on standard input are named stdin with their line"

run sh -c "printf 'print(x)\n' | '$CANVAS' -e 'x = \"set by -e\"' -"
is "$OUT" "set by -e" "-e runs before a script read from standard input"

# --- diagnostics on a terminal and off it ----------------------------------
esc=$(printf '\033')
run env -u NO_COLOR "$CANVAS" bad.lua
unlike "$ERR" "$esc" "diagnostics to a pipe have no escape codes"
is "$RC" 3 "diagnostics to a pipe: exit 3 still"

if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  run env -u NO_COLOR TERM=xterm script -qec "'$CANVAS' bad.lua" /dev/null
  like "$OUT" "$esc[" "on a terminal, diagnostics are coloured"
  run env NO_COLOR=1 TERM=xterm script -qec "'$CANVAS' bad.lua" /dev/null
  unlike "$OUT" "$esc" "with NO_COLOR, diagnostics on a terminal have no escape codes"
  like "$OUT" "bad.lua:2: error: pain \"Long queues\"" "with NO_COLOR the diagnostic is still there"
else
  skip 3 "script(1) is needed to give canvas a terminal"
fi

# A script cannot drive the terminal through a message: control characters
# in names and error texts are shown escaped.
printf 'segment "Red\\27[31mAlert" { job "j" { importance = 0 } }\nvalue "V" { segment = "Red\\27[31mAlrt" }\nsegment "Red\\27[31mAlert" { }\nerror("bell\\7 and clear\\27[2J")\n' >escapes.lua
run "$CANVAS" escapes.lua
is "$RC" 3 "the script with control characters exits 3"
unlike "$ERR" "$esc" "no raw escape character reaches standard error"
unlike "$ERR" "$(printf '\007')" "no raw bell character reaches standard error"
is "$ERR" 'escapes.lua:1: error: job "j": importance = 0 is outside the scale; use a whole number 1..5 or one of "low" (1), "medium" (2), "high" (3), "very high" (4) or "crucial" (5)
escapes.lua:2: warning[CS018] unknown-reference: value "V": segment = "Red\027[31mAlrt" names no segment; did you mean "Red\027[31mAlert"?
escapes.lua:3: error: segment "Red\027[31mAlert" is already declared at escapes.lua:1; give each segment its own name
escapes.lua:4: error: bell\007 and clear\027[2J' "control characters are shown as \\NNN escapes"

# Ctrl-C stops a running script: a message and exit status 130.
tmpi=$(mktemp -d)
printf 'segment "A" {}\nwhile true do end\n' > "$tmpi/spin.lua"
( cd "$tmpi" && exec "$CANVAS" spin.lua ) > "$tmpi/out" 2> "$tmpi/err" &
pid=$!
sleep 1
kill -INT "$pid"
wait "$pid"
is "$?" 130 "Ctrl-C ends a running script with exit status 130"
is "$(cat "$tmpi/err")" "spin.lua:2: error: interrupted" "and says where it was interrupted"
rm -rf "$tmpi"

# A script on standard input is held to the same size as a file.
run sh -c "head -c 300000000 /dev/zero | '$CANVAS' -"
is "$RC" 3 "an oversize script on standard input fails to load"
is "$ERR" "canvas: cannot read the script from standard input: it is too large (scripts may have at most 256 MiB)" \
  "and says that it is too large"

# Where memory comes from (the arena, or malloc with CANVAS_MALLOC, or a
# smaller arena under ulimit -v) changes nothing a user sees.
memo=$(mktemp -d)
# (a sanitizer's build reserves terabytes of shadow memory: none runs there)
run sh -c "ulimit -v 1000000 && exec '$CANVAS' --version"
limited=$RC
for f in "$TOP"/examples/tidepool.lua "$TOP"/examples/common-mistakes.lua; do
  for cmd in check "export --format json" "rank"; do
    run "$CANVAS" $cmd "$f"
    want="$RC:$OUT:$ERR"
    run env CANVAS_MALLOC=1 "$CANVAS" $cmd "$f"
    is "$RC:$OUT:$ERR" "$want" "canvas $cmd $(basename "$f"): the same with CANVAS_MALLOC=1"
    if [ "$limited" = 0 ]; then
      run sh -c "ulimit -v 1000000 && exec '$CANVAS' $cmd '$f'"
      is "$RC:$OUT:$ERR" "$want" "canvas $cmd $(basename "$f"): the same under ulimit -v"
    else
      skip 1 "this build of canvas cannot start under ulimit -v"
    fi
  done
done
run "$CANVAS" check "$TOP"/examples/tidepool.lua "$TOP"/examples/common-mistakes.lua
want="$RC:$OUT:$ERR"
run env CANVAS_MALLOC=1 "$CANVAS" check "$TOP"/examples/tidepool.lua "$TOP"/examples/common-mistakes.lua
is "$RC:$OUT:$ERR" "$want" "canvas check of two scripts: the same with CANVAS_MALLOC=1"
printf 'local t = {}\nfor i = 1, 1e9 do t[i] = { i } end\n' > "$memo/hog.lua"
run "$CANVAS" check --max-memory 20M "$memo/hog.lua" "$TOP"/examples/tidepool.lua
like "$OUT" "hog.lua:2: error: the memory limit was reached: more than 20 MiB" \
  "the memory limit holds for blocks from the arena"
run env CANVAS_MALLOC=1 "$CANVAS" check --max-memory 20M "$memo/hog.lua"
like "$OUT" "hog.lua:2: error: the memory limit was reached: more than 20 MiB" \
  "and for blocks from malloc"
rm -rf "$memo"

done_testing
