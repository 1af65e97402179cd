#!/bin/bash
# Sandbox: an untrusted script cannot read, write or run anything outside the
# language. Each case of tests/sandbox/*.lua runs alone in a fresh copy of
# that folder, which sits in a box beside a secret.lua that no case may read;
# links/ in the copy holds symbolic links that point out of it, and one
# (victim.lua) at a file in it whose name does not end in .lua. A listing of
# the box (paths, sizes, modification times) must be the same after the run,
# and where the system allows a private /tmp the run must leave it empty.
. "$(dirname "$0")/lib.sh"

cases=$TOP/tests/sandbox
real_canvas=$CANVAS

# The boxes live outside /tmp, so that a private /tmp hides nothing the run
# needs (nor may the binary live there).
work=$(mktemp -d -p /var/tmp canvas-sandbox.XXXXXX 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT

# listing DIR: every file and folder under DIR with its type, size and
# modification time, one a line, sorted.
listing() {
  (cd "$1" && find . -printf '%y %s %T@ %p -> %l\n' | LC_ALL=C sort -k4)
}

# With a private /tmp (a mount namespace, as root or in a user namespace) the
# run's leftovers there can be seen without confusing them with other
# programs' files. CANVAS becomes a wrapper that runs the real binary with an
# empty /tmp and records what is in it afterwards.
unshare=
case $work:$real_canvas in
  /tmp/*|*:/tmp/*) ;;
  *)
    if unshare -m sh -c 'mount -t tmpfs canvas-test /tmp' 2>/dev/null; then
      unshare="unshare -m"
    elif unshare -rm sh -c 'mount -t tmpfs canvas-test /tmp' 2>/dev/null; then
      unshare="unshare -rm"
    fi
    ;;
esac
if [ -n "$unshare" ]; then
  CANVAS=$work/canvas-with-private-tmp
  cat >"$CANVAS" <<EOF
#!/bin/sh
exec $unshare sh -c 'mount -t tmpfs canvas-test /tmp || exit 125
"\$0" "\$@"; rc=\$?; ls -A /tmp >"$work/tmp-left"; exit \$rc' "$real_canvas" "\$@"
EOF
  chmod +x "$CANVAS"
fi

for f in "$cases"/*.lua; do
  name=$(basename "$f" .lua)
  case_selected "$name" || continue
  box=$work/$name
  mkdir -p "$box/case/links"
  for x in "$cases"/*; do
    case $x in *.lua) ;; *) cp -R "$x" "$box/case/" ;; esac
  done
  cp "$f" "$box/case/"
  printf 'print("SECRET: a file outside the allowed folders was run")\n' >"$box/secret.lua"
  ln -s "$box/secret.lua" "$box/case/links/escape.lua"
  ln -s /etc/passwd "$box/case/links/passwd.lua"
  ln -s ../victim.txt "$box/case/links/victim.lua"
  rm -f "$work/tmp-left"
  before=$(listing "$box")

  run_cases "$box/case"

  is "$(listing "$box")" "$before" "$name.lua: no file is created, changed or removed"
  unlike "$OUT$ERR" "root:" "$name.lua: nothing of /etc/passwd is shown"
  grep -q '^-- args:.*--trust' "$f" ||
    unlike "$OUT$ERR" "SECRET" "$name.lua: the secret.lua beside the folder does not run"
  if [ -n "$unshare" ]; then
    is "$(cat "$work/tmp-left" 2>/dev/null || echo '(the run did not finish)')" "" \
      "$name.lua: nothing is left in /tmp"
  else
    skip 1 "$name.lua: nothing is left in /tmp: no private /tmp here (needs unshare and a mount namespace)"
  fi
done
done_testing
