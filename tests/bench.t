#!/bin/bash
# make bench's scripts (tools/bench.sh, tools/bench/) run through with tiny
# sizes (BENCH_SMALL=1) into a folder of their own: every line of the table
# is printed, nothing fails, and results.json holds every measure with all
# its fields. No figure is judged: the sizes are too small to mean anything.
. "$(dirname "$0")/lib.sh"
cd "$TOP" || exit 1
for tool in lua5.4 python3 /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || skip_all "$tool is missing (tools/deps.sh bench)"
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run env BENCH_SMALL=1 BENCH_DIR="$tmp/out" CANVAS="$CANVAS" bash tools/bench.sh
is "$RC" 0 "the bench runs to the end"
is "$ERR" "" "and writes nothing on standard error"
unlike "$OUT" "FAILED" "no step failed"

lines=(
  "measure (median)"
  "start-up: run empty.lua"
  "start-up: check 1 segment, 10 notes"
  "check 10^2 notes: time" "check 10^2 notes: peak memory"
  "check 10^3 notes: time" "check 10^3 notes: peak memory"
  "rank 10^3 notes: time" "rank 10^3 notes: peak memory"
  "check 3x10^3 notes: time" "check 3x10^3 notes: peak memory"
  "rank 3x10^3 notes: time" "rank 3x10^3 notes: peak memory"
  "growth: check 3x10^3 over 10^3 notes" "growth: rank 3x10^3 over 10^3 notes"
  "REPL completion, 3x10^3 notes: median" "REPL completion, 3x10^3 notes: worst"
  "    a global prefix:" "    severity = \":"
  "lsp, 10^2 notes: diagnostics after didOpen"
  "lsp, 10^2 notes: diagnostics after didChange, median"
  "lsp, 10^2 notes: diagnostics after didChange, worst"
  "lsp, 10^2 notes: completion request, median"
  "lsp, 10^2 notes: completion request, worst"
  "check 20 scripts of 3 segments in one run"
  "export --format html, 10^3 notes: time" "export --format html, 10^3 notes: peak memory"
  "export --format json, 10^3 notes: time" "export --format json, 10^3 notes: peak memory"
  "bars met: "
)
for l in "${lines[@]}"; do
  printf '%s\n' "$OUT" | grep -qF -- "$l"
  ok $? "it prints: $l"
done
printf '%s\n' "$OUT" | grep -q '^bars met: [0-9]* of [0-9]*'
ok $? "the last lines sum up the bars met"

ok "$([ -s "$tmp/out/results.json" ]; echo $?)" "it writes results.json in BENCH_DIR"
ls "$tmp/out/many"/f*.lua 2>/dev/null | wc -l | grep -qx 20
ok $? "and the 20 small scripts under BENCH_DIR/many"

run python3 - "$tmp/out/results.json" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
want = """startup_run startup_check check_1e4_time check_1e4_rss check_1e5_time
check_1e5_rss rank_1e5_time rank_1e5_rss check_1e6_time check_1e6_rss rank_1e6_time
rank_1e6_rss growth_check growth_rank complete_median_ms complete_worst_ms lsp_open_ms
lsp_diagnostics_median_ms lsp_diagnostics_worst_ms lsp_complete_median_ms
lsp_complete_worst_ms many_files export_html_time export_html_rss export_json_time
export_json_rss""".split()
bad = []
for k in ("date", "command", "canvas_version", "lua_version", "bars_met", "bars_total"):
    if k not in d:
        bad.append("no " + k)
m = d.get("machine", {})
if not isinstance(m.get("nproc"), int) or not m.get("model"):
    bad.append("machine: %r" % m)
if d.get("small") is not True:
    bad.append("small is not true")
got = d.get("measures", {})
if sorted(got) != sorted(want):
    bad.append("measures: %s" % sorted(set(got) ^ set(want)))
num = (int, float)
for k, r in got.items():
    fields = ("label", "unit", "notes", "runs", "canvas", "baseline", "ratio", "bar",
              "bar_on", "met")
    if sorted(r) != sorted(fields):
        bad.append(k + ": fields " + ",".join(sorted(r)))
        continue
    if not isinstance(r["canvas"], num):
        bad.append(k + ": canvas is not a number")
    if r["baseline"] is not None and not isinstance(r["ratio"], num):
        bad.append(k + ": a baseline but no ratio")
    if r["bar_on"] not in ("ratio", "canvas"):
        bad.append(k + ": bar_on " + repr(r["bar_on"]))
    if (r["bar"] is None) != (r["met"] is None) or r["met"] not in (True, False, None):
        bad.append(k + ": bar %r, met %r" % (r["bar"], r["met"]))
if d.get("bars_total") != sum(1 for r in got.values() if r["bar"] is not None):
    bad.append("bars_total does not count the bars")
print("\n".join(bad))
EOF
is "$RC:$OUT" "0:" "results.json: every measure, each with its figures, bar and verdict"

done_testing
