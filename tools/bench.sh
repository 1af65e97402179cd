#!/bin/bash
# make bench: canvas against plain Lua 5.4 doing the same work, side by side
# in one run, as ratios against bars:
#   1. start-up: canvas run of an empty script, canvas check of a small one;
#   2. canvas check (load, rank, every rule, fit) of 10^4, 10^5 and 10^6
#      generated notes, and canvas rank of 10^5 and 10^6: time and peak
#      memory (resident set size);
#   3. growth from 10^5 to 10^6 notes;
#   4. completion in the REPL on 10^6 notes, and canvas lsp on 10^4: the
#      diagnostics after a change, and completion requests;
#   5. canvas check of many small scripts in one invocation;
#   6. canvas export --format html and json of 10^5 notes.
# The yardstick is tools/bench/plain.lua: plain Lua that loads the same
# script into the same tables, sorts and hashes the notes. Every figure is
# the median of several runs: 5, or 3 for the slow ones (10^6 notes, the
# exports). A run's time is the wall-clock time around /usr/bin/time (to the
# microsecond; %e has only hundredths), its memory /usr/bin/time's %M.
# Where canvas is set against plain Lua (start-up, check), the runs of the
# two alternate, so that a shared machine's changes of pace weigh on both.
#
# Environment:
#   CANVAS       the binary (build/canvas)
#   BENCH_DIR    where the generated scripts and the results go (build/bench);
#                the 10^N-note scripts are kept there between runs
#   BENCH_SMALL  when non-empty: tiny sizes and 2 runs of everything, to see
#                that the bench works (the figures mean nothing)
#
# Besides the table it prints, it writes BENCH_DIR/results.json:
#   date, command, canvas_version, lua_version, machine {nproc, model},
#   small (true for a BENCH_SMALL run), bars_met, bars_total, and measures:
#   an object of records keyed by measure (startup_run, check_1e6_time...),
#   each with
#     label     what was measured
#     unit      "ms", "s", "KB", "files/s" or "x" (a factor)
#     notes     the notes in the script measured (null if not one script)
#     runs      how many runs (or calls) the figure is the median of
#     canvas    canvas's figure (null if canvas failed)
#     baseline  plain Lua's figure for the same work (null if none)
#     ratio     canvas's cost over plain Lua's (time or memory; for
#               files/s, plain Lua's rate over canvas's): above 1, canvas
#               is slower or bigger (null without a baseline)
#     bar       the most allowed (null: reported only)
#     bar_on    "ratio" or "canvas": which figure the bar is for
#     met       true, false, or null when there is no bar
set -eu
export LC_ALL=C
canvas=${CANVAS:-build/canvas}
out=${BENCH_DIR:-build/bench}
bench=$(dirname "$0")/bench
mkdir -p "$out"
abs=$(cd "$out" && pwd)
tmp=$abs/tmp.$$
rm -rf "$tmp"
mkdir -p "$tmp"
trap 'rm -rf "$tmp"' EXIT
measures=$tmp/measures.tsv
: > "$measures"

if [ -n "${BENCH_SMALL:-}" ]; then
  n1=100 n2=1000 n3=3000 runs=2 slow=2 reps=5 files=20 changes=2 requests=4 calls=3
  n1_name=10^2 n2_name=10^3 n3_name="3x10^3"
else
  n1=10000 n2=100000 n3=1000000 runs=5 slow=3 reps=200 files=1000 changes=10 requests=30 calls=40
  n1_name=10^4 n2_name=10^5 n3_name=10^6
fi

# median N...: the median of the numbers given
median() {
  printf '%s\n' "$@" | sort -g |
    awk '{ v[NR] = $1 } END { if (NR) printf "%.6g\n", (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2 }'
}

# measure RUNS MAXSTATUS CMD...: runs CMD RUNS times under /usr/bin/time;
# T is the median of the wall-clock times (s), M of the peak resident sets
# (KB). An exit status above MAXSTATUS is a failure: T and M are "-" and
# FAIL says why.
measure() {
  _runs=$1 _max=$2
  shift 2
  _ts="" _ms="" FAIL="" _i=0
  while [ $_i -lt "$_runs" ]; do
    _rc=0 _s=$EPOCHREALTIME
    /usr/bin/time -o "$tmp/time" -f "%e %M" "$@" >/dev/null 2>"$tmp/err" || _rc=$?
    _e=$EPOCHREALTIME
    if [ "$_rc" -gt "$_max" ]; then
      FAIL="exit status $_rc: $(grep -v '^Command exited' "$tmp/err" | tail -n 1)"
      T=- M=-
      return 0
    fi
    _r=$(tail -n 1 "$tmp/time")
    _ts="$_ts $(echo "$_s $_e" | awk '{ printf "%.6f", $2 - $1 }')" _ms="$_ms ${_r#* }"
    _i=$((_i + 1))
  done
  T=$(median $_ts) M=$(median $_ms)
}

# split_pair A... -- B...: the two commands into the arrays PA and PB.
split_pair() {
  PA=() PB=()
  _side=a
  for _x in "$@"; do
    if [ "$_side" = a ] && [ "$_x" = -- ]; then _side=b; continue; fi
    if [ "$_side" = a ]; then PA+=("$_x"); else PB+=("$_x"); fi
  done
}

# in_turns RUNS TIMER MAXA MAXB A... -- B...: TIMER ("measure 1" or
# "rounds 1 REPS") for two commands, run in turns (A, B, A, B...), so that a
# machine that gets slower or faster during the bench weighs on both alike:
# TA MA FAILA and TB MB FAILB, the medians (MA and MB only from measure).
in_turns() {
  _pr=$1 _timer=$2 _pa=$3 _pb=$4
  shift 4
  split_pair "$@"
  _tas="" _mas="" _tbs="" _mbs="" FAILA="" FAILB="" _j=0
  while [ $_j -lt "$_pr" ]; do
    if [ -z "$FAILA" ]; then M=-; $_timer "$_pa" "${PA[@]}"; FAILA=$FAIL _tas="$_tas $T" _mas="$_mas $M"; fi
    if [ -z "$FAILB" ]; then M=-; $_timer "$_pb" "${PB[@]}"; FAILB=$FAIL _tbs="$_tbs $T" _mbs="$_mbs $M"; fi
    _j=$((_j + 1))
  done
  if [ -n "$FAILA" ]; then TA=- MA=-; else TA=$(median $_tas) MA=$(median $_mas); fi
  if [ -n "$FAILB" ]; then TB=- MB=-; else TB=$(median $_tbs) MB=$(median $_mbs); fi
}

# rounds ROUNDS REPS MAXSTATUS CMD...: the median over ROUNDS rounds of the
# time of one run (ms), each round running CMD REPS times, into T (or "-"
# and FAIL).
rounds() {
  _rounds=$1 _reps=$2 _max=$3
  shift 3
  FAIL="" _rc=0
  "$@" >/dev/null 2>"$tmp/err" || _rc=$?
  if [ "$_rc" -gt "$_max" ]; then FAIL="exit status $_rc: $(tail -n 1 "$tmp/err")"; T=-; return 0; fi
  _ts="" _i=0
  while [ $_i -lt "$_rounds" ]; do
    _s=$EPOCHREALTIME _j=0
    while [ $_j -lt "$_reps" ]; do "$@" >/dev/null 2>&1 || :; _j=$((_j + 1)); done
    _e=$EPOCHREALTIME
    _ts="$_ts $(echo "$_s $_e $_reps" | awk '{ printf "%.4f", ($2 - $1) / $3 * 1000 }')"
    _i=$((_i + 1))
  done
  T=$(median $_ts)
}

# value UNIT X: X for the table
value() {
  case $2 in
    -|FAILED) printf '%s' "$2" ;;
    *) case $1 in
         ms) printf '%.2f ms' "$2" ;;
         s) printf '%.3f s' "$2" ;;
         KB) echo "$2" | awk '{ printf "%.1f MiB", $1 / 1024 }' ;;
         files/s) printf '%.0f files/s' "$2" ;;
         x) printf '%.2fx' "$2" ;;
       esac ;;
  esac
}

# report ID UNIT NOTES RUNS CANVAS BASELINE BAR ON LABEL: prints a line of
# the table and records the measure. CANVAS is a number or FAILED; NOTES,
# BASELINE and BAR a number or "-"; ON is "ratio" or "canvas".
report() {
  _id=$1 _unit=$2 _notes=$3 _n=$4 _c=$5 _b=$6 _bar=$7 _on=$8 _label=$9
  _ratio=$(echo "$_c $_b $_unit" | awk '
    $1 + 0 > 0 && $2 + 0 > 0 { printf "%.3f", ($3 == "files/s" ? $2 / $1 : $1 / $2); next }
    { print "-" }')
  if [ "$_bar" = - ]; then _met=-
  elif [ "$_c" = FAILED ]; then _met=false
  else
    _x=$_c
    [ "$_on" = ratio ] && _x=$_ratio
    _met=$(echo "$_x $_bar" | awk '{ print ($1 != "-" && $1 <= $2) ? "true" : "false" }')
  fi
  case $_met in true) _mark=met ;; false) _mark=MISSED ;; *) _mark="" ;; esac
  if [ "$_bar" = - ]; then _bartext=""
  elif [ "$_on" = ratio ] || [ "$_unit" = x ]; then _bartext="${_bar}x"
  else _bartext="$_bar $_unit"; fi
  if [ "$_ratio" = - ]; then _rt=""; else _rt=$(printf '%.2fx' "$_ratio"); fi
  printf '%-54s %14s %14s %7s %7s %s\n' "$_label" "$(value "$_unit" "$_c")" \
    "$(value "$_unit" "$_b" | sed 's/^-$//')" "$_rt" "$_bartext" "$_mark"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$_id" "$_unit" "$_notes" "$_n" \
    "$_c" "$_b" "$_ratio" "$_bar" "$_on" "$_met" "$_label" >> "$measures"
}

# loud WHAT: says that canvas failed where it should not have
failures=0
loud() {
  echo "!!! FAILED: $1: $FAIL"
  failures=$((failures + 1))
}
# yardstick WHAT: after a run of plain Lua, says so if it failed (its
# figures are then "-")
yardstick() {
  [ -z "$FAIL" ] || { echo "!!! FAILED: plain Lua, $1: $FAIL"; failures=$((failures + 1)); }
}

# The scripts: the generated canvases are kept (made again when gen.lua
# changes), the small ones are written anew.
: > "$out/empty.lua"
lua5.4 "$bench/small.lua" "$out/one.lua" 1 1
for n in "$n1" "$n2" "$n3"; do
  f=$out/notes-$n.lua
  if [ ! -s "$f" ] || [ "$bench/gen.lua" -nt "$f" ]; then
    lua5.4 "$bench/gen.lua" "$n" > "$f.new" && mv "$f.new" "$f"
  fi
done
rm -rf "$out/many"
mkdir -p "$out/many"
lua5.4 "$bench/small.lua" --many "$out/many" "$files"
many=""
i=1
while [ $i -le "$files" ]; do many="$many $out/many/f$i.lua"; i=$((i + 1)); done

machine="$(nproc) cores, $(grep -m 1 '^model name' /proc/cpuinfo | sed 's/^[^:]*: *//')"
echo "canvas bench: $("$canvas" --version) against $(lua5.4 -v 2>&1 | head -n 1 | sed 's/  Copyright.*//')," \
     "$machine, $(date -u '+%Y-%m-%d %H:%M UTC')${BENCH_SMALL:+ (BENCH_SMALL: tiny sizes, the figures mean nothing)}"
printf '%-54s %14s %14s %7s %7s\n' "measure (median)" "canvas" "plain Lua 5.4" "ratio" "bar"

# 1. start-up
in_turns "$runs" "rounds 1 $reps" 0 0 "$canvas" run "$out/empty.lua" -- lua5.4 "$out/empty.lua"
c=$TA FAIL=$FAILA
[ -z "$FAIL" ] || { loud "canvas run of an empty script"; c=FAILED; }
T=$TB FAIL=$FAILB
yardstick "an empty script"
report startup_run ms - "$runs" "$c" "$T" 1.5 ratio "start-up: run empty.lua (x$reps, per run)"
in_turns "$runs" "rounds 1 $reps" 1 0 "$canvas" check "$out/one.lua" -- lua5.4 "$bench/plain.lua" "$out/one.lua"
c=$TA FAIL=$FAILA
[ -z "$FAIL" ] || { loud "canvas check of a one-segment script"; c=FAILED; }
T=$TB FAIL=$FAILB
yardstick "a one-segment script"
report startup_check ms 10 "$runs" "$c" "$T" 1.5 ratio "start-up: check 1 segment, 10 notes (per run)"

# 2. check and rank of generated canvases, with the growth (3)
for size in 1 2 3; do
  eval "n=\$n$size name=\$n${size}_name"
  key=1e$((size + 3))
  r=$runs
  [ "$size" = 3 ] && r=$slow
  f=$out/notes-$n.lua
  in_turns "$r" "measure 1" 0 1 lua5.4 "$bench/plain.lua" "$f" -- "$canvas" check "$f"
  T=$TA M=$MA FAIL=$FAILA
  yardstick "$name notes"
  lt=$T lm=$M
  eval "plain$size=\$lt plainmem$size=\$lm"
  bar=-
  [ "$size" = 3 ] && bar=2
  T=$TB M=$MB FAIL=$FAILB
  if [ -n "$FAIL" ]; then
    loud "canvas check of $name notes under the default limits"
    T=FAILED M=FAILED
  fi
  eval "check$size=\$T"
  report "check_${key}_time" s "$n" "$r" "$T" "$lt" "$bar" ratio "check $name notes: time"
  report "check_${key}_rss" KB "$n" "$r" "$M" "$lm" "$bar" ratio "check $name notes: peak memory"
  if [ "$size" != 1 ]; then
    measure "$r" 0 "$canvas" rank "$f" --segment "Segment 1"
    if [ -n "$FAIL" ]; then
      loud "canvas rank of $name notes under the default limits"
      T=FAILED M=FAILED
    fi
    eval "rank$size=\$T"
    report "rank_${key}_time" s "$n" "$r" "$T" "$lt" "$bar" ratio "rank $name notes: time"
    report "rank_${key}_rss" KB "$n" "$r" "$M" "$lm" "$bar" ratio "rank $name notes: peak memory"
  fi
done
growth() {   # growth BIG SMALL: BIG / SMALL, or FAILED
  echo "$1 $2" | awk '$1 + 0 > 0 && $2 + 0 > 0 { printf "%.3f\n", $1 / $2; next } { print "FAILED" }'
}
pg=$(growth "$plain3" "$plain2")
[ "$pg" = FAILED ] && pg=-
report growth_check x - - "$(growth "$check3" "$check2")" "$pg" 11 canvas \
  "growth: check $n3_name over $n2_name notes"
report growth_rank x - - "$(growth "$rank3" "$rank2")" "$pg" 11 canvas \
  "growth: rank $n3_name over $n2_name notes"

# 4. completion: in the REPL on the biggest canvas, then through canvas lsp.
# The REPL takes its memory from malloc, not from the arena of the batch
# commands (src/main.c), so its completion is timed the same way: the walk
# over every note is about a quarter slower over the arena's blocks.
if CANVAS_MALLOC=1 "$canvas" --trust "$bench/complete.lua" "$abs/notes-$n3.lua" "$n3" "$calls" \
    > "$tmp/complete" 2>&1; then
  cm=$(tail -n 1 "$tmp/complete" | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')
  cw=$(tail -n 1 "$tmp/complete" | sed -n 's/.*worst \([0-9.]*\) ms.*/\1/p')
else
  FAIL=$(tail -n 1 "$tmp/complete")
  loud "completion on $n3_name notes"
  cm=FAILED cw=FAILED
fi
ncalls=$(tail -n 1 "$tmp/complete" | sed -n 's/.*all kinds: *\([0-9]*\) calls.*/\1/p')
report complete_median_ms ms "$n3" "${ncalls:--}" "${cm:-FAILED}" - 50 canvas "REPL completion, $n3_name notes: median"
report complete_worst_ms ms "$n3" "${ncalls:--}" "${cw:-FAILED}" - 50 canvas "REPL completion, $n3_name notes: worst"
sed '$d; s/^[0-9]* notes, complete /    /' "$tmp/complete"

if python3 "$bench/lsp.py" "$canvas" "$out/notes-$n1.lua" "$changes" "$requests" > "$tmp/lsp" 2>&1; then :; else
  FAIL=$(grep '^error' "$tmp/lsp" || tail -n 1 "$tmp/lsp")
  loud "canvas lsp on $n1_name notes"
fi
lsp() { awk -v k="$1" '$1 == k { print $2; f = 1 } END { if (!f) print "FAILED" }' "$tmp/lsp"; }
report lsp_open_ms ms "$n1" 1 "$(lsp open_ms)" - - canvas "lsp, $n1_name notes: diagnostics after didOpen"
report lsp_diagnostics_median_ms ms "$n1" "$changes" "$(lsp diag_median_ms)" - 200 canvas \
  "lsp, $n1_name notes: diagnostics after didChange, median"
report lsp_diagnostics_worst_ms ms "$n1" "$changes" "$(lsp diag_worst_ms)" - 200 canvas \
  "lsp, $n1_name notes: diagnostics after didChange, worst"
report lsp_complete_median_ms ms "$n1" "$requests" "$(lsp complete_median_ms)" - 50 canvas \
  "lsp, $n1_name notes: completion request, median"
report lsp_complete_worst_ms ms "$n1" "$requests" "$(lsp complete_worst_ms)" - 50 canvas \
  "lsp, $n1_name notes: completion request, worst"

# 5. many small scripts in one invocation
# shellcheck disable=SC2086
measure "$runs" 1 "$canvas" check $many
if [ -n "$FAIL" ]; then loud "canvas check of $files scripts"; c=FAILED
else c=$(echo "$files $T" | awk '$2 + 0 > 0 { printf "%.1f", $1 / $2; next } { print "FAILED" }'); fi
# shellcheck disable=SC2086
measure "$runs" 0 lua5.4 "$bench/many.lua" $many
yardstick "$files scripts"
b=$(echo "$files $T" | awk '$2 + 0 > 0 { printf "%.1f", $1 / $2; next } { print "-" }')
# the bar: at least half plain Lua's rate (its rate over canvas's at most 2)
report many_files files/s - "$runs" "$c" "$b" 2 ratio "check $files scripts of 3 segments in one run"

# 6. exports of the middle size, against loading it in plain Lua
for fmt in html json; do
  measure "$slow" 0 "$canvas" export "$out/notes-$n2.lua" --format "$fmt" -o "$tmp/export.$fmt"
  if [ -n "$FAIL" ]; then loud "canvas export --format $fmt of $n2_name notes"; T=FAILED M=FAILED; fi
  rm -f "$tmp/export.$fmt"
  report "export_${fmt}_time" s "$n2" "$slow" "$T" "$plain2" - ratio "export --format $fmt, $n2_name notes: time"
  report "export_${fmt}_rss" KB "$n2" "$slow" "$M" "$plainmem2" - ratio \
    "export --format $fmt, $n2_name notes: peak memory"
done

# results.json and the summary
python3 "$bench/results.py" "$measures" "$out/results.json" \
  "$("$canvas" --version)" "$(lua5.4 -v 2>&1 | head -n 1)" "$(nproc)" \
  "$(grep -m 1 '^model name' /proc/cpuinfo | sed 's/^[^:]*: *//')" "${BENCH_SMALL:+small}"
awk -F '\t' '
  $10 == "true" { met++ }
  $10 == "false" {
    got = ($9 == "ratio") ? $7 : $5
    unit = ($9 == "ratio" || $2 == "x") ? "x" : " " $2
    missed = missed (missed ? ", " : "") $1 " " \
      ((got == "-" || got == "FAILED") ? "FAILED" : sprintf("%.2f", got) unit) " (bar " $8 unit ")"
  }
  $10 != "-" { all++ }
  END {
    printf "bars met: %d of %d%s\n", met, all, missed ? "; missed: " missed : " (all)"
  }' "$measures"
echo "(figures in $out/results.json)"
if [ "$failures" -gt 0 ]; then
  echo "bench: canvas failed in $failures of the steps (the lines marked !!! FAILED)" >&2
  exit 1
fi
