#!/bin/sh
# Makes sure the Debian packages that a build step needs are present.
# usage: tools/deps.sh build|check|bench|fuzz|valgrind|deb
# As root it installs what is missing (apt-get update, then apt-get install);
# otherwise it prints the exact command to run and fails. With
# CANVAS_DEPS_NO_INSTALL set (debian/rules sets it: a package build gets its
# build dependencies from debian/control) it only checks, never installs.
set -u
what=${1:-build}
missing=""

need_pc() {   # $1 pkg-config module, $2 Debian package
  if ! command -v pkg-config >/dev/null 2>&1; then
    missing="$missing pkg-config $2"
  elif ! pkg-config --exists "$1" 2>/dev/null; then
    missing="$missing $2"
  fi
}
need_cmd() {  # $1 command, $2 Debian package
  command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}
need_py() {   # $1 Python 3 module, $2 Debian package
  python3 -c "import $1" >/dev/null 2>&1 || missing="$missing $2"
}
need_deb() {  # $1 Debian package that provides no command to look for
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q ' installed$' ||
    missing="$missing $1"
}
need_clang_rt() {  # $1 runtime library of clang, $2 Debian package
  command -v clang >/dev/null 2>&1 &&
    [ "$(clang -print-file-name="$1")" != "$1" ] || missing="$missing $2"
}

need_cmd cc gcc
need_pc lua5.4 liblua5.4-dev
need_pc readline libreadline-dev
need_pc lua5.4-cjson lua-cjson-dev   # linked statically: canvas.cjson
case $what in
  check) need_cmd prove perl; need_cmd luacheck lua-check; need_cmd tmux tmux
         need_cmd python3 python3          # tests/lsp.t: the JSON-RPC client
         need_cmd nvim neovim              # tests/lsp_neovim.t: docs/editors.md in Neovim
         need_cmd lua5.4 lua5.4; [ -x /usr/bin/time ] || missing="$missing time"   # tests/bench.t
         need_cmd chromium chromium      # tests/export_html.t: the page in a browser
         need_py jsonschema python3-jsonschema ;;   # tests/export_json.t: the schema
  bench) need_cmd lua5.4 lua5.4; [ -x /usr/bin/time ] || missing="$missing time"
         need_cmd python3 python3 ;;   # tools/bench/lsp.py, tools/bench/results.py
  fuzz) need_cmd clang clang
        need_clang_rt "libclang_rt.fuzzer-$(uname -m).a" libclang-rt-14-dev ;;
  valgrind) need_cmd prove perl; need_cmd valgrind valgrind ;;
  deb) need_cmd dpkg-buildpackage dpkg-dev; need_cmd dh debhelper
       need_cmd lintian lintian
       need_deb build-essential ;;   # dpkg-checkbuilddeps asks for it
esac

# de-duplicate, keep order
pkgs=$(printf '%s\n' $missing | awk 'NF && !seen[$0]++' | tr '\n' ' ')
[ -z "$pkgs" ] && exit 0

if [ -z "${CANVAS_DEPS_NO_INSTALL:-}" ] && [ "$(id -u)" = 0 ] &&
    command -v apt-get >/dev/null 2>&1; then
  echo "canvas: installing missing Debian packages: $pkgs"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq $pkgs >/dev/null || {
    echo "canvas: could not install: $pkgs" >&2; exit 1; }
  exit 0
fi
echo "canvas: missing Debian packages: $pkgs" >&2
echo "install them with:  sudo apt-get update && sudo apt-get install -y $pkgs" >&2
exit 1
