#!/bin/bash
# examples/README.md keeps up with the examples: every examples/**/*.lua has
# an entry, every entry names an existing file, and the findings an entry
# states are the ones `canvas check` gives on the file. An entry is a line
#   - [PATH](PATH): what it teaches. Findings: CS002 ×1 (warning), CS019 ×2 (info).
# or one that ends "Findings: none."; PATH is relative to examples/. The
# stated findings are each rule ID with its count and severity, in the order
# of the IDs.
. "$(dirname "$0")/lib.sh"
readme="$TOP/examples/README.md"
if [ ! -f "$readme" ]; then
  ok 1 "examples/README.md exists"
  done_testing
  exit
fi

# The entries, outside code blocks: "PATH<TAB>LINK<TAB>FINDINGS" for each.
body=$(awk '/^```/ { code = !code; next } !code' "$readme")
entries=$(printf '%s\n' "$body" |
  sed -n 's/^- \[\([^]]*\)\](\([^)]*\)):.* Findings: \(.*\)\.$/\1\t\2\t\3/p')
lines=$(printf '%s\n' "$body" | grep -c '^- \[')
is "$(printf '%s\n' "$entries" | grep -c .)" "$lines" \
  "every entry line of the README has the form '- [PATH](PATH): ... Findings: ....'"

# Every entry names an existing file, with the same path in text and link,
# and once only.
while IFS=$'\t' read -r text link _; do
  [ -n "$text" ] || continue
  is "$link" "$text" "README entry $text links to the file it names"
  [ -f "$TOP/examples/$text" ]
  ok $? "README entry $text names an existing file"
done <<< "$entries"
dups=$(printf '%s\n' "$entries" | cut -f1 | sort | uniq -d)
is "$dups" "" "no file has two README entries"

# findings FILE: what canvas check gives on examples/FILE, in the README's
# form ("none", or "CS002 ×1 (warning), CS019 ×2 (info)").
findings() {
  local got
  got=$(cd "$TOP" && "$CANVAS" check "examples/$1" 2>/dev/null </dev/null |
    sed -n 's/^examples\/[^ ]*:[0-9]*: \([a-z]*\)\[\([^]]*\)\] .*/\2 \1/p' |
    LC_ALL=C sort | uniq -c |
    awk '{ printf "%s%s ×%d (%s)", (NR > 1 ? ", " : ""), $2, $1, $3 }')
  printf '%s\n' "${got:-none}"
}

# Every example has an entry, and the entry states its findings.
while IFS= read -r f; do
  name=${f#"$TOP"/examples/}
  stated=$(printf '%s\n' "$entries" | awk -F'\t' -v n="$name" '$1 == n { print $3; exit }')
  if [ -z "$stated" ]; then
    ok 1 "$name has an entry in examples/README.md"
    continue
  fi
  ok 0 "$name has an entry in examples/README.md"
  is "$(findings "$name")" "$stated" "$name: canvas check gives the findings the README states"
done < <(find "$TOP/examples" -name '*.lua' -type f | LC_ALL=C sort)
done_testing
