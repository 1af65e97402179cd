#!/bin/bash
# canvas.render.diff over pairs of scripts: each tests/diff/NAME.old.lua
# and NAME.new.lua is loaded in a canvas process of its own and written
# as its JSON model (canvas.render.export_json), then a third process
# compares the two JSON texts; the text of the changes must be
# tests/diff/NAME.out. tests/export/json_driver.lua does each step. The
# JSON form of the changes is read back with Perl's JSON::PP, and, when
# the build has the command, `canvas diff` exits 0, 1 and 2 as documented.
# UPDATE=1 writes the .out files anew (review the diff). With CASE set,
# only the cases it selects run.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
driver=tests/export/json_driver.lua
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# model SCRIPT OUT: the JSON model of SCRIPT in OUT, in a fresh process.
model() {
  run "$CANVAS" --trust --timeout 60 "$driver" model "$1" "$2"
  is "$RC:$(head -1 "$2.status" 2>/dev/null)" "0:ok" "$1: loads and is written as JSON"
}

for old in tests/diff/*.old.lua; do
  name=$(basename "$old" .old.lua)
  case_selected "$name" || continue
  new=tests/diff/$name.new.lua
  model "$old" "$tmp/$name.old.json"
  model "$new" "$tmp/$name.new.json"
  run "$CANVAS" --trust --timeout 60 "$driver" diff "$tmp/$name.old.json" "$tmp/$name.new.json" \
    "$tmp/$name.out" text
  is "$RC" 0 "$name: the diff runs"
  if [ -n "${UPDATE:-}" ]; then cp "$tmp/$name.out" "tests/diff/$name.out"; fi
  is "$(cat "$tmp/$name.out" 2>/dev/null)" "$(cat "tests/diff/$name.out" 2>/dev/null)" \
    "$name: the changes are tests/diff/$name.out"
  # the same model on both sides: no change, whichever side it is
  run "$CANVAS" --trust "$driver" diff "$tmp/$name.new.json" "$tmp/$name.new.json" "$tmp/same" text
  is "$(cat "$tmp/same" 2>/dev/null)" "no changes" "$name: a model has no changes from itself"
done

if case_selected json; then
  # the JSON form: as many changes as the text, every key there
  a=$tmp/changed_fields.old.json b=$tmp/changed_fields.new.json
  [ -f "$a" ] || { model tests/diff/changed_fields.old.lua "$a"; model tests/diff/changed_fields.new.lua "$b"; }
  run "$CANVAS" --trust "$driver" diff "$a" "$b" "$tmp/d.json" json
  is "$RC" 0 "json: the diff runs"
  run perl -MJSON::PP -e '
    local $/; open my $f, "<", $ARGV[0] or die; my $d = decode_json(<$f>);
    die "schema\n" unless $d->{schema} eq "canvas-diff/1";
    my @c = @{ $d->{changes} };
    for my $c (@c) {
      for my $k (qw(kind what path segment field old new)) { die "no $k\n" unless exists $c->{$k} }
      die "kind $c->{kind}\n" unless $c->{kind} =~ /^(added|removed|changed)$/;
    }
    my ($sev) = grep { $_->{field} && $_->{field} eq "level" } @c;
    print scalar(@c), " $sev->{what} $sev->{old} $sev->{new}\n";' "$tmp/d.json"
  is "$RC:$OUT" "0:$(($(wc -l < tests/diff/changed_fields.out) - 1)) gain expected required" \
    "json: canvas-diff/1 with every key of every change, as many as the text has"
  run "$CANVAS" --trust "$driver" diff "$a" "$a" "$tmp/d.json" json
  is "$(tr -d ' \n' < "$tmp/d.json")" '{"schema":"canvas-diff/1","changes":[]}' "json: no changes is []"
  # what is not a model is refused with a message
  printf '{"schema": "canvas-findings"}' > "$tmp/other.json"
  run "$CANVAS" --trust "$driver" diff "$tmp/other.json" "$b" "$tmp/d.txt" text
  like "$ERR" 'the old model is not a canvas-model/1 document' "a document of another schema is refused"
  printf '{"schema": ' > "$tmp/bad.json"
  run "$CANVAS" --trust "$driver" diff "$a" "$tmp/bad.json" "$tmp/d.txt" text
  like "$ERR" 'the new model is not valid JSON' "text that is not JSON is refused"
fi

# canvas diff itself, once the command is there
if case_selected cli; then
  if "$CANVAS" diff --help >/dev/null 2>&1; then
    run "$CANVAS" diff tests/diff/reordered_only.old.lua tests/diff/reordered_only.new.lua
    is "$RC:$OUT" "0:no changes" "canvas diff: the same model, exit 0"
    run "$CANVAS" diff tests/diff/fit_stage.old.lua tests/diff/fit_stage.new.lua
    is "$RC:$OUT" "1:$(cat tests/diff/fit_stage.out)" "canvas diff: changes, exit 1, the text of the module"
    run "$CANVAS" diff tests/diff/fit_stage.old.lua
    is "$RC" 2 "canvas diff with one script: usage error"
    printf 'segment "A" {\n' > "$tmp/broken.lua"
    run "$CANVAS" diff tests/diff/fit_stage.old.lua "$tmp/broken.lua"
    is "$RC" 3 "canvas diff with a script that does not load: exit 3"
  else
    skip 4 "this build has no canvas diff command yet"
  fi
fi
done_testing
