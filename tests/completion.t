#!/bin/bash
# The bash completion script (canvas --completion bash): it parses, and in
# bash it completes commands, each command's options, --format values,
# rule IDs after --only (also after a comma) and after explain, help
# topics, market patterns and script files.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run "$CANVAS" --completion bash
is "$RC" 0 "canvas --completion bash: exit 0"
printf '%s\n' "$OUT" > "$tmp/canvas.bash"
bash -n "$tmp/canvas.bash"
ok $? "the script is valid bash"
run "$CANVAS" --completion zsh
is "$RC" 2 "another shell: usage error"
mkdir -p "$tmp/w" && touch "$tmp/w/shop.lua" "$tmp/w/notes.txt"
comp() {   # comp WORD...: what the completion offers for the last word
  (cd "$tmp/w" && bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1));
    _canvas; printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' _ "$tmp/canvas.bash" "$@")
}
mkdir -p "$tmp/w/exercises"
is "$(comp canvas ex)" "exercises explain export " "commands and folders after canvas"
is "$(comp canvas exp)" "explain export " "the commands that start with the word"
is "$(comp canvas check --su)" "--summary " "a command's own options"
like "$(comp canvas rank --)" "--segment" "rank's option"
like "$(comp canvas rank --)" "--timeout" "and the global ones"
unlike "$(comp canvas rank --)" "--summary" "not another command's"
is "$(comp canvas export x.lua --format s)" "svg " "export's formats"
is "$(comp canvas check --format s)" "sarif " "check's formats"
is "$(comp canvas check --only CS00)" "CS001 CS002 CS003 CS004 CS005 CS006 CS007 CS008 CS009 " "rule IDs after --only"
is "$(comp canvas check --ignore CS003,CS01)" \
  "CS003,CS010 CS003,CS011 CS003,CS012 CS003,CS013 CS003,CS014 CS003,CS015 CS003,CS016 CS003,CS017 CS003,CS018 CS003,CS019 " \
  "after a comma, the IDs that follow"
is "$(comp canvas explain CS02)" "CS020 CS021 CS022 CS023 CS024 " "rule IDs after explain"
is "$(comp canvas help obst)" "obstacle obstacles " "help topics after help"
is "$(comp canvas new X --market mu)" "multi-sided " "market patterns after --market"
is "$(comp canvas check s)" "shop.lua " "scripts (.lua files) after a command"
unlike "$(comp canvas check --jobs "")" "shop.lua" "no scripts offered after --jobs: it takes a number"
is "$(comp canvas -j 2 check --su)" "--summary " "a value given to -j is no command"
done_testing
