#!/bin/bash
# Fit: canvas fit and fit() on hand-computed cases (full, partial and no
# coverage, a tie at the edge of the top, a reliever for another segment's
# pain, each evidence stage). The cases are tests/fit/*.lua.
. "$(dirname "$0")/lib.sh"
run_cases "$TOP/tests/fit"

# The project file's top_k counts for canvas fit as for canvas check, and
# the script's own checks { top_k } wins over it.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/proj/sub"
printf 'checks { top_k = 1 }\n' > "$tmp/proj/.canvas.lua"
cat > "$tmp/proj/sub/bakers.lua" <<'EOF'
segment "Bakers" {
  pain "Flour prices up 30% this year" { severity = 5 },
  pain "Ovens idle after 10 am" { severity = 4 },
}
value "Shared ovens" { segment = "Bakers",
  relieves "Ovens idle after 10 am" { how = "rent the ovens out to caterers after 10 am" },
}
EOF
run "$CANVAS" fit "$tmp/proj/sub/bakers.lua"
like "$OUT" "pains: 0/1 (0%) of the top pains relieved" "canvas fit reads top_k from .canvas.lua in a parent folder"
: > "$tmp/empty.lua"
run "$CANVAS" fit --config "$tmp/empty.lua" "$tmp/proj/sub/bakers.lua"
like "$OUT" "pains: 1/2 (50%) of the top pains relieved" "--config names another project file"
printf 'checks { top_k = 2 }\n' | cat - "$tmp/proj/sub/bakers.lua" > "$tmp/proj/sub/own.lua"
run "$CANVAS" fit "$tmp/proj/sub/own.lua"
like "$OUT" "pains: 1/2 (50%) of the top pains relieved" "the script's checks { top_k } wins over the project file"
printf 'checks { top_k = "three" }\n' > "$tmp/proj/.canvas.lua"
run "$CANVAS" fit "$tmp/proj/sub/bakers.lua"
is "$RC" 3 "a faulty project file: canvas fit exits 3"
like "$ERR" '.canvas.lua:1: error: checks top_k = "three" is not a whole number' "and names the file, the line and the problem"
is "$OUT" "" "and draws nothing"

# canvas check --format json carries each file's fit, read back with Perl.
if perl -MJSON::PP -e 1 2>/dev/null; then
  run sh -c "cd '$TOP/tests/fit' && '$CANVAS' check --format json ties_and_stages.lua"
  got=$(printf '%s' "$OUT" | perl -MJSON::PP -e 'local $/; my $d = JSON::PP->new->utf8->decode(<STDIN>);
    my $f = $d->{files}[0]{fit};
    print join(" ", scalar @$f, $f->[0]{segment}, $f->[0]{stage}, $f->[0]{pains}{total},
      $f->[0]{pains}{ties} ? "ties" : "no-ties", $f->[0]{pains}{top}[0]{addressed_by}[0]{word},
      $f->[1]{stage});')
  is "$got" "2 Bakers in the market 4 ties relieves on paper" "check's JSON holds each segment's fit"
else
  skip 1 "perl with JSON::PP is not installed"
fi
done_testing
