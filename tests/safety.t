#!/bin/bash
# Safety: hostile and malformed scripts end with a clear message and the
# right exit status, quickly, with no crash, no hang and no file touched.
#
# Each case of tests/safety/*.lua runs alone in a fresh temporary box whose
# case/ folder is its working directory, with HOME and TMPDIR pointing at
# empty folders in the box. Besides the case and input/ (committed inputs
# that cannot carry a header), case/ holds what cannot be committed:
# pipe.lua (a named pipe), big.lua (a sparse 300 MB file), folder.lua (a
# folder), a script whose name holds terminal escapes, and links/ (symbolic
# links to /etc/passwd, to the pipe and to a secret.lua beside case/ that no
# case may run). A listing of the box (paths, sizes, modification times)
# must be the same after the run, and the working directory of this test
# and the real HOME must gain no files. The runs go a few at a time; their
# checks are reported in order.
#
# The headers are those of run_cases (tests/lib.sh), and two more:
#   -- script: PATH        run PATH (inside case/; shell words, like args)
#                          instead of the case
#   -- interrupt: SECONDS  send SIGINT (Ctrl-C) after SECONDS
# Every run is killed after 20 s, so a hang fails instead of waiting. A case
# without a stderr: or stderr-has: line must write nothing on standard
# error; with CASE set, only the cases it selects run (see tests/lib.sh).
. "$(dirname "$0")/lib.sh"
export LC_ALL=C

cases=$TOP/tests/safety
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The box every case starts from; cp -a keeps the pipe a pipe, the big file
# sparse and the links relative.
template=$work/template
mkdir -p "$template/case/links" "$template/home" "$template/tmp"
cp -R "$cases/input" "$template/case/"
mkfifo "$template/case/pipe.lua"
truncate -s 300M "$template/case/big.lua"
mkdir "$template/case/folder.lua"
printf 'print("SECRET: a file outside the allowed folders was run")\n' >"$template/secret.lua"
ln -s ../../secret.lua "$template/case/links/secret.lua"
ln -s /etc/passwd "$template/case/links/passwd.lua"
ln -s ../pipe.lua "$template/case/links/pipe.lua"
printf 'error("a script whose name drives the terminal")\n' >"$template/case/"$'\e[2J\e]0;title\a.lua'

# listing DIR: every file and folder under DIR with its type, size and
# modification time, one a line.
listing() {
  find "$1" -printf '%y %s %T@ %P -> %l\n'
}

# read_headers FILE: sets H_args, H_exit, H_script and H_interrupt, and
# H_stdout, H_stderr, H_stdout_has and H_stderr_has (unset when absent;
# several lines are joined with newlines) from the "-- key: value" lines of
# the leading comment block, without starting a process.
read_headers() {
  local line key value var
  H_args='' H_exit='' H_script='' H_interrupt=''
  unset H_stdout H_stderr H_stdout_has H_stderr_has
  while IFS= read -r line; do
    case $line in
      "-- "*) ;;
      "#!"*) continue ;;
      *) break ;;
    esac
    key=${line#-- }
    key=${key%%:*}
    value=${line#"-- $key:"}
    value=${value# }
    case $key in
      args|exit|script|interrupt) printf -v "H_$key" '%s' "$value" ;;
      stdout|stderr|stdout-has|stderr-has)
        var=H_${key//-/_}
        if [ -n "${!var+set}" ]; then
          printf -v "$var" '%s\n%s' "${!var}" "$value"
        else
          printf -v "$var" '%s' "$value"
        fi
        ;;
    esac
  done <"$1"
}

# run_case FILE: copies the box, lists it, runs the case in it and lists it
# again; leaves the exit status, the output and both listings beside it.
run_case() {
  local f=$1 name=${1##*/} b=$work/${1##*/}
  b=${b%.lua}
  cp -a "$template" "$b" && cp "$f" "$b/case/" || return
  read_headers "$f"
  listing "$b" >"$b.before"
  (
    cd "$b/case" || exit 125
    eval "set -- $H_args"
    if [ -n "$H_script" ]; then eval "set -- \"\$@\" $H_script"; else set -- "$@" "$name"; fi
    if [ -n "$H_interrupt" ]; then
      HOME=$b/home TMPDIR=$b/tmp timeout -s KILL 20 "$CANVAS" "$@" &
      sleep "$H_interrupt"
      kill -INT $!
      wait $!
    else
      HOME=$b/home TMPDIR=$b/tmp exec timeout -s KILL 20 "$CANVAS" "$@"
    fi
  ) >"$b.out" 2>"$b.err" </dev/null
  echo $? >"$b.rc"
  listing "$b" >"$b.after"
}

outside_before=$(ls -A "$PWD"; echo ---; ls -A "$HOME")
SECONDS=0

# The runs, a few at a time (most of them wait for a limit).
running=0
for f in "$cases"/*.lua; do
  name=${f##*/}
  case_selected "${name%.lua}" || continue
  if [ "$running" -ge 4 ]; then
    wait -n
    running=$((running - 1))
  fi
  run_case "$f" &
  running=$((running + 1))
done
wait

# What each run must show, in order.
for f in "$cases"/*.lua; do
  name=${f##*/}
  case_selected "${name%.lua}" || continue
  b=$work/${name%.lua}
  read_headers "$f"
  RC=$(<"$b.rc") OUT=$(<"$b.out") ERR=$(<"$b.err")

  is "$RC" "${H_exit:-0}" "$name: exit status ${H_exit:-0}"
  [ -n "${H_stdout+set}" ] && is "$OUT" "$H_stdout" "$name: standard output"
  if [ -n "${H_stderr+set}" ]; then
    is "$ERR" "$H_stderr" "$name: standard error"
  elif [ -z "${H_stderr_has+set}" ]; then
    is "$ERR" "" "$name: standard error is empty (the case declares no -- stderr: or -- stderr-has:)"
  fi
  while IFS= read -r has; do
    [ -n "$has" ] && like "$ERR" "$has" "$name: standard error mentions: $has"
  done <<<"${H_stderr_has-}"
  while IFS= read -r has; do
    [ -n "$has" ] && like "$OUT" "$has" "$name: standard output mentions: $has"
  done <<<"${H_stdout_has-}"
  unlike "$ERR" $'\033' "$name: no raw escape character reaches standard error"
  unlike "$ERR" "stdlib/" "$name: messages point at the script, not at canvas's own code"
  unlike "$OUT$ERR" "root:" "$name: nothing of /etc/passwd is shown"
  case $H_args in *--trust*) ;; *)
    unlike "$OUT$ERR" "SECRET" "$name: the secret.lua outside the folder does not run" ;;
  esac
  is "$(<"$b.after")" "$(<"$b.before")" \
    "$name: no file is created, changed or removed (folder, HOME, TMPDIR)"
done

is "$(ls -A "$PWD"; echo ---; ls -A "$HOME")" "$outside_before" \
  "the working directory and HOME gain no files"
echo "# the catalogue ran in $SECONDS s"
done_testing
