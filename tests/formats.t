#!/bin/bash
# The formats of a findings report (docs/formats.md), written by the built
# binary and read back by parsers that are not cjson: Perl's core JSON::PP
# checks the JSON data model key by key and every property that the SARIF
# 2.1.0 schema (and GitHub code scanning) requires, at every level; the
# GitHub workflow commands are checked line by line.
#
# Optional, when present (they are never fetched at test time):
# - a JSON Schema check against the official SARIF 2.1.0 schema, with node
#   and, in $SARIF_TOOLS/node_modules, ajv-draft-04, ajv-formats and
#   @microsoft/jest-sarif (which ships the schema as published for
#   SchemaStore, sarif-2.1.0-rtm.5.json);
# - GitHub's own ingestion rules (GH1001...) with the SARIF Multitool of
#   @microsoft/sarif-multitool-linux in $SARIF_TOOLS/node_modules.
# SARIF_TOOLS is build/sarif-tools unless set. To get both:
#   npm install --prefix build/sarif-tools ajv-draft-04 ajv-formats \
#     @microsoft/jest-sarif @microsoft/sarif-multitool-linux
. "$(dirname "$0")/lib.sh"
command -v perl >/dev/null && perl -MJSON::PP -e 1 2>/dev/null ||
  skip_all "perl with JSON::PP is not installed"
SARIF_TOOLS=${SARIF_TOOLS:-$TOP/build/sarif-tools}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The fixtures, as a Lua chunk that sets `fixtures` (name -> report).
FIXTURES='
local rules = {
  { id = "CS001", name = "no-name", severity = "error", summary = "A declaration has no name",
    explanation = "Every declaration needs a name." },
  { id = "CS005", name = "vague-note", severity = "warning", summary = "A note says nothing",
    explanation = "A note should say what the customer does, feels or gains.",
    help_uri = "https://example.invalid/canvas/CS005" },
  { id = "CS007", name = "short-gain", severity = "info", summary = "A gain is very short",
    explanation = "" },
}
local tool = { name = "canvas", version = "0.1.0", uri = "https://example.invalid/canvas" }
fixtures = {
  main = {
    tool = tool, rules = rules,
    files = { { file = "a.lua", status = "checked" }, { file = "sub dir/b.lua", status = "failed" },
              { file = "c.lua", status = "checked" } },
    diagnostics = {
      { file = "a.lua", line = 12, severity = "warning", id = "CS005", name = "vague-note",
        message = "pain \"Queues\" says nothing" },
      { file = "a.lua", line = 14, severity = "info", id = "CS007", name = "short-gain",
        message = "50% short, see: line 2\nthen 3, or 4\r" },
      { file = "sub dir/b.lua", line = 3, severity = "error", message = "unexpected symbol near \"x\"" },
      { file = "sub dir/b.lua", line = 0, severity = "error", id = "CS001", name = "no-name",
        message = "a segment has no name" },
    },
    summary = { errors = 2, warnings = 1, info = 1, files = 3 },
  },
  empty = {
    tool = { name = "canvas", version = "0.1.0" }, rules = rules,
    files = { { file = "ok.lua", status = "checked" } }, diagnostics = {},
    summary = { errors = 0, warnings = 0, info = 0, files = 1 },
  },
  paths = {
    tool = tool, rules = {},
    files = { { file = "./d/é x#1.lua", status = "checked" }, { file = "/abs/q.lua", status = "limit" } },
    diagnostics = {
      { file = "./d/é x#1.lua", line = 1, severity = "info", id = "X9", message = "" },
      { file = "/abs/q.lua", line = 0, severity = "error", message = "the script took too long\255" },
    },
    summary = { errors = 1, warnings = 0, info = 1, files = 2 },
  },
}'

# write FORMAT FIXTURE FILE: the built binary formats a fixture into FILE.
write() {
  "$CANVAS" --trust -e "$FIXTURES" \
    -e "require('canvas.render.findings_$1').format(fixtures['$2'], require('canvas.util.text').writer(false))" \
    </dev/null >"$3" 2>"$tmp/err"
  is "$?:$(cat "$tmp/err")" "0:" "findings_$1 writes fixture $2"
}

# perl_checks NAME FILE PERL: runs PERL with $d (the document decoded by
# JSON::PP) and helpers; each `check(COND, WHAT)` becomes an assertion.
perl_checks() {
  local name=$1 file=$2 code=$3 line rc
  perl -MJSON::PP -MB -e '
    use strict; use warnings;
    my $text = do { local $/; open my $f, "<", $ARGV[0] or die $!; <$f> };
    my $d = eval { JSON::PP->new->utf8->decode($text) };
    sub check { my ($c, $what) = @_; print(($c ? 0 : 1), " $what\n"); return $c }
    sub is_int { my $v = shift; return 0 if !defined $v || ref $v;
      my $f = B::svref_2object(\$v)->FLAGS; return ($f & B::SVp_IOK) && !($f & B::SVp_POK) }
    sub is_str { my $v = shift; return 0 if !defined $v || ref $v;
      my $f = B::svref_2object(\$v)->FLAGS; return ($f & B::SVp_POK) ? 1 : 0 }
    sub is_obj { return ref($_[0]) eq "HASH" }
    sub is_arr { return ref($_[0]) eq "ARRAY" }
    sub nonempty { my $v = shift; return is_str($v) && $v ne "" }
    sub keys_are { my ($h, @want) = @_; return is_obj($h) &&
      join(",", sort keys %$h) eq join(",", sort @want) }
    # a URI reference (RFC 3986): allowed characters, % followed by two hex digits
    sub uri_ref { my $u = shift; return is_str($u) &&
      $u =~ m{\A(?:[A-Za-z0-9\-._~:/?#\[\]@!\$&\x27()*+,;=]|%[0-9A-Fa-f]{2})*\z} }
    sub abs_uri { my $u = shift; return uri_ref($u) && $u =~ m{\A[A-Za-z][A-Za-z0-9+.\-]*:} }
    check(defined $d, "is one JSON document (valid UTF-8) that JSON::PP reads")
      or do { print "1 $@\n"; exit 0 };
    check($text =~ /\n\z/ && $text !~ /\n\n\z/, "ends with one newline");
    '"$code" "$file" >"$tmp/checks" 2>&1
  rc=$?
  while IFS= read -r line; do
    case $line in
      [01]" "*) ok "${line%% *}" "$name: ${line#* }" ;;
      *) ok 1 "$name: perl said: $line" ;;
    esac
  done <"$tmp/checks"
  is "$rc" 0 "$name: the perl checks ran to their end"
}

SARIF_CHECKS='
my %level = map { $_ => 1 } qw(none note warning error);
check(is_obj($d), "sarifLog is an object");
check(($d->{"\$schema"} // "") eq "https://json.schemastore.org/sarif-2.1.0.json", "sarifLog: \$schema");
check(is_str($d->{version}) && $d->{version} eq "2.1.0", "sarifLog: version is \"2.1.0\" (required)");
check(is_arr($d->{runs}) && @{$d->{runs}} == 1, "sarifLog: runs is an array of one run (required)");
my $run = $d->{runs}[0] // {};
check(is_obj($run->{tool}), "run: tool (required)");
my $driver = $run->{tool}{driver};
check(is_obj($driver), "tool: driver (required)");
check(nonempty($driver->{name}), "driver: name (required, non-empty)");
check(!exists $driver->{version} || nonempty($driver->{version}), "driver: version is a string");
check(!exists $driver->{informationUri} || abs_uri($driver->{informationUri}),
  "driver: informationUri is an absolute URI");
check(is_arr($driver->{rules}), "driver: rules is an array (GitHub requires it)");
my $rules = is_arr($driver->{rules}) ? $driver->{rules} : [];
my (%seen, $bad_rule);
for my $i (0 .. $#$rules) {
  my $r = $rules->[$i]; my $why;
  if (!is_obj($r)) { $why = "not an object" }
  elsif (!nonempty($r->{id})) { $why = "no id (required)" }
  elsif ($seen{$r->{id}}++) { $why = "id $r->{id} twice" }
  elsif (exists $r->{name} && !(nonempty($r->{name}) && $r->{name} ne $r->{id}
         && length($r->{name}) <= 255)) { $why = "name empty, equal to id or too long" }
  else {
    for my $k (qw(shortDescription fullDescription help)) {
      $why //= "$k.text missing or empty" unless is_obj($r->{$k}) && nonempty($r->{$k}{text});
    }
    for my $k (qw(shortDescription fullDescription)) {
      $why //= "$k.text over 1024 characters" if is_obj($r->{$k}) && length($r->{$k}{text} // "") > 1024;
    }
    $why //= "defaultConfiguration.level not in the enum"
      unless is_obj($r->{defaultConfiguration}) && $level{$r->{defaultConfiguration}{level} // ""};
    $why //= "helpUri not an absolute URI" if exists $r->{helpUri} && !abs_uri($r->{helpUri});
  }
  $bad_rule //= "rule $i: $why" if $why;
}
check(!$bad_rule, "reportingDescriptor: id, descriptions, help and level as required"
  . ($bad_rule ? " ($bad_rule)" : ""));
check((grep { $_->{id} eq "load-error" } @$rules) == 1, "driver: the rules hold load-error");
my $artifacts = $run->{artifacts} // [];
check(is_arr($artifacts), "run: artifacts is an array");
my $bad_art;
for my $i (0 .. $#$artifacts) {
  my $a = $artifacts->[$i];
  $bad_art //= "artifact $i" unless is_obj($a) && is_obj($a->{location}) && uri_ref($a->{location}{uri});
}
check(!$bad_art, "artifact: location.uri is a URI reference" . ($bad_art ? " ($bad_art)" : ""));
check(is_arr($run->{results}), "run: results is an array (GitHub requires it)");
my $results = is_arr($run->{results}) ? $run->{results} : [];
my $bad;
for my $i (0 .. $#$results) {
  my $r = $results->[$i]; my $why;
  if (!is_obj($r)) { $why = "not an object" }
  elsif (!is_obj($r->{message}) || !(nonempty($r->{message}{text}) || nonempty($r->{message}{id}))) {
    $why = "message.text or message.id (required)" }
  elsif (!nonempty($r->{message}{text})) { $why = "message.text empty (GitHub)" }
  elsif (!nonempty($r->{ruleId})) { $why = "no ruleId" }
  elsif (!grep { $_->{id} eq $r->{ruleId} } @$rules) { $why = "ruleId $r->{ruleId} not a rule" }
  elsif (exists $r->{ruleIndex} && !(is_int($r->{ruleIndex}) && $r->{ruleIndex} >= 0
         && $r->{ruleIndex} <= $#$rules && $rules->[$r->{ruleIndex}]{id} eq $r->{ruleId})) {
    $why = "ruleIndex does not name the rule" }
  elsif (!$level{$r->{level} // ""}) { $why = "level not in the enum" }
  elsif (!is_arr($r->{locations}) || @{$r->{locations}} < 1 || @{$r->{locations}} > 10) {
    $why = "locations: 1 to 10 (GitHub)" }
  else {
    for my $loc (@{$r->{locations}}) {
      my $pl = is_obj($loc) ? $loc->{physicalLocation} : undef;
      if (!is_obj($pl)) { $why //= "location.physicalLocation (required by GitHub)"; next }
      my $al = $pl->{artifactLocation};
      if (!is_obj($al) || !uri_ref($al->{uri})) { $why //= "artifactLocation.uri a URI reference"; next }
      $why //= "uriBaseId not a string" if exists $al->{uriBaseId} && !nonempty($al->{uriBaseId});
      if (exists $al->{index}) {
        $why //= "artifactLocation.index does not name its artifact"
          unless is_int($al->{index}) && $al->{index} >= 0 && $al->{index} <= $#$artifacts
            && $artifacts->[$al->{index}]{location}{uri} eq $al->{uri};
      }
      if (exists $pl->{region}) {
        $why //= "region.startLine an integer >= 1"
          unless is_obj($pl->{region}) && is_int($pl->{region}{startLine}) && $pl->{region}{startLine} >= 1;
      }
    }
  }
  $bad //= "result $i: $why" if $why;
}
check(!$bad, "result: message, ruleId, ruleIndex, level, locations, uri, region as required"
  . ($bad ? " ($bad)" : ""));
'

JSON_CHECKS='
my %sev = map { $_ => 1 } qw(error warning info);
my %status = map { $_ => 1 } qw(checked failed limit);
check(keys_are($d, qw(format version tool files findings rules summary)), "the top-level keys");
check(is_str($d->{format}) && $d->{format} eq "canvas-findings", "format is \"canvas-findings\"");
check(is_int($d->{version}) && $d->{version} == 1, "version is the number 1");
check(keys_are($d->{tool}, qw(name version uri)) && nonempty($d->{tool}{name})
  && (!defined $d->{tool}{uri} || is_str($d->{tool}{uri})), "tool: name, version, uri");
check(is_arr($d->{files}) && !(grep { !(keys_are($_, qw(file status fit)) && nonempty($_->{file})
  && $status{$_->{status}} && is_arr($_->{fit})) } @{$d->{files}}), "files: each with file, status and fit");
check(is_arr($d->{findings}) && !(grep { !(keys_are($_, qw(file line severity id name message))
  && nonempty($_->{file}) && is_int($_->{line}) && $_->{line} >= 0 && $sev{$_->{severity}}
  && (!defined $_->{id} || nonempty($_->{id})) && (!defined $_->{name} || is_str($_->{name}))
  && is_str($_->{message})) } @{$d->{findings}}),
  "findings: file, line (a whole number, 0 for none), severity, id, name, message");
check(is_arr($d->{rules}) && !(grep { !(keys_are($_, qw(id name severity summary explanation help_uri))
  && nonempty($_->{id})) } @{$d->{rules}}), "rules: id, name, severity, summary, explanation, help_uri");
check(keys_are($d->{summary}, qw(errors warnings info files))
  && !(grep { !is_int($_) } values %{$d->{summary}}), "summary: errors, warnings, info, files as numbers");
'

# JSON: the data model
write json main "$tmp/main.json"
perl_checks "json main" "$tmp/main.json" "$JSON_CHECKS"'
check(@{$d->{findings}} == 4 && !defined $d->{findings}[2]{id} && !defined $d->{findings}[2]{name},
  "a load error has id and name null");
check($d->{findings}[1]{message} eq "50% short, see: line 2\nthen 3, or 4\r", "a message read back as written");
check($d->{findings}[3]{line} == 0, "no line is 0");
check(@{$d->{files}} == 3 && $d->{files}[2]{file} eq "c.lua", "a file with no findings is listed");
check($d->{summary}{errors} == 2 && $d->{summary}{files} == 3, "the summary");'
write json empty "$tmp/empty.json"
perl_checks "json empty" "$tmp/empty.json" "$JSON_CHECKS"'
check(is_arr($d->{findings}) && @{$d->{findings}} == 0, "no findings is an empty array");
check(!defined $d->{tool}{uri}, "an unknown tool uri is null");'
write json paths "$tmp/paths.json"
perl_checks "json paths" "$tmp/paths.json" "$JSON_CHECKS"'
check($d->{findings}[1]{message} eq "the script took too long\x{FFFD}", "a byte that is not UTF-8 is U+FFFD");
check($d->{files}[0]{file} eq "./d/\x{e9} x#1.lua", "a path as given");'

# SARIF: what the schema and GitHub require
write sarif main "$tmp/main.sarif"
perl_checks "sarif main" "$tmp/main.sarif" "$SARIF_CHECKS"'
my @r = @{$d->{runs}[0]{results}};
check(@r == 4, "one result a finding");
check(join(",", map { $_->{level} } @r) eq "warning,note,error,error", "levels: warning, note (info), error");
check($r[2]{ruleId} eq "load-error", "a load error is a result of rule load-error");
check(!exists $r[3]{locations}[0]{physicalLocation}{region}, "line 0: no region");
check($r[0]{locations}[0]{physicalLocation}{region}{startLine} == 12, "startLine");
check($r[2]{locations}[0]{physicalLocation}{artifactLocation}{uri} eq "sub%20dir/b.lua",
  "a space in a path is %20");
check(@{$d->{runs}[0]{artifacts}} == 3, "each file is an artifact");'
write sarif empty "$tmp/empty.sarif"
perl_checks "sarif empty" "$tmp/empty.sarif" "$SARIF_CHECKS"'
check(@{$d->{runs}[0]{results}} == 0, "no findings: an empty results array");
check(!exists $d->{runs}[0]{tool}{driver}{informationUri}, "no tool uri: no informationUri");'
write sarif paths "$tmp/paths.sarif"
perl_checks "sarif paths" "$tmp/paths.sarif" "$SARIF_CHECKS"'
my @r = @{$d->{runs}[0]{results}};
my $al = $r[0]{locations}[0]{physicalLocation}{artifactLocation};
check($al->{uri} eq "d/%C3%A9%20x%231.lua" && $al->{uriBaseId} eq "%SRCROOT%",
  "a relative path: ./ dropped, percent-encoded, under %SRCROOT%");
check($r[1]{locations}[0]{physicalLocation}{artifactLocation}{uri} eq "file:///abs/q.lua"
  && !exists $r[1]{locations}[0]{physicalLocation}{artifactLocation}{uriBaseId},
  "an absolute path: a file URI");
check($r[0]{message}{text} ne "", "an empty message still has text");
check((grep { $_->{id} eq "X9" } @{$d->{runs}[0]{tool}{driver}{rules}}) == 1,
  "a rule id missing from the list is added to it");'

# The official schema, when a validator and the schema are here.
schema=$SARIF_TOOLS/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
if ! command -v node >/dev/null; then
  skip 1 "node is not installed: no JSON Schema check of the SARIF"
elif [ ! -f "$schema" ] || [ ! -d "$SARIF_TOOLS/node_modules/ajv-draft-04" ] ||
     [ ! -d "$SARIF_TOOLS/node_modules/ajv-formats" ]; then
  skip 1 "no SARIF schema and validator in $SARIF_TOOLS (npm install --prefix build/sarif-tools ajv-draft-04 ajv-formats @microsoft/jest-sarif)"
else
  run env NODE_PATH="$SARIF_TOOLS/node_modules" node -e '
    const [schema, ...files] = process.argv.slice(1);
    const fs = require("fs"), Ajv = require("ajv-draft-04"), formats = require("ajv-formats");
    // the official schema has a pattern that is not valid with the u flag
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    formats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(schema, "utf8")));
    let bad = 0;
    for (const f of files) {
      if (!validate(JSON.parse(fs.readFileSync(f, "utf8")))) {
        bad++;
        for (const e of validate.errors) console.log(f + ": " + e.instancePath + " " + e.message);
      }
    }
    process.exit(bad ? 1 : 0);' "$schema" "$tmp/main.sarif" "$tmp/empty.sarif" "$tmp/paths.sarif"
  is "$RC:$OUT$ERR" "0:" "sarif: every fixture is valid against the SARIF 2.1.0 schema (ajv)"
fi

# GitHub's ingestion rules, when the SARIF Multitool is here.
multitool=$SARIF_TOOLS/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
if [ ! -x "$multitool" ]; then
  skip 1 "no SARIF Multitool in $SARIF_TOOLS (npm install --prefix build/sarif-tools @microsoft/sarif-multitool-linux)"
else
  out=""
  for f in main empty paths; do
    run env DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1 "$multitool" validate --rule-kind Gh \
      -o "$tmp/$f.check.sarif" "$tmp/$f.sarif"
    out="$out$(printf '%s\n' "$OUT" "$ERR" | grep -E ' error |ERR[0-9]')"
  done
  is "$out" "" "sarif: GitHub's ingestion rules (SARIF Multitool --rule-kind Gh) find no error"
fi

# GitHub workflow commands
write github main "$tmp/main.gh"
is "$(cat "$tmp/main.gh")" "::warning file=a.lua,line=12,title=CS005 vague-note::pain \"Queues\" says nothing
::notice file=a.lua,line=14,title=CS007 short-gain::50%25 short, see: line 2%0Athen 3, or 4%0D
::error file=sub dir/b.lua,line=3,title=load-error::unexpected symbol near \"x\"
::error file=sub dir/b.lua,title=CS001 no-name::a segment has no name
2 errors, 1 warning, 1 info in 3 files" "github: one command a finding, escaped, then the summary"
bad=$(grep -v '^[0-9n]' "$tmp/main.gh" |
  grep -cvE '^::(error|warning|notice) file=[^,:]+(,line=[1-9][0-9]*)?,title=[^,:]+::')
is "$bad" 0 "github: every command has the workflow-command form"
is "$(grep -c $'\r' "$tmp/main.gh")" 0 "github: no carriage return is left in a command"
write github paths "$tmp/paths.gh"
is "$(head -2 "$tmp/paths.gh")" "::notice file=./d/é x#1.lua,line=1,title=X9::
::error file=/abs/q.lua,title=load-error::the script took too long$(printf '\377')" \
  "github: no line, no line property; an empty message"

# Text
write text main "$tmp/main.txt"
is "$(cat "$tmp/main.txt")" "a.lua:12: warning[CS005] vague-note: pain \"Queues\" says nothing
a.lua:14: info[CS007] short-gain: 50% short, see: line 2\\nthen 3, or 4\\013
sub dir/b.lua:3: error: unexpected symbol near \"x\"
sub dir/b.lua: error[CS001] no-name: a segment has no name
2 errors, 1 warning, 1 info in 3 files" "text: the compiler form, then the summary"
write text empty "$tmp/empty.txt"
is "$(cat "$tmp/empty.txt")" "no findings in 1 file" "text: no findings"
done_testing
