#!/bin/bash
# canvas check and canvas explain on the command line: several scripts in
# one run, each in an interpreter of its own (a child process's copy of one
# prepared interpreter: a killed check, os.exit); the order of the findings;
# exit statuses (error findings, --strict, a script that fails to load, a
# time limit, usage); the json, sarif and github formats read back by
# Perl's core JSON::PP and against the text format's summary; explain of a
# rule and the list of rules; the script's own output; standard input; the
# cut of long messages. The rule-by-rule cases are tests/checks/*.lua
# (tests/check_cases.t).
. "$(dirname "$0")/lib.sh"

dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir" || exit 1

have_json=0
command -v perl >/dev/null && perl -MJSON::PP -e 1 2>/dev/null && have_json=1

# The summary line of a text report: its last line.
last_line() { printf '%s\n' "$1" | tail -n 1; }

# --- Several scripts, each in an interpreter of its own ----------------------

cat > a.lua <<'EOF'
threshold = 4
segment "Shoppers" {
  customer = "consumer",
  pain "Checkout is slow" { severity = 3 },
}
check "Pains are severe" { each = "pain", test = function(p) return p.severity >= threshold end }
EOF
cat > b.lua <<'EOF'
-- a's global, segment and check are not seen here
segment "Shoppers" {
  customer = "consumer",
  pain "Parking is a hassle" { severity = 2 },
}
value "Express till" { segment = "Shoppers", relieves "Checkout is slow" { how = "10 items or fewer" } }
print("b sees threshold:", rawget(_ENV, "threshold"), "and", #segments(), "segment")
EOF

run "$CANVAS" check --only CS005,CS018,U001 a.lua b.lua
is "$OUT" 'a.lua:4: warning[CS005] vague-note: pain "Checkout is slow" is vague: "slow" says how much only with a number
a.lua:4: warning[U001] pains-are-severe: Pains are severe
b.lua:4: warning[CS005] vague-note: pain "Parking is a hassle" is vague: "hassle" does not say which, how often or how bad
b.lua:6: error[CS018] unknown-reference: relieves "Checkout is slow" names no pain of segment "Shoppers"
1 error, 3 warnings, 0 info in 2 files' \
  "two scripts: a's pain, global and check are not seen by b; both may declare segment \"Shoppers\""
is "$RC" 1 "an error finding in one of them ends check with 1"
is "$ERR" 'b sees threshold:	nil	and	1	segment' \
  "the script's own print goes to standard error, standard output holds only findings"

run "$CANVAS" check --only CS005,CS018,U001 b.lua a.lua
is "$(printf '%s\n' "$OUT" | cut -d: -f1,2 | head -n 4 | tr '\n' ' ')" "b.lua:4 b.lua:6 a.lua:4 a.lua:4 " \
  "findings are grouped by file in the order given on the command line"

# Within a file, by line, whatever order they were found in: the
# reference (resolved last) is on line 1, the segment's rule on line 3, the
# custom check (run after the built-in rules) and a note's rule on line 6.
cat > order.lua <<'EOF'
value "Rail app" { segment = "Commuters", relieves "Late trains" { how = "live delays" } }
check "Pains say how often" (function(report) report(seg("Commuters").pains[1], "how often?") end)
segment "Commuters" {
  customer = "consumer",
  job "Get to work by 9" { kind = "functional", importance = 5 },
  pain "Trains are slow" { severity = 4 },
}
EOF
run "$CANVAS" check --only CS003,CS005,CS018,U001 order.lua
is "$(printf '%s\n' "$OUT" | sed -n 's/^order\.lua:\([0-9]*\):.*\[\([A-Z0-9]*\)\].*/\1 \2/p' | tr '\n' ' ')" \
  "1 CS018 3 CS003 6 CS005 6 U001 " "within a file, findings are sorted by line"

# --- A script that fails to load, a time limit, a missing file ---------------

printf 'segment "Broken" {\n  pain "Queue" { severity = 3 }\n  pain "x" { }\n' > broken.lua
run "$CANVAS" check --only CS005 a.lua broken.lua b.lua
is "$RC" 3 "a script with a syntax error ends check with 3"
like "$OUT" "broken.lua:3: error: '}' expected (to close '{' at line 1) near 'pain'" "its error is reported"
like "$OUT" 'a.lua:4: warning[CS005]' "the file before it is still checked"
like "$OUT" 'b.lua:4: warning[CS005]' "the file after it is still checked"
is "$(last_line "$OUT")" "1 error, 2 warnings, 0 info in 3 files" "the summary counts all three files"

cat > endless.lua <<'EOF'
segment "Loopers" { customer = "consumer" }
while true do end
EOF
run "$CANVAS" check --timeout 0.5 --only CS005 a.lua endless.lua b.lua
is "$RC" 4 "a script over the time limit ends check with 4"
like "$OUT" 'endless.lua:2: error: the time limit was reached: the script ran for more than 0.5 s' \
  "the limit is reported at the line where it stopped"
like "$OUT" 'a.lua:4: warning[CS005]' "the file before it is still checked"
like "$OUT" 'b.lua:4: warning[CS005]' "the file after it is still checked"

run "$CANVAS" check --timeout 0.5 --only CS005 broken.lua endless.lua
is "$RC" 4 "a limit wins over a load error in the exit status"

run "$CANVAS" check --only CS018 b.lua broken.lua
is "$RC" 3 "a load error wins over an error finding"

run "$CANVAS" check --only CS005 missing.lua a.lua
is "$RC" 3 "a file that does not exist is a load error"
like "$OUT" 'missing.lua: error: cannot read "missing.lua"' "named without a line"
like "$OUT" 'a.lua:4: warning[CS005]' "and the other file is still checked"

# --- Exit statuses: warnings, --strict, info ---------------------------------

run "$CANVAS" check --only CS005 a.lua
is "$RC" 0 "warnings alone end check with 0"
run "$CANVAS" check --strict --only CS005 a.lua
is "$RC" 1 "with --strict a warning ends check with 1"
cat > ties.lua <<'EOF'
segment "Riders" {
  customer = "consumer",
  pain "Bus 15 minutes late" { severity = 4 },
  pain "No seat at rush hour" { severity = 4 },
}
EOF
run "$CANVAS" check --strict --only CS019 ties.lua
like "$OUT" "ties.lua:4: info[CS019]" "an info finding is reported"
is "$RC" 0 "and with --strict it does not fail the check (only warnings do)"
run "$CANVAS" check --only CS019 --strict ties.lua a.lua
is "$RC" 0 "--strict with a rule that finds no warning: 0"

# --- Usage errors --------------------------------------------------------------

run "$CANVAS" check
is "$RC" 2 "check with no script is a usage error"
like "$ERR" "check needs one or more scripts" "that says what is missing"
is "$OUT" "" "and writes nothing on standard output"

run "$CANVAS" check --format bogus a.lua
is "$RC" 2 "--format bogus is a usage error"
like "$ERR" "--format 'bogus' is not a format of findings; use text, json, sarif or github" \
  "that lists the formats"
run "$CANVAS" check --format jsn a.lua
is "$RC" 2 "--format jsn is a usage error"
like "$ERR" "did you mean 'json'?" "with did-you-mean"

run "$CANVAS" check --only CS05 a.lua
is "$RC" 2 "an unknown rule in --only is a usage error"
like "$ERR" 'did you mean "CS005"?' "with did-you-mean"

# --- Formats -------------------------------------------------------------------

run "$CANVAS" check a.lua b.lua broken.lua ties.lua
text_rc=$RC
text_summary=$(last_line "$OUT")
text_findings=$(($(printf '%s\n' "$OUT" | wc -l) - 1))
# "1 error, 3 warnings, 0 info in 4 files" -> "1 3 0 4"
counts=$(printf '%s\n' "$text_summary" | sed -n 's/^\([0-9]*\) errors\{0,1\}, \([0-9]*\) warnings\{0,1\}, \([0-9]*\) info in \([0-9]*\) files\{0,1\}$/\1 \2 \3 \4/p')
[ -n "$counts" ]
ok $? "the text summary reads as counts ($text_summary)"
is "$text_rc" 3 "the text run ends with 3 (broken.lua)"

if [ "$have_json" -eq 1 ]; then
  "$CANVAS" check --format json a.lua b.lua broken.lua ties.lua > report.json 2>/dev/null
  is "$?" "$text_rc" "json: the same exit status as text"
  got=$(perl -MJSON::PP -e '
    local $/; my $d = JSON::PP->new->utf8->decode(<STDIN>);
    my $s = $d->{summary};
    my %n = (error => 0, warning => 0, info => 0);
    $n{$_->{severity}}++ for @{$d->{findings}};
    print join(" ", $d->{format}, $d->{version},
      join(",", map { "$_->{file}=$_->{status}" } @{$d->{files}}),
      scalar @{$d->{findings}},
      "$s->{errors} $s->{warnings} $s->{info} $s->{files}",
      "$n{error} $n{warning} $n{info}"), "\n";' < report.json)
  is "$got" "canvas-findings 1 a.lua=checked,b.lua=checked,broken.lua=failed,ties.lua=checked $text_findings $counts ${counts% *}" \
    "json: format, version, files with their status, the findings and a summary that match the text output"

  "$CANVAS" check --format json --timeout 0.3 --only CS005 a.lua endless.lua > limit.json 2>/dev/null
  is "$?" 4 "json: a file over the time limit ends check with 4"
  got=$(perl -MJSON::PP -e 'local $/; my $d = JSON::PP->new->utf8->decode(<STDIN>);
    print join(",", map { "$_->{file}=$_->{status}" } @{$d->{files}}), "\n";' < limit.json)
  is "$got" "a.lua=checked,endless.lua=limit" "json: its status is limit"

  "$CANVAS" check --format sarif a.lua b.lua broken.lua ties.lua > report.sarif 2>/dev/null
  is "$?" "$text_rc" "sarif: the same exit status as text"
  got=$(perl -MJSON::PP -e '
    local $/; my $d = JSON::PP->new->utf8->decode(<STDIN>);
    my $run = $d->{runs}[0];
    my @rules = @{$run->{tool}{driver}{rules}};
    my %rule = map { $_->{id} => 1 } @rules;
    my @res = @{$run->{results}};
    my @unknown = grep { !defined $_->{ruleId} || !$rule{$_->{ruleId}} } @res;
    my @badindex = grep { $rules[$_->{ruleIndex}]{id} ne $_->{ruleId} } @res;
    print join(" ", $d->{version}, scalar @{$d->{runs}}, scalar @res, scalar @unknown,
      scalar @badindex), "\n";' < report.sarif)
  is "$got" "2.1.0 1 $text_findings 0 0" \
    "sarif: version 2.1.0, one run, one result per finding, every ruleId (and ruleIndex) in the rules list"
else
  skip 6 "perl with JSON::PP is not installed"
fi

run "$CANVAS" check --format github a.lua b.lua broken.lua ties.lua
is "$RC" "$text_rc" "github: the same exit status as text"
bad=$(printf '%s\n' "$OUT" | sed '$d' | grep -Ecv '^::(warning|error|notice) file=[^,]+,line=[0-9]+,title=[^:]+::.')
is "$bad" 0 "github: every finding is ::warning, ::error or ::notice with file=...,line=...,title=..."
is "$(($(printf '%s\n' "$OUT" | wc -l) - 1))" "$text_findings" "github: one command a finding"
is "$(last_line "$OUT")" "$text_summary" "github: then the text format's summary line"
like "$OUT" "::error file=broken.lua,line=3,title=load-error::" "github: a load error is an ::error titled load-error"
like "$OUT" "::notice file=ties.lua,line=4,title=CS019 ranking-tie::" "github: info is ::notice"

# --- explain ---------------------------------------------------------------------

run "$CANVAS" --trust -e '
  local r = require "canvas.checks"
  local rule = r.rules.CS003
  io.write(#r.order, "\n", rule.name, "\n", rule.bad, "\n", rule.good, "\n")'
is "$RC" 0 "the registry can be read"
registry_size=$(printf '%s\n' "$OUT" | sed -n 1p)
examples=$(printf '%s\n' "$OUT" | sed '1,2d')
run "$CANVAS" explain CS003
is "$RC" 0 "explain CS003 ends with 0"
is "$(printf '%s\n' "$OUT" | head -n 1)" "CS003 no-social-emotional-jobs (warning by default)" \
  "explain CS003 names the rule, its name and severity"
like "$OUT" "Customers also want to be seen in a certain way (social jobs) and to feel a" "and explains it"
like "$OUT" "Reported:" "with the example it reports"
like "$OUT" "Not reported:" "and the one it does not"
missing=0
while IFS= read -r l; do
  [ -n "$l" ] || continue
  case $OUT in *"  $l"*) ;; *) missing=$((missing + 1)); echo "# not in explain: $l" ;; esac
done <<< "$examples"
is "$missing" 0 "every line of both of the registry's examples is shown"
run "$CANVAS" explain CS002
like "$OUT" "  min_notes = 3   the fewest jobs, pains and gains a profile should list" \
  "explain shows a rule's thresholds with their defaults"
run "$CANVAS" explain cs003
is "$(printf '%s\n' "$OUT" | head -n 1)" "CS003 no-social-emotional-jobs (warning by default)" \
  "the ID may be written in lower case"

run "$CANVAS" explain
is "$RC" 0 "explain with no rule ends with 0"
listed=$(printf '%s\n' "$OUT" | grep -c '^CS[0-9][0-9][0-9] ')
is "$listed" "$registry_size" "explain lists every rule of the registry ($registry_size)"
like "$OUT" "CS018  unknown-reference          error" "with its name and severity"
if [ "$have_json" -eq 1 ]; then
  sarif_rules=$(perl -MJSON::PP -e 'local $/; my $d = JSON::PP->new->utf8->decode(<STDIN>);
    print scalar grep { $_->{id} =~ /^CS/ } @{$d->{runs}[0]{tool}{driver}{rules}};' < report.sarif)
  is "$sarif_rules" "$listed" "as many as the built-in rules of the sarif rules list"
else
  skip 1 "perl with JSON::PP is not installed"
fi

run "$CANVAS" explain CS03
is "$RC" 2 "explain of an unknown rule is a usage error"
like "$ERR" 'did you mean "CS003"?' "with did-you-mean"

# --- Standard input, long messages -------------------------------------------------

run sh -c "'$CANVAS' check --only CS005,U001 - < a.lua"
is "$OUT" 'stdin:4: warning[CS005] vague-note: pain "Checkout is slow" is vague: "slow" says how much only with a number
stdin:4: warning[U001] pains-are-severe: Pains are severe
0 errors, 2 warnings, 0 info in 1 file' "- reads the script from standard input, named stdin"
run sh -c "'$CANVAS' check --only CS005 - b.lua < a.lua"
is "$(printf '%s\n' "$OUT" | cut -d: -f1 | tr '\n' ' ')" "stdin b.lua 0 errors, 2 warnings, 0 info in 2 files " \
  "- among other files"

cat > long.lua <<'EOF'
segment "Shoppers" { customer = "consumer", pain "Car park full after 10 am" { severity = 3 } }
check "Long message" { each = "pain", test = function() return false end, message = string.rep("queue ", 17000) }
check "Long report" (function(report) report(seg "Shoppers", string.rep("x", 100000)) end)
EOF
run "$CANVAS" check --only U001,U002 long.lua
is "$(printf '%s\n' "$OUT" | wc -l)" 3 "a 100 kB message stays one line"
longest=$(printf '%s\n' "$OUT" | awk '{ if (length($0) > m) m = length($0) } END { print m }')
[ "$longest" -gt 1000 ] && [ "$longest" -lt 2100 ]
ok $? "and is cut to under 2100 bytes ($longest)"

# --- Custom IDs -----------------------------------------------------------------

# An automatic ID never collides with an ID given explicitly: the second
# check gets U001, the first of the automatic ones.
cat > autoid.lua <<'EOF'
segment "Shoppers" { customer = "consumer", pain "Car park full after 10 am" { severity = 5 } }
check "Own" { id = "U002", each = "pain", test = function() return false end }
check "Second" { each = "pain", test = function() return false end }
EOF
run "$CANVAS" check --only U001,U002,U003 autoid.lua
is "$RC" 0 "an automatic ID skips one given explicitly"
like "$OUT" "warning[U001] second:" "the check without an ID is U001"

# Two files whose U001 are different checks: each finding's rule in the
# report is its own check (the later one is listed as U001:name).
if [ "$have_json" -eq 1 ]; then
  cat > c2.lua <<'EOF'
segment "Shoppers" { customer = "consumer", pain "Checkout is slow" { severity = 3 } }
check "Pains have evidence" { each = "pain", test = function(p) return p.evidence ~= nil end }
EOF
  "$CANVAS" check --format json --only U001 a.lua c2.lua > two.json 2>/dev/null
  got=$(perl -MJSON::PP -e 'local $/; my $d = JSON::PP->new->utf8->decode(<STDIN>);
    my %name = map { $_->{id} => $_->{name} } @{$d->{rules}};
    print scalar grep { $name{$_->{id}} ne $_->{name} } @{$d->{findings}};' < two.json)
  is "$got" 0 "each finding's rule has its own name"
else
  skip 1 "perl with JSON::PP is not installed"
fi

# --- The watchdog ------------------------------------------------------------

# A script stuck inside a C function (table.sort of 4 million numbers, about
# 2 s here) is ended by the command line's watchdog (at 2 x timeout + 1 s),
# which ends the process. The text format writes each file's findings as
# soon as it is checked, so what the files before it showed is not lost.
cat > sorting.lua <<'EOF'
local t = {}
for i = 1, 1024 do t[i] = (i * 7919) % 1031 end
while #t < 2^22 do table.move(t, 1, #t, #t + 1) end
table.sort(t)
segment "Sorted" { customer = "consumer" }
EOF
run "$CANVAS" check --timeout 0.1 --only CS005 a.lua sorting.lua
is "$RC" 4 "a script stuck in C ends the check with exit 4"
like "$OUT" "a.lua:4: warning[CS005]" "the findings of the file checked before it are written"
# (on a machine that sorts within the watchdog's time the hook's own limit
# reports it, among the findings: either way it is named)
like "$OUT$ERR" "the time limit was reached" "and a message says a time limit stopped it"
like "$OUT$ERR" "sorting.lua" "naming the script"

# --- Several scripts: each checked as in an interpreter of its own ---------
# (workers copied from one prepared interpreter, fresh for each file); what
# one does cannot reach the next.
tmp_many=$(mktemp -d)
cat > "$tmp_many/fields.lua" <<'EOF'
field "effort" { on = "pain", type = "scale" }
segment "Drivers" { customer = "consumer", pain "Parking takes 20 minutes" { severity = 3, effort = 2 } }
EOF
cat > "$tmp_many/uses.lua" <<'EOF'
segment "Riders" { customer = "consumer", pain "Buses come 15 minutes late" { severity = 3, effort = 2 } }
EOF
run "$CANVAS" check --only CS005 "$tmp_many/uses.lua"
alone=$OUT
run "$CANVAS" check --only CS005 "$tmp_many/fields.lua" "$tmp_many/uses.lua"
like "$OUT" "uses.lua:1: error: pain \"Buses come 15 minutes late\": unknown field 'effort' for a pain" \
  "a field declared by one script is unknown in the next"
is "$(printf '%s\n' "$OUT" | grep uses.lua)" "$(printf '%s\n' "$alone" | grep uses.lua)" \
  "a script checked after another reports exactly what it reports alone"

cat > "$tmp_many/meddles.lua" <<'EOF'
-- tries to spoil what the next script is told
for _, lib in ipairs { string, table, math } do
  for k in pairs(lib) do pcall(function() lib[k] = function() return "" end end) end
end
pcall(function() getmetatable("").__index = {} end)
_G.segment = nil
EOF
run "$CANVAS" check --only CS005 "$tmp_many/meddles.lua" "$tmp_many/uses.lua"
is "$(printf '%s\n' "$OUT" | grep uses.lua)" "$(printf '%s\n' "$alone" | grep uses.lua)" \
  "a script that overwrites the string, table and math functions changes nothing for the next"

# --- One worker, file after file ----------------------------------------------
# With --jobs 1 every file goes to the same worker, which makes its
# interpreter fresh before each: a script checked after others reports what
# it reports alone, whatever the others did.
tab=$(printf '\t')
cat > "$tmp_many/grabs.lua" <<'EOF'
-- reaches the error record a to-be-closed variable is handed, and the
-- random numbers, the ignore comments and the declarations of the language
-- canvas: ignore CS005
field "effort" { on = "pain", type = "scale" }
checks { min_notes = 1 }
check "Everything fails" { each = "pain", test = function() return false end }
rank "pains" { by = function() return 0 end }
math.randomseed(7)
for _ = 1, 100 do math.random() end
threshold = 9
segment "Grabbers" { customer = "consumer", pain "Queues are slow" { severity = 3 } }
local grab <close> = setmetatable({}, { __close = function(_, e)
  local mt = getmetatable(e)
  if type(mt) == "table" then
    mt.__index = function() return "INJECTED" end
    mt.__gc = function() segment "Injected" {} end
  end
  seen_mt = type(mt)
end })
error("grabs fails")
EOF
cat > "$tmp_many/fails.lua" <<'EOF'
segment "Riders" { customer = "consumer", pain "Buses are slow" { severity = 3 } }
print("random", math.random(1000000000), rawget(_ENV, "threshold"))
error("fails on its own")
EOF
run "$CANVAS" check "$tmp_many/fails.lua"
fails_alone=$OUT
run "$CANVAS" check --jobs 1 "$tmp_many/grabs.lua" "$tmp_many/fails.lua" "$tmp_many/uses.lua" "$tmp_many/fails.lua"
like "$OUT" 'grabs.lua:20: error: grabs fails' "one worker: the first script fails at its line"
is "$(printf '%s\n' "$OUT" | grep fails.lua | sort -u)" "$(printf '%s\n' "$fails_alone" | grep fails.lua)" \
  "one worker: the next script's own error is as alone, untouched by the error record the first reached"
is "$(printf '%s\n' "$OUT" | grep -c 'fails.lua:3: error: fails on its own')" 2 \
  "(it is checked twice, and reported each time)"
is "$(printf '%s\n' "$OUT" | grep uses.lua)" "$(printf '%s\n' "$alone" | grep uses.lua)" \
  "one worker: no field, rule, check, ranking rule or ignore comment of the scripts before reaches a later one"
unlike "$OUT" "Injected" "no finalizer a script set runs in a later one"
is "$(printf '%s\n' "$ERR" | grep -c "^random${tab}[0-9]*${tab}nil\$")" 2 \
  "one worker: a script sees no global of the scripts before"
is "$(printf '%s\n' "$ERR" | grep '^random' | sort -u | wc -l | tr -d ' ')" 1 \
  "one worker: the random numbers begin again for each script, whatever the ones before drew or seeded"

# A file a limit stops ends its worker; the files after it are checked by a
# new one. A file stopped by its memory limit after others in one worker is
# checked again as a worker's first file, so what the files before it left
# for the collector never counts against it.
cat > "$tmp_many/hungry.lua" <<'EOF'
segment "Hungry" { customer = "consumer" }
local keep = {}
for i = 1, 1e7 do keep[i] = { i } end
EOF
run "$CANVAS" check --max-memory 64M --only CS005 "$tmp_many/hungry.lua"
hungry_alone=$OUT
run "$CANVAS" check --jobs 1 --max-memory 64M --only CS005 "$tmp_many/uses.lua" "$tmp_many/fails.lua" \
  "$tmp_many/hungry.lua" "$tmp_many/uses.lua" "$tmp_many/fails.lua"
is "$RC" 4 "one worker: a file stopped by its memory limit among others: exit 4"
is "$(printf '%s\n' "$OUT" | grep hungry.lua)" "$(printf '%s\n' "$hungry_alone" | grep hungry.lua)" \
  "one worker: it is reported as alone"
is "$(printf '%s\n' "$OUT" | grep -cxF "$(printf '%s\n' "$alone" | grep uses.lua)")" 2 \
  "the files before and after it are checked, each as alone"
like "$(printf '%s\n' "$OUT" | tail -n 1)" "in 5 files" "every file is reported"

# the time limit of a script checked in a worker comes from a timer there
cat > "$tmp_many/spins.lua" <<'EOF'
local spin = coroutine.wrap(function() while true do end end)
spin()
EOF
run "$CANVAS" check --timeout 0.3 --only CS005 "$tmp_many/spins.lua" "$tmp_many/uses.lua"
is "$RC" 4 "a script looping inside a coroutine, among several: exit 4"
like "$OUT" "spins.lua:1: error: the time limit was reached" "it is stopped at its time limit, and named"
like "$OUT" "in 2 files" "and the next script is checked"

cat > "$tmp_many/killed.lua" <<'EOF'
os.execute("kill -KILL $PPID")
EOF
cat > "$tmp_many/ends.lua" <<'EOF'
segment "Ends" { customer = "consumer" }
os.exit(5)
EOF
run "$CANVAS" check --trust --only CS005 "$tmp_many/killed.lua" "$tmp_many/fields.lua"
is "$RC" 4 "a file whose check was killed ends check with 4"
like "$OUT" "killed.lua: error: the check of this file was stopped by signal 9" \
  "the killed file is reported, with the signal"
like "$OUT" "in 2 files" "the files after it are still checked"
run "$CANVAS" check --trust --only CS005 "$tmp_many/fields.lua" "$tmp_many/ends.lua" "$tmp_many/uses.lua"
is "$RC" 5 "os.exit in a trusted script ends canvas check with its status, as with one file"
unlike "$OUT" "uses.lua" "and no file after it is checked"
# --jobs: scripts checked at once give what one after another gives, the
# scripts' own output included, each in its turn
for i in 1 2 3 4 5 6; do
  printf 'print("script %s starts")\nsegment "S%s" { customer = "consumer", pain "Waits %s minutes" { severity = 3 } }\nprint("script %s ends")\n' \
    "$i" "$i" "$i" "$i" > "$tmp_many/p$i.lua"
done
run "$CANVAS" check -j 1 "$tmp_many"/p[1-6].lua
one_out=$OUT one_err=$ERR one_rc=$RC
run "$CANVAS" check --jobs 4 "$tmp_many"/p[1-6].lua
is "$OUT" "$one_out" "--jobs 4: the same findings, in the same order, as --jobs 1"
is "$ERR" "$one_err" "--jobs 4: what the scripts print comes out in their order, not mixed"
is "$RC" "$one_rc" "--jobs 4: the same exit status"
is "$(printf '%s\n' "$one_err" | head -n 3 | tr '\n' ' ')" "script 1 starts script 1 ends script 2 starts " \
  "(the scripts did print, each its two lines)"
# Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while
# workers check scripts that never end: exit 130, the interrupted file is
# reported, no other is begun, and no worker is left behind.
for i in 1 2 3 4 5 6; do
  printf 'segment "L%s" { customer = "consumer" }\nwhile true do end\n' "$i" > "$tmp_many/loop$i.lua"
done
if command -v setsid >/dev/null; then
  setsid "$CANVAS" check --timeout 0 --only CS005 "$tmp_many"/loop[1-6].lua \
    > "$tmp_many/int.out" 2> "$tmp_many/int.err" < /dev/null &
  pid=$!
  sleep 1
  kill -INT -- "-$pid"
  wait "$pid"
  is "$?" 130 "Ctrl-C during a check of several scripts: exit 130"
  like "$(cat "$tmp_many/int.out")" "loop1.lua:2: error: interrupted" "the file being checked is reported as interrupted"
  unlike "$(cat "$tmp_many/int.out")" "loop6.lua" "no file after the interrupted ones is begun"
  sleep 0.2
  is "$(pgrep -f "$tmp_many/loop" | wc -l | tr -d ' ')" 0 "no worker is left running"
else
  skip 4 "setsid is missing"
fi

# On a terminal the findings are in colour, the same whether a worker
# wrote a file's lines or one file was checked alone.
if command -v script >/dev/null && script -qec true /dev/null >/dev/null 2>&1; then
  run env -u NO_COLOR TERM=xterm script -qec "'$CANVAS' check '$tmp_many/p1.lua'" /dev/null
  one=$(printf '%s\n' "$OUT" | grep 'p1.lua')
  run env -u NO_COLOR TERM=xterm script -qec "'$CANVAS' check '$tmp_many/p1.lua' '$tmp_many/p2.lua'" /dev/null
  like "$one" "$(printf '\033[')" "on a terminal a finding's severity is in colour"
  is "$(printf '%s\n' "$OUT" | grep 'p1.lua')" "$one" \
    "several files on a terminal: each file's lines as it gives them alone, colour and all"
else
  skip 2 "script (util-linux) cannot run a terminal here"
fi

run "$CANVAS" check --jobs 0 "$tmp_many/p1.lua" "$tmp_many/p2.lua"
is "$RC" 2 "--jobs 0: a usage error"
like "$ERR" "--jobs: '0' is not a whole number from 1 to 64" "that says what --jobs takes"
for i in 1 2 3 4; do
  printf 'local f = assert(io.open("%s/order.txt", "a"))\nf:write("%s\\n")\nf:close()\n' "$tmp_many" "$i" > "$tmp_many/t$i.lua"
done
run "$CANVAS" check --trust --jobs 4 "$tmp_many"/t[1-4].lua
is "$(tr '\n' ' ' < "$tmp_many/order.txt")" "1 2 3 4 " "trusted scripts are checked one after another, in order, whatever --jobs says"
rm -rf "$tmp_many"

# --summary: a line for each file, for a teacher checking a class
cd "$TOP" || exit 1
tmp_summary=$(mktemp -d)
printf 'segment "A" {\n' > "$tmp_summary/broken.lua"
run "$CANVAS" check --summary examples/tidepool.lua examples/mass-market.lua "$tmp_summary/broken.lua"
is "$RC" 3 "--summary: the exit status is check's (3: a script failed to load)"
like "$OUT" "examples/tidepool.lua: 0 errors, 5 warnings, 4 info; fit coverage 10/14 (71%)" "--summary: findings by severity and fit coverage, one line a file"
like "$OUT" "examples/mass-market.lua: 0 errors, 0 warnings, 0 info; fit coverage 9/9 (100%)" "--summary: every file"
like "$OUT" "broken.lua: 1 error, 0 warnings, 0 info; not checked (it failed to load)" "--summary: a file that failed to load says so"
like "$OUT" "1 error, 5 warnings, 4 info in 3 files" "--summary: then the total"
unlike "$OUT" "warning[CS002]" "--summary: no findings listed"
run "$CANVAS" check --summary --format json examples/tidepool.lua
is "$RC" 2 "--summary with --format json: usage error"
rm -rf "$tmp_summary"
# Several files in several folders, in one run: each file gets the project
# file of its own folder (the workers look each folder up once), a script
# reached through a link is the file it names, and includes still see
# their cycles.
tmp_dirs=$(mktemp -d)
mkdir -p "$tmp_dirs/quiet/deeper" "$tmp_dirs/loud"
printf 'checks { ignore = { "CS011" } }\n' > "$tmp_dirs/quiet/.canvas.lua"
twins='segment "C" { need = "x" }
segment "D" { need = "x" }'
for f in quiet/one.lua quiet/deeper/two.lua loud/three.lua loud/four.lua; do
  printf '%s\n' "$twins" > "$tmp_dirs/$f"
done
printf 'include "b.lua"\nsegment "A" { need = "y" }\n' > "$tmp_dirs/loud/a.lua"
printf 'include "a.lua"\nsegment "B" { need = "z" }\n' > "$tmp_dirs/loud/b.lua"
ln -s three.lua "$tmp_dirs/loud/link.lua"
(cd "$tmp_dirs" && "$CANVAS" check quiet/one.lua loud/three.lua quiet/deeper/two.lua \
  loud/a.lua loud/link.lua loud/four.lua > out 2> err; echo $? > rc)
OUT=$(cat "$tmp_dirs/out")
is "$(cat "$tmp_dirs/rc")" 3 "several folders: an include cycle is a load error (exit 3)"
unlike "$OUT" "one.lua:2: warning[CS011]" "several folders: the project file of a folder applies to its files"
unlike "$OUT" "two.lua:2: warning[CS011]" "several folders: and to the files of the folders below it"
like "$OUT" "three.lua:2: warning[CS011]" "several folders: a folder without one has the default checks"
like "$OUT" "four.lua:2: warning[CS011]" "several folders: every file of that folder"
like "$OUT" "link.lua:2: warning[CS011]" "several folders: a script reached through a link is checked"
like "$OUT" 'loud/b.lua:1: error: include cycle: "a.lua" is already being loaded' \
  "several folders: an include cycle is found"
rm -rf "$tmp_dirs"

done_testing
