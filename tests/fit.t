#!/bin/bash
# Fit: canvas fit and fit() on hand-computed cases (full, partial and no
# coverage, a tie at the edge of the top, a reliever for another segment's
# pain, each evidence stage). The cases are tests/fit/*.lua.
. "$(dirname "$0")/lib.sh"
run_cases "$TOP/tests/fit"

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
