/*
** test_api.c: the public C API, as a program that embeds canvas uses it.
** Prints TAP; tests/api.t runs it under prove.
*/
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "canvas.h"

static int n, failed;

static void ok(int cond, const char *what) {
  n++;
  printf("%sok %d - %s\n", cond ? "" : "not ", n, what);
  if (!cond) failed++;
}

static void is_str(const char *got, const char *want, const char *what) {
  int same = (got == NULL && want == NULL) ||
             (got != NULL && want != NULL && strcmp(got, want) == 0);
  ok(same, what);
  if (!same)
    printf("#   got:  %s\n#   want: %s\n", got ? got : "(null)",
           want ? want : "(null)");
}

static void is_int(long got, long want, const char *what) {
  ok(got == want, what);
  if (got != want) printf("#   got:  %ld\n#   want: %ld\n", got, want);
}

static const char model[] =
    "canvas 'Bakery' { market = 'niche' }\n"
    "segment 'Cafes' {\n"
    "  id = 'cafes', customer = 'business', archetypes = { 'curator', 'tastemaker' },\n"
    "  bases = { geographic = 'within 5 km' },\n"
    "  job 'Serve fresh pastries by 7 am' { kind = 'functional', importance = 'crucial' },\n"
    "  pain 'Deliveries arrive after opening' { severity = 4, type = 'obstacle' },\n"
    "  gain 'Pastries sell out by noon' { relevance = 'essential' },\n"
    "}\n"
    "value 'Early run' { segment = 'cafes',\n"
    "  relieves 'Deliveries arrive after opening' { how = 'van leaves at 5' },\n"
    "  creates 'Pastries sold out' { },\n"
    "}\n";

static void test_model(void) {
  canvas *c = canvas_new();
  canvas_diagnostic d;
  ok(c != NULL, "canvas_new makes an interpreter");
  is_int(canvas_load_string(c, model, strlen(model), "bakery"), CANVAS_OK,
         "a valid script loads");
  is_str(canvas_name(c), "Bakery", "the canvas has its name");
  is_int((long)canvas_segment_count(c), 1, "one segment");
  is_str(canvas_segment_name(c, 0), "Cafes", "the segment's name");
  is_int((long)canvas_note_count(c, 0, "jobs"), 1, "one job");
  is_int((long)canvas_note_count(c, 0, "pains"), 1, "one pain");
  is_str(canvas_note_text(c, 0, "gains", 0), "Pastries sell out by noon",
         "the gain's text");
  is_str(canvas_field(c, 0, "jobs", 0, "importance"), "5",
         "a scale word is stored as its number");
  is_str(canvas_field(c, 0, "pains", 0, "type"), "obstacle", "a choice field");
  is_str(canvas_field(c, 0, NULL, 0, "archetypes"), "curator, tastemaker",
         "a list field of the segment, joined");
  is_str(canvas_field(c, 0, NULL, 0, "bases"), "geographic: within 5 km",
         "the bases of the segment");
  is_str(canvas_field(c, 0, "jobs", 0, "who"), NULL, "an unset field is NULL");
  is_str(canvas_field(c, 0, "jobs", 0, "nonsense"), NULL,
         "an unknown field is NULL");
  is_str(canvas_segment_name(c, 5), NULL, "out of range gives NULL");
  is_int((long)canvas_note_count(c, 0, "things"), 0,
         "an unknown category has no notes");
  is_int((long)canvas_unresolved_count(c), 1, "one reference did not resolve");
  is_int((long)canvas_diagnostic_count(c), 1, "it is the only diagnostic");
  ok(canvas_get_diagnostic(c, 0, &d) == CANVAS_OK, "the diagnostic can be read");
  is_str(d.severity, "warning", "unresolved references are warnings");
  is_str(d.id, "CS018", "with the check ID CS018");
  is_str(d.name, "unknown-reference", "and its name");
  is_str(d.file, "bakery", "naming the chunk");
  is_int(d.line, 11, "and the line of the creator");
  ok(d.message && strstr(d.message, "did you mean \"Pastries sell out by noon\"?"),
     "with a did-you-mean");
  ok(canvas_get_diagnostic(c, 1, &d) == CANVAS_USAGE,
     "reading past the last diagnostic is a usage error");
  is_str(canvas_error(c), NULL, "no load error");
  is_int(canvas_set_trust(c, 1), CANVAS_USAGE,
         "settings cannot change after a load");
  canvas_free(c);
}

static void test_errors(void) {
  canvas *c = canvas_new();
  const char bad[] = "segment 'A' {\n  pain 'x' { severity = 'high' },\n}\n";
  const char nul[] = "x = 1\0 error('hidden')";
  canvas_diagnostic d;
  is_int(canvas_load_string(c, bad, strlen(bad), "bad"), CANVAS_LOAD,
         "a declaration mistake makes the load fail");
  ok(canvas_get_diagnostic(c, 0, &d) == CANVAS_OK, "its diagnostic is there");
  is_str(d.severity, "error", "as an error");
  ok(d.id == NULL, "with no check ID");
  is_int(d.line, 2, "on the line of the pain");
  ok(canvas_error(c) && strncmp(canvas_error(c), "bad:2: pain \"x\": severity = \"high\"", 33) == 0,
     "canvas_error gives file:line: message");
  canvas_free(c);

  c = canvas_new();
  is_int(canvas_load_string(c, nul, sizeof nul - 1, "nul"), CANVAS_LOAD,
         "a NUL byte does not cut the chunk short");
  canvas_free(c);

  c = canvas_new();
  is_int(canvas_load_file(c, "/nonexistent/canvas.lua"), CANVAS_LOAD,
         "a missing file fails to load");
  ok(canvas_error(c) && strstr(canvas_error(c), "No such file"),
     "and says why");
  canvas_free(c);

  is_int(canvas_load_file(NULL, "x"), CANVAS_USAGE, "a NULL interpreter is a usage error");
  canvas_free(NULL);
  ok(1, "canvas_free(NULL) is harmless");
}

static void test_settings(void) {
  canvas *c = canvas_new();
  const char *args[] = {"one", "two"};
  const char probe[] = "assert(select('#', ...) == 2 and arg[2] == 'two')\n"
                       "assert(io == nil)";
  const char trusted[] = "assert(io.write and os.getenv)";
  is_int(canvas_set_args(c, 2, args), CANVAS_OK, "arguments can be set");
  is_int(canvas_add_include_dir(c, "/nonexistent-dir"), CANVAS_USAGE,
         "a missing include folder is refused");
  is_int(canvas_load_string(c, probe, strlen(probe), "probe"), CANVAS_LOAD,
         "untrusted scripts have no io (the probe fails on reading it)");
  canvas_free(c);

  c = canvas_new();
  is_int(canvas_set_args(c, 2, args), CANVAS_OK, "arguments again");
  is_int(canvas_load_string(c, probe, strstr(probe, "\n") - probe, "probe"),
         CANVAS_OK, "the script sees its arguments");
  canvas_free(c);

  c = canvas_new();
  is_int(canvas_set_trust(c, 1), CANVAS_OK, "trust can be given");
  is_int(canvas_load_string(c, trusted, strlen(trusted), "trusted"), CANVAS_OK,
         "trusted scripts have io and os");
  canvas_free(c);
}

static void test_cumulative(void) {
  canvas *c = canvas_new();
  const char a[] = "segment 'A' { job 'a' {} }";
  const char b[] = "segment 'B' { depends_on = 'A' }";
  is_int(canvas_load_string(c, a, strlen(a), "a"), CANVAS_OK, "first load");
  is_int(canvas_load_string(c, b, strlen(b), "b"), CANVAS_OK,
         "a second load adds to the model");
  is_int((long)canvas_segment_count(c), 2, "both segments are there");
  is_int((long)canvas_unresolved_count(c), 0, "references across loads resolve");
  canvas_free(c);
}

static void test_render(void) {
  canvas *c = canvas_new();
  const char code[] = "segment 'A' { id = 'a', pain 'x' { severity = 2 }, pain 'y' { severity = 4 } }";
  char buf[4096];
  FILE *f = tmpfile();
  size_t len;
  ok(f != NULL, "a temporary file for the output");
  if (f == NULL) return;
  canvas_load_string(c, code, strlen(code), "r");
  is_int(canvas_render(c, "rank", "a", 80, 0, f), CANVAS_OK, "rank one segment by id");
  rewind(f);
  len = fread(buf, 1, sizeof buf - 1, f);
  buf[len] = '\0';
  ok(strstr(buf, "    1  4  y\n    2  2  x\n") != NULL, "the pains in rank order with scores");
  is_int(canvas_render(c, "show", "B", 80, 0, f), CANVAS_USAGE, "an unknown segment");
  ok(canvas_error(c) && strstr(canvas_error(c), "no segment \"B\"") != NULL,
     "canvas_error names it");
  is_int(canvas_render(c, "poster", NULL, 80, 0, f), CANVAS_USAGE, "an unknown view");
  fclose(f);
  canvas_free(c);
}

static void test_limits(void) {
  canvas *c = canvas_new();
  const char loop[] = "segment 'A' {}\nwhile true do pcall(function() while true do end end) end";
  const char grow[] = "local t = {}\nfor i = 1, 1e9 do t[i] = ('x'):rep(64) .. i end";
  const char fine[] = "segment 'B' {}";
  canvas_diagnostic d;
  is_int(canvas_set_timeout(c, -1), CANVAS_USAGE, "a negative timeout is refused");
  is_int(canvas_set_timeout(c, 0.2), CANVAS_OK, "a timeout of 0.2 s");
  is_int(canvas_load_string(c, loop, strlen(loop), "loop"), CANVAS_LIMIT,
         "a loop that pcall cannot save is stopped by the time limit");
  ok(canvas_get_diagnostic(c, 0, &d) == CANVAS_OK && d.line == 2 &&
     strstr(d.message, "time limit") && strstr(d.message, "--timeout"),
     "the diagnostic names the limit, the flag and the line");
  is_int(canvas_load_string(c, fine, strlen(fine), "fine"), CANVAS_OK,
         "the interpreter is usable after a limit");
  is_int((long)canvas_segment_count(c), 2, "and keeps what was declared");
  is_int(canvas_set_timeout(c, 0), CANVAS_OK, "no time limit");
  is_int(canvas_set_max_memory(c, 32u << 20), CANVAS_OK, "a memory limit of 32 MiB");
  is_int(canvas_load_string(c, grow, strlen(grow), "grow"), CANVAS_LIMIT,
         "a growing table is stopped by the memory limit");
  ok(canvas_get_diagnostic(c, 0, &d) == CANVAS_OK &&
     strstr(d.message, "32 MiB") && strstr(d.message, "--max-memory"),
     "the diagnostic names the limit's value and the flag");
  canvas_free(c);

  c = canvas_new();
  canvas_set_trust(c, 1);
  is_int(canvas_load_string(c, "local t = {} for i = 1, 3e6 do t[i] = i end", 43, "big"),
         CANVAS_OK, "trusted scripts have no limits unless asked");
  canvas_free(c);
}

/*
** Time limits of several interpreters at once (one watchdog serves them
** all), and in a child made by fork() after the watchdog started.
*/
static void test_limits_many(void) {
  const char loop[] = "while true do end";
  const char fine[] = "segment 'C' {}", more[] = "segment 'D' {}";
  canvas *a = canvas_new(), *b = canvas_new();
  int status;
  pid_t child;
  canvas_set_timeout(a, 0.2);
  canvas_set_timeout(b, 30);
  is_int(canvas_load_string(b, fine, strlen(fine), "b"), CANVAS_OK,
         "an interpreter with a long limit runs a short script");
  is_int(canvas_load_string(a, loop, strlen(loop), "a"), CANVAS_LIMIT,
         "another with a short limit is stopped at its own deadline");
  is_int(canvas_load_string(b, more, strlen(more), "b2"), CANVAS_OK,
         "and the first is not stopped by the other's deadline");
  fflush(stdout);
  child = fork();
  if (child == 0) {
    canvas *c = canvas_new();
    int st;
    canvas_set_timeout(c, 0.2);
    st = canvas_load_string(c, loop, strlen(loop), "child");
    canvas_free(c);
    canvas_free(a);   /* the child's copies: nothing for a leak checker to find */
    canvas_free(b);
    _exit(st == CANVAS_LIMIT ? 0 : 1);
  }
  ok(child > 0 && waitpid(child, &status, 0) == child && WIFEXITED(status) &&
     WEXITSTATUS(status) == 0, "a child made by fork() has the time limit too");
  canvas_free(a);
  canvas_free(b);
}

/* What a script prints goes where canvas_set_output says. */
static void test_output(void) {
  canvas *c = canvas_new();
  FILE *f = tmpfile();
  char buf[256];
  size_t len;
  const char *code = "print('hello', 42) show(segments()) segment 'S' { }";
  ok(f != NULL, "a temporary file for the script's output");
  if (f == NULL) return;
  is_int(canvas_set_output(c, f), CANVAS_OK, "canvas_set_output takes a stream");
  is_int(canvas_load_string(c, code, strlen(code), "out"), CANVAS_OK, "a printing script loads");
  rewind(f);
  len = fread(buf, 1, sizeof buf - 1, f);
  buf[len] = '\0';
  is_str(buf, "hello\t42\n(nothing declared yet)\n", "print and show() wrote to that stream");
  is_int(canvas_set_output(c, NULL), CANVAS_OK, "NULL gives standard output back");
  is_int(canvas_set_output(NULL, f), CANVAS_USAGE, "no interpreter: CANVAS_USAGE");
  fclose(f);
  canvas_free(c);
}

/* Did-you-mean for the words of an embedding program. */
/* A report of findings: in an interpreter of its own, or in the checked
   script's own; both write the same text. */
static void report_text(int own, char *buf, size_t size) {
  canvas *c = canvas_new(), *report = own ? c : canvas_new();
  const char code[] = "segment 'A' { pain 'Waiting is a hassle' { severity = 2 } }";
  FILE *f = tmpfile();
  size_t len = 0;
  int status;
  buf[0] = '\0';
  if (f == NULL) return;
  status = canvas_load_string(c, code, strlen(code), "r.lua");
  if (status == CANVAS_OK) status = canvas_check(c);
  canvas_report_begin(report, "text", 0, f);
  is_int(canvas_report_add(report, c, "r.lua", status), CANVAS_OK,
         own ? "a script's own interpreter takes its diagnostics as a report"
             : "a report takes a script's diagnostics");
  is_int(canvas_report_write(report, "text", 0, f), CANVAS_OK, "and writes them");
  rewind(f);
  len = fread(buf, 1, size - 1, f);
  buf[len] = '\0';
  fclose(f);
  if (report != c) canvas_free(report);
  canvas_free(c);
}

static void test_report(void) {
  char apart[4096], own[4096];
  report_text(0, apart, sizeof apart);
  report_text(1, own, sizeof own);
  ok(strstr(apart, "r.lua:1: warning[CS005] vague-note:") != NULL, "the report lists the finding");
  ok(strstr(apart, "in 1 file\n") != NULL, "then the summary line");
  is_str(own, apart, "the script's own interpreter writes the same report");
}

static void test_closest(void) {
  canvas *c = canvas_new();
  const char *names[] = {"run", "rank", "show", "help"};
  is_str(canvas_closest(c, "rnak", names, 4), "rank", "canvas_closest finds a swapped pair");
  ok(canvas_closest(c, "rnak", names, 4) == names[1], "and returns the pointer given");
  is_str(canvas_closest(c, "frobnicate", names, 4), NULL, "nothing close: NULL");
  is_str(canvas_closest(c, "rank", names, 0), NULL, "no names: NULL");
  is_str(canvas_closest(c, NULL, names, 4), NULL, "no word: NULL");
  canvas_free(c);
}

int main(void) {
  printf("# canvas %s\n", canvas_version());
  test_model();
  test_errors();
  test_settings();
  test_cumulative();
  test_render();
  test_limits();
  test_limits_many();
  test_output();
  test_closest();
  test_report();
  printf("1..%d\n", n);
  return failed != 0;
}
