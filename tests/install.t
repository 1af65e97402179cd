#!/bin/bash
# `make install` puts a canvas that runs from any folder (its stdlib is
# embedded) and a man page; `make uninstall` removes them.
. "$(dirname "$0")/lib.sh"
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
# a build of its own: the binary names the docs of its PREFIX
run make -s -C "$TOP" install DESTDIR="$dest" PREFIX=/opt/canvas BUILD="$dest/build"
is "$RC" 0 "make install succeeds"
ok "$([ -x "$dest/opt/canvas/bin/canvas" ]; echo $?)" "the binary is installed under PREFIX/bin"
ok "$([ -f "$dest/opt/canvas/share/man/man1/canvas.1" ]; echo $?)" "the man page is installed"
for doc in language.md security.md architecture.md README.md; do
  ok "$([ -f "$dest/opt/canvas/share/doc/canvas/$doc" ]; echo $?)" "$doc is installed under PREFIX/share/doc/canvas"
done
run "$dest/opt/canvas/bin/canvas" --help
like "$OUT" "/opt/canvas/share/doc/canvas/language.md" "the installed --help points at the installed reference"
{ cat "$TOP/examples/tidepool.lua"; echo 'print(#segments())'; } > "$dest/t.lua"
run sh -c "cd / && '$dest/opt/canvas/bin/canvas' '$dest/t.lua'"
is "$RC" 0 "the installed binary runs a script from another folder"
is "$OUT" "2" "and the script sees its model"
run make -s -C "$TOP" uninstall DESTDIR="$dest" PREFIX=/opt/canvas BUILD="$dest/build"
is "$RC" 0 "make uninstall succeeds"
ok "$([ ! -e "$dest/opt/canvas/bin/canvas" ] && [ ! -e "$dest/opt/canvas/share/man/man1/canvas.1" ] \
  && [ ! -e "$dest/opt/canvas/share/doc/canvas" ]; echo $?)" "and removes what it installed"
done_testing
