# TAP helpers for the shell test files (run by prove).
# CANVAS is the binary under test (build/canvas unless set).
TOP=$(cd "$(dirname "$0")/.." && pwd)
CANVAS=${CANVAS:-build/canvas}
case $CANVAS in /*) ;; *) CANVAS="$TOP/$CANVAS" ;; esac
export NO_COLOR=1
unset CANVAS_STDLIB
_n=0
_failed=0

# run CMD...: runs a command, keeping its stdout, stderr and exit status in
# $OUT, $ERR and $RC.
run() {
  local tmp
  tmp=$(mktemp -d)
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  RC=$?
  OUT=$(cat "$tmp/out")
  ERR=$(cat "$tmp/err")
  rm -rf "$tmp"
}

ok() {   # ok CONDITION-STATUS DESCRIPTION
  _n=$((_n + 1))
  if [ "$1" -eq 0 ]; then
    echo "ok $_n - $2"
  else
    echo "not ok $_n - $2"
    _failed=$((_failed + 1))
  fi
}

is() {   # is GOT WANT DESCRIPTION
  if [ "$1" = "$2" ]; then
    ok 0 "$3"
  else
    ok 1 "$3"
    printf '%s\n' "# got:" "$1" | sed 's/^/#   /'
    printf '%s\n' "# want:" "$2" | sed 's/^/#   /'
  fi
}

like() { # like GOT SUBSTRING DESCRIPTION
  case $1 in
    *"$2"*) ok 0 "$3" ;;
    *) ok 1 "$3"; printf '%s\n' "# got:" "$1" "# wanted it to contain:" "$2" | sed 's/^/#   /' ;;
  esac
}

unlike() { # unlike GOT SUBSTRING DESCRIPTION
  case $1 in
    *"$2"*) ok 1 "$3"; printf '%s\n' "# got:" "$1" "# wanted it not to contain:" "$2" | sed 's/^/#   /' ;;
    *) ok 0 "$3" ;;
  esac
}

# skip COUNT REASON: COUNT assertions that cannot run here (a tool or a
# facility is missing), reported as TAP skips: "ok N # SKIP REASON".
skip() {
  local i
  for ((i = 0; i < $1; i++)); do
    _n=$((_n + 1))
    echo "ok $_n # SKIP $2"
  done
}

# skip_all REASON: the whole file cannot run here; call it before any
# assertion. Prints the TAP plan "1..0 # SKIP REASON" and exits.
skip_all() {
  echo "1..0 # SKIP $1"
  exit 0
}

# case_selected NAME: whether the case NAME (a file name without .lua) is to
# run. Every case is, unless CASE is set: then only those matching one of
# its shell patterns (separated by spaces or commas; a trailing .lua is
# ignored), e.g. CASE=field_wrong_value or CASE='field_* scale_*'.
case_selected() {
  [ -n "${CASE:-}" ] || return 0
  local pat pats
  IFS=', ' read -ra pats <<<"$CASE"
  for pat in "${pats[@]}"; do
    # shellcheck disable=SC2254
    case $1 in ${pat%.lua}) return 0 ;; esac
  done
  return 1
}

done_testing() {
  if [ "$_n" -eq 0 ] && [ -n "${CASE:-}" ]; then
    echo "1..0 # SKIP no case here matches CASE=$CASE"
    return 0
  fi
  echo "1..$_n"
  [ "$_failed" -eq 0 ]
}

# run_cases DIR: each DIR/*.lua is a case whose leading comments say what a
# run must show:
#   -- args: OPTIONS          options put before the script (default none)
#   -- exit: N                the exit status (default 0)
#   -- stdout: LINE           exact lines of standard output (all of it)
#   -- stderr: LINE           exact lines of standard error (all of it)
#   -- stderr-has: TEXT       standard error contains TEXT
#   -- stdout-has: TEXT       standard output contains TEXT
# A case with neither a stderr: nor a stderr-has: line must write nothing on
# standard error. The case runs in its own folder, so messages name it by
# its base name. With CASE set, only the cases it selects run
# (case_selected).
run_cases() {
  local dir=$1 f name args want_exit want_out want_err has
  for f in "$dir"/*.lua; do
    name=$(basename "$f")
    case_selected "${name%.lua}" || continue
    args=$(sed -n 's/^-- args: //p' "$f" | head -1)
    want_exit=$(sed -n 's/^-- exit: //p' "$f" | head -1)
    want_exit=${want_exit:-0}
    # shellcheck disable=SC2086
    run sh -c "cd '$dir' && exec '$CANVAS' $args '$name'"
    is "$RC" "$want_exit" "$name: exit status $want_exit"
    if grep -q '^-- stdout:' "$f"; then
      want_out=$(sed -n 's/^-- stdout: \{0,1\}//p' "$f")
      is "$OUT" "$want_out" "$name: standard output"
    fi
    if grep -q '^-- stderr:' "$f"; then
      want_err=$(sed -n 's/^-- stderr: \{0,1\}//p' "$f")
      is "$ERR" "$want_err" "$name: standard error"
    elif ! grep -q '^-- stderr-has:' "$f"; then
      is "$ERR" "" "$name: standard error is empty (the case declares no -- stderr: or -- stderr-has:)"
    fi
    while IFS= read -r has; do
      [ -n "$has" ] || continue
      like "$ERR" "$has" "$name: standard error mentions: $has"
    done <<EOT
$(sed -n 's/^-- stderr-has: //p' "$f")
EOT
    while IFS= read -r has; do
      [ -n "$has" ] || continue
      like "$OUT" "$has" "$name: standard output mentions: $has"
    done <<EOT
$(sed -n 's/^-- stdout-has: //p' "$f")
EOT
  done
}
