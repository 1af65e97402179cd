#!/bin/bash
# `make install` puts a canvas that runs from any folder (its stdlib is
# embedded), a man page, the docs, and the library with its header and
# pkg-config file, which an embedding program builds against; `make
# uninstall` removes them.
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
# the library: build the embedding example against the staged install
for f in lib/libcanvas.a include/canvas.h lib/pkgconfig/canvas.pc share/doc/canvas/embed/embed.c \
    share/bash-completion/completions/canvas; do
  ok "$([ -f "$dest/opt/canvas/$f" ]; echo $?)" "$f is installed"
done
export PKG_CONFIG_PATH="$dest/opt/canvas/lib/pkgconfig"
flags=$(pkg-config --define-prefix --cflags --libs --static canvas 2>&1)
is "$?" 0 "pkg-config knows canvas ($flags)"
like "$(pkg-config --modversion canvas)" "$("$CANVAS" --version | cut -d' ' -f2)" "with its version"
run sh -c "cc -std=c11 -Wall -Wextra -Wpedantic -o '$dest/embed' '$TOP/examples/embed/embed.c' $flags"
is "$RC:$ERR" "0:" "examples/embed/embed.c builds with the flags of pkg-config, without a warning"
run "$dest/embed" "$TOP/examples/tidepool.lua"
is "$RC" 0 "the embedding program runs"
like "$OUT" "canvas Tidepool, library" "and reads the model through the library"
like "$OUT" "segment Patients: 4 jobs, 3 pains, 2 gains" "segments and their notes"
like "$OUT" 'segment "Patients": fit on paper' "and writes the fit"
printf 'segment "A" { pain "p" { severity = "hot" } }\n' > "$dest/bad.lua"
run "$dest/embed" "$dest/bad.lua"
is "$RC" 3 "a script that fails to load: its status"
like "$ERR" "bad.lua:1: error:" "and its diagnostics"
unset PKG_CONFIG_PATH

run make -s -C "$TOP" uninstall DESTDIR="$dest" PREFIX=/opt/canvas BUILD="$dest/build"
is "$RC" 0 "make uninstall succeeds"
ok "$([ ! -e "$dest/opt/canvas/bin/canvas" ] && [ ! -e "$dest/opt/canvas/share/man/man1/canvas.1" ] \
  && [ ! -e "$dest/opt/canvas/share/doc/canvas" ] && [ ! -e "$dest/opt/canvas/lib/libcanvas.a" ] \
  && [ ! -e "$dest/opt/canvas/include/canvas.h" ] \
  && [ ! -e "$dest/opt/canvas/share/bash-completion/completions/canvas" ] \
  && [ ! -e "$dest/opt/canvas/lib/pkgconfig/canvas.pc" ]; echo $?)" "and removes what it installed"
done_testing
