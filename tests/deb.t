#!/bin/bash
# The Debian packages (debian/): dpkg-buildpackage builds canvas and
# libcanvas-dev from a copy of the working tree; canvas holds the binary, the
# manual page, the docs and the bash completion, libcanvas-dev the library,
# its header and pkg-config file; the packaged binary runs, a program builds
# against the packaged library, and lintian reports no error.
. "$(dirname "$0")/lib.sh"
command -v dpkg-buildpackage >/dev/null 2>&1 ||
  skip_all "dpkg-buildpackage is not installed (tools/deps.sh deb installs dpkg-dev)"
command -v dh >/dev/null 2>&1 ||
  skip_all "dh is not installed (tools/deps.sh deb installs debhelper)"
git -C "$TOP" rev-parse --git-dir >/dev/null 2>&1 ||
  skip_all "not a git checkout: the files to package are those git ls-files lists"
unmet=$(cd "$TOP" && dpkg-checkbuilddeps 2>&1) ||
  skip_all "build dependencies are missing: ${unmet##*: }"

# The source goes in $tmp/src, so that what dpkg-buildpackage writes beside
# it (the .deb, .buildinfo and .changes files) lands in $tmp.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/src"
# A make calling prove (make check) must not pass its variables or jobs on
# to debian/rules.
unset MAKEFLAGS MFLAGS MAKELEVEL
version=$(sed -n 's/^#define CANVAS_VERSION "\(.*\)"/\1/p' "$TOP/include/canvas.h")
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null)
leftovers() { git -C "$TOP" status --porcelain --ignored -- debian; }
before=$(leftovers)

# The tracked files and the new ones not ignored, as they are in the tree.
(cd "$TOP" && git ls-files -z -c -o --exclude-standard |
  while IFS= read -r -d '' f; do
    [ -e "$f" ] || [ -L "$f" ] || continue   # deleted, not yet committed
    cp -a --parents "$f" "$tmp/src/" || exit 1
  done)
ok $? "the working tree is copied to $tmp/src"

run sh -c "cd '$tmp/src' && dpkg-buildpackage -us -uc -b"
is "$RC" 0 "dpkg-buildpackage -us -uc -b succeeds"
[ "$RC" = 0 ] || printf '%s\n' "$OUT" "$ERR" | tail -40 | sed 's/^/#   /'
deb="$tmp/canvas_${version}_$arch.deb"
dev="$tmp/libcanvas-dev_${version}_$arch.deb"
for f in "$deb" "$dev" "$tmp/canvas_${version}_$arch.changes" "$tmp/canvas_${version}_$arch.buildinfo"; do
  ok "$([ -f "$f" ]; echo $?)" "it writes $(basename "$f") beside the source"
done
is "$(leftovers)" "$before" "the package build leaves nothing in the source tree's debian/"

# What each package holds.
is "$(dpkg-deb -f "$deb" Package Version Architecture 2>&1)" \
  "$(printf 'Package: canvas\nVersion: %s\nArchitecture: %s' "$version" "$arch")" \
  "canvas: its name, the version of include/canvas.h and the architecture"
# Lua, lua-cjson and readline are linked in (Makefile, PKG_LIBS): the
# binary needs no Lua or readline package, only what shlibs found
depends=$(dpkg-deb -f "$deb" Depends 2>&1)
like "$depends" "libc6" "canvas depends on the C library that it links"
unlike "$depends" "liblua5.4" "and on no Lua library: Lua is linked in"
unlike "$depends" "libreadline" "nor on readline: it is linked in too"
is "$(dpkg-deb -f "$dev" Package Multi-Arch 2>&1)" $'Package: libcanvas-dev\nMulti-Arch: same' \
  "libcanvas-dev: its name, installable for several architectures at once"
like "$(dpkg-deb -I "$dev" 2>&1)" "liblua5.4-dev" "libcanvas-dev depends on liblua5.4-dev"
contents=$(dpkg-deb -c "$deb" 2>&1 | awk '{ print $NF }')
for f in usr/bin/canvas usr/share/man/man1/canvas.1.gz usr/share/bash-completion/completions/canvas \
    usr/share/doc/canvas/README.md usr/share/doc/canvas/language.md \
    usr/share/doc/canvas/security.md usr/share/doc/canvas/model.schema.json \
    usr/share/doc/canvas/copyright usr/share/doc/canvas/changelog.gz; do
  printf '%s\n' "$contents" | grep -qx "\./$f"
  ok $? "canvas holds /$f"
done
contents=$(dpkg-deb -c "$dev" 2>&1 | awk '{ print $NF }')
for f in "usr/lib/$multiarch/libcanvas.a" "usr/lib/$multiarch/pkgconfig/canvas.pc" \
    usr/include/canvas.h usr/share/doc/libcanvas-dev/examples/embed.c \
    usr/share/doc/libcanvas-dev/copyright; do
  printf '%s\n' "$contents" | grep -qx "\./$f"
  ok $? "libcanvas-dev holds /$f"
done

# The packaged binary, unpacked, runs.
root="$tmp/root"
dpkg-deb -x "$deb" "$root" && dpkg-deb -x "$dev" "$root"
ok $? "dpkg-deb -x unpacks both packages"
run "$root/usr/bin/canvas" --version
is "$RC:$OUT" "0:canvas $version" "the packaged canvas runs: --version"
run "$root/usr/bin/canvas" --help
like "$OUT" "/usr/share/doc/canvas/language.md" "its --help names the packaged reference"
{ cat "$TOP/examples/tidepool.lua"; echo 'print(#segments())'; } > "$tmp/t.lua"
run "$root/usr/bin/canvas" "$tmp/t.lua"
is "$RC:$OUT" "0:2" "it runs a script and sees its model"
run "$root/usr/bin/canvas" --completion bash
is "$(cat "$root/usr/share/bash-completion/completions/canvas")" "$OUT" \
  "the packaged completion is the one the binary writes"

# A program builds against the packaged library, through its pkg-config file.
pc="$root/usr/lib/$multiarch/pkgconfig"
flags=$(PKG_CONFIG_PATH="$pc" pkg-config --define-variable=prefix="$root/usr" \
  --cflags --libs --static canvas 2>&1)
is "$?" 0 "pkg-config reads the packaged canvas.pc ($flags)"
run sh -c "cc -std=c11 -Wall -o '$tmp/embed' '$root/usr/share/doc/libcanvas-dev/examples/embed.c' $flags"
is "$RC:$ERR" "0:" "the packaged example builds against the packaged library"
run "$tmp/embed" "$TOP/examples/tidepool.lua"
like "$OUT" "segment Patients: 4 jobs, 3 pains, 2 gains" "and reads the model through it"

if command -v lintian >/dev/null 2>&1; then
  lint=$(lintian "$tmp/canvas_${version}_$arch.changes" 2>&1)
  [ -n "$lint" ] && printf '%s\n' "$lint" | sed 's/^/# lintian: /'
  is "$(printf '%s\n' "$lint" | grep '^E:')" "" "lintian reports no error"
else
  skip 1 "lintian is not installed (tools/deps.sh deb installs it)"
fi
done_testing
