#!/bin/bash
# Unit tests of the stdlib's Lua modules. Each tests/unit/*_test.lua is a
# trusted canvas script (`canvas --trust`, so `require "canvas.util.text"`
# returns the embedded module) that prints TAP through tests/unit/tap.lua.
# Its results are renumbered into this file's, each prefixed with the
# file's name; the file must also print its plan and run every test it
# planned, exit 0 and write nothing on standard error. With CASE set, only
# the files it selects run (CASE=util_text or CASE=util_text_test).
. "$(dirname "$0")/lib.sh"
unit=$TOP/tests/unit

for f in "$unit"/*_test.lua; do
  name=$(basename "$f" .lua)
  case_selected "$name" || case_selected "${name%_test}" || continue
  run sh -c "cd '$unit' && exec '$CANVAS' --trust '$name.lua'"
  planned='' ran=0
  while IFS= read -r line; do
    if [[ $line =~ ^(not )?ok\ [0-9]+(\ -)?\ ?(.*)$ ]]; then
      ran=$((ran + 1))
      _n=$((_n + 1))
      rest=${BASH_REMATCH[3]}
      if [ -n "${BASH_REMATCH[1]}" ]; then
        case $rest in *"# TODO"*|*"# todo"*) ;; *) _failed=$((_failed + 1)) ;; esac
      fi
      echo "${BASH_REMATCH[1]}ok $_n - $name: $rest"
    elif [[ $line =~ ^1\.\.([0-9]+) ]]; then
      planned=${BASH_REMATCH[1]}
    elif [[ $line == "#"* ]]; then
      echo "$line"
    elif [ -n "$line" ]; then
      echo "# $name printed: $line"
    fi
  done <<<"$OUT"
  is "$RC" 0 "$name: exit status 0"
  is "$ERR" "" "$name: nothing on standard error"
  if [ -z "$planned" ]; then
    ok 1 "$name: prints its plan (it must end with done())"
  else
    is "$ran" "$planned" "$name: runs the $planned tests it plans"
  fi
done
done_testing
