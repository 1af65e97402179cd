#!/bin/bash
# docs/course.md stays true: every examples/... path it names exists, every
# ```lua block in it loads with canvas without a diagnostic, and the
# course's own starting files under examples/course/ load cleanly too.
. "$(dirname "$0")/lib.sh"
doc="$TOP/docs/course.md"
[ -f "$doc" ] || skip_all "no docs/course.md"

# The paths: examples/ followed by path characters, without a trailing dot
# or comma from the sentence around them.
paths=$(grep -o 'examples/[A-Za-z0-9_./-]*' "$doc" | sed 's/[.,]*$//' | sort -u)
[ -n "$paths" ]
ok $? "docs/course.md names example files"
while IFS= read -r p; do
  [ -n "$p" ] || continue
  [ -e "$TOP/$p" ]
  ok $? "$p exists"
done <<EOT
$paths
EOT

# The lua blocks, each written to a file of its own.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk -v dir="$tmp" '
  /^```lua[ \t]*$/ { n++; file = sprintf("%s/block%02d.lua", dir, n); inblock = 1; next }
  inblock && /^```[ \t]*$/ { inblock = 0; close(file); next }
  inblock { print > file }
' "$doc"
count=0
for f in "$tmp"/block*.lua; do
  [ -f "$f" ] || continue
  count=$((count + 1))
  name=$(basename "$f")
  run sh -c "cd '$tmp' && exec '$CANVAS' '$name'"
  is "$RC" 0 "lua block $count of docs/course.md loads"
  is "$ERR" "" "lua block $count of docs/course.md has no diagnostics"
done
[ "$count" -gt 0 ]
ok $? "docs/course.md has lua blocks ($count)"

for f in "$TOP"/examples/course/*.lua; do
  [ -f "$f" ] || continue
  name=${f#"$TOP"/}
  run "$CANVAS" "$f"
  is "$RC" 0 "$name runs"
  is "$ERR" "" "$name has no diagnostics"
done
done_testing
