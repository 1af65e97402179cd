/*
** canvas.h: the public C API of the canvas interpreter.
**
** A program embeds canvas like this:
**
**     canvas *c = canvas_new();
**     canvas_add_include_dir(c, "shared");        (optional settings first)
**     int status = canvas_load_file(c, "tidepool.lua");
**     for (size_t i = 0; i < canvas_diagnostic_count(c); i++) {
**       canvas_diagnostic d;
**       canvas_get_diagnostic(c, i, &d);
**       fprintf(stderr, "%s:%d: %s: %s\n", d.file, d.line, d.severity, d.message);
**     }
**     ... read the model: canvas_segment_count, canvas_note_text, ...
**     canvas_free(c);
**
** Every function is safe to call with any input: none raises a Lua error into
** the caller or aborts the process. Strings returned by the API belong to the
** interpreter and stay valid until the next load into the same interpreter or
** canvas_free, whichever comes first.
*/
#ifndef CANVAS_H
#define CANVAS_H

#include <stddef.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CANVAS_VERSION "0.1.0"

/* The largest script, in bytes: a larger file is refused. */
#if !defined(CANVAS_MAX_SCRIPT_SIZE)
#define CANVAS_MAX_SCRIPT_SIZE ((size_t)256 << 20)
#endif

/* Status codes; the command line uses them as exit statuses. */
enum canvas_status {
  CANVAS_OK = 0,          /* loaded; no error findings */
  CANVAS_FINDINGS = 1,    /* error findings (or warnings when strict) */
  CANVAS_USAGE = 2,       /* the caller used the API or command line wrongly */
  CANVAS_LOAD = 3,        /* the script failed to load */
  CANVAS_LIMIT = 4,       /* a memory or time limit stopped the script */
  CANVAS_INTERRUPTED = 130
};

typedef struct canvas canvas;

/* One message about a script: a load error or a finding. */
typedef struct canvas_diagnostic {
  const char *file;     /* script path as given, or "(command line)" */
  int line;             /* 1-based; 0 when no line is known */
  const char *severity; /* "error", "warning" or "info" */
  const char *id;       /* check ID such as "CS018", or NULL for load errors */
  const char *name;     /* check name such as "unknown-reference", or NULL */
  const char *message;  /* one line, control characters escaped */
} canvas_diagnostic;

/* The library's version, e.g. "0.1.0". */
const char *canvas_version(void);

/* A new interpreter with the untrusted defaults; NULL when out of memory. */
canvas *canvas_new(void);

/* Frees the interpreter and everything it returned. NULL is allowed. */
void canvas_free(canvas *c);

/*
** Settings; each must come before the first load and returns CANVAS_USAGE
** after it (or for bad arguments), CANVAS_OK otherwise.
**   trust:        1 gives scripts the whole Lua library (io, os, debug...).
**   include dir:  a further folder that `include` and `require` may read.
**   args:         the script's arguments (`...` and the global `arg`).
**   traceback:    1 adds a Lua traceback to runtime errors.
*/
int canvas_set_trust(canvas *c, int trust);
int canvas_add_include_dir(canvas *c, const char *dir);
int canvas_set_args(canvas *c, int argc, const char *const *argv);
int canvas_set_traceback(canvas *c, int on);

/*
** Where the script's own output goes: `print`, `show()` and, with trust,
** io.write. NULL (the default) is standard output. May be set at any time;
** the command line sends it to standard error while a view loads, so that
** standard output holds the view alone.
*/
int canvas_set_output(canvas *c, FILE *out);

/*
** Limits, for every load and render that follows (0: none). Untrusted
** interpreters start with CANVAS_DEFAULT_MAX_MEMORY bytes and
** CANVAS_DEFAULT_TIMEOUT seconds; canvas_set_trust(c, 1) removes both unless
** they were set. Memory counts everything the interpreter holds, the model
** included. A run that passes a limit stops with CANVAS_LIMIT and a
** diagnostic that names the limit; the interpreter stays usable.
** A time limit cannot stop a Lua library function that runs long in C
** (a program embedding canvas should keep a watchdog of its own; the
** command line has one).
*/
#if !defined(CANVAS_DEFAULT_MAX_MEMORY)
#define CANVAS_DEFAULT_MAX_MEMORY ((size_t)2 << 30)
#endif
#if !defined(CANVAS_DEFAULT_TIMEOUT)
#define CANVAS_DEFAULT_TIMEOUT 60.0
#endif
int canvas_set_max_memory(canvas *c, size_t bytes);
int canvas_set_timeout(canvas *c, double seconds);

/* The time limit in force, in seconds (0: none). */
double canvas_get_timeout(canvas *c);

/*
** Stops the current run as soon as the script executes Lua code again;
** the run returns CANVAS_INTERRUPTED. Safe to call from a signal handler.
*/
void canvas_interrupt(canvas *c);

/*
** Loads and runs a canvas script into the interpreter's model. Several loads
** add to the same model (as `-e CODE` before a script does). After each load
** references are resolved again. Returns CANVAS_OK, or CANVAS_LOAD when the
** script could not be read, did not compile, raised an error or declared
** something wrongly; the diagnostics say what and where.
** canvas_load_string takes `len` bytes (NUL bytes allowed); `name` is what
** messages call the chunk, e.g. "(command line)".
*/
int canvas_load_file(canvas *c, const char *path);
int canvas_load_string(canvas *c, const char *code, size_t len,
                       const char *name);
/*
** Loads `len` bytes of `code` as the contents of the script at `path`, an
** editor's buffer that may not be saved yet: messages name `path`, and
** includes and the project file are found beside it, as for
** canvas_load_file.
*/
int canvas_load_buffer(canvas *c, const char *code, size_t len, const char *path);

/*
** The diagnostics of the last load, in file and line order: load errors
** (severity "error", id NULL) and unresolved references (warning CS018).
** canvas_get_diagnostic returns CANVAS_USAGE when i is out of range.
*/
size_t canvas_diagnostic_count(canvas *c);
int canvas_get_diagnostic(canvas *c, size_t i, canvas_diagnostic *out);

/* The first load error as one line "file:line: message", or NULL. */
const char *canvas_error(canvas *c);

/*
** The model. Segments are numbered from 0 in declaration order; `category`
** is "jobs", "pains" or "gains". Out-of-range arguments give 0 or NULL.
*/
const char *canvas_name(canvas *c);                 /* the canvas's name */
size_t canvas_segment_count(canvas *c);
const char *canvas_segment_name(canvas *c, size_t segment);
size_t canvas_note_count(canvas *c, size_t segment, const char *category);
const char *canvas_note_text(canvas *c, size_t segment, const char *category,
                             size_t i);
/*
** A field of a note or segment as text (`note` is ignored when category is
** NULL, which names the segment itself); scales come back as digits, lists
** joined with ", ". NULL when the field is not set.
*/
const char *canvas_field(canvas *c, size_t segment, const char *category,
                         size_t note, const char *field);

/* The number of references that did not resolve (checks report CS018). */
size_t canvas_unresolved_count(canvas *c);

/*
** Writes a view of the loaded model to `out`:
**   "rank"  each profile's jobs, pains and gains in rank order, with rank
**           and score, one note a line;
**   "show"  each profile as a text canvas: the segment's description, then
**           its ranked jobs, pains and gains, fitted to `width` columns
**           (side by side from 90 columns up).
** `segment` (a name or id) limits the view to one segment; NULL shows all.
** `colour` non-zero adds terminal colours. Returns CANVAS_OK; CANVAS_USAGE
** for an unknown view or segment (canvas_error says which segments exist);
** CANVAS_LOAD when the output could not be written.
*/
int canvas_render(canvas *c, const char *what, const char *segment, int width,
                  int colour, FILE *out);

/*
** Checks. canvas_check runs every enabled rule on the loaded model (after
** canvas_load_file or canvas_load_string) under the limits; afterwards the
** diagnostics are the findings, with their IDs, names and severities
** (unresolved references are then "error" findings CS018), and any load
** error of the project file. Returns CANVAS_OK, CANVAS_FINDINGS when a
** finding is an error (or a warning, with strict), CANVAS_LOAD when the
** project file is faulty, CANVAS_LIMIT or CANVAS_INTERRUPTED.
** Options, set before canvas_check (CANVAS_USAGE and canvas_error for a
** bad value): "only" and "ignore" (rule IDs, "CS005,CS007"), "strict"
** ("1"), "config" (the project file to use instead of the .canvas.lua
** found beside the script or above it).
*/
int canvas_check(canvas *c);
int canvas_set_check_option(canvas *c, const char *name, const char *value);

/*
** Writes the loaded model to `out` in `format`: "text" (the show and fit
** views), "md" (Markdown), "json" (the data model, docs/model.schema.json),
** "svg" (pictures of the profiles and the segments), "html" (one
** self-contained page) or "lua" (the canonical script). `segment` (a name
** or id, or NULL for all) limits it to one segment, except for "lua";
** `width` is for "text". CANVAS_USAGE for an unknown format or segment
** (canvas_error says which are known). What the format cannot hold is
** reported in the diagnostics, as warnings.
*/
int canvas_export(canvas *c, const char *format, const char *segment, int width, FILE *out);

/*
** Compares two models, each the JSON that canvas_export writes for a
** loaded script, and writes what was added, removed or changed to `out`
** as "text" or "json" (see docs/formats.md). Returns CANVAS_OK when the
** models are the same, CANVAS_FINDINGS (1) when they differ, CANVAS_USAGE
** for an unknown format. `c` loads nothing: any interpreter will do.
*/
int canvas_diff(canvas *c, const char *old_json, const char *new_json, const char *format,
                FILE *out);

/*
** Writes a help topic of the framework (the texts of the REPL's help()),
** found by its name or any of its words, fitted to `width`; with topic
** NULL, the list of topics. CANVAS_USAGE when no topic matches, with
** canvas_error suggesting the closest (or, with `quiet`, empty).
*/
int canvas_help(canvas *c, const char *topic, int width, int quiet, FILE *out);

/*
** Writes a template script for a canvas called `name` (canvas new): the
** annotated template with `market` (NULL: "niche") and `segments` segments
** (0: 1 for mass and niche, 2 for the others). CANVAS_USAGE for a pattern
** or a number that does not fit, with canvas_error saying why.
*/
int canvas_new_script(canvas *c, const char *name, const char *market, int segments,
                      FILE *out);

/*
** Writes rule `id`'s explanation, thresholds and examples to `out`, fitted
** to `width` columns; with id NULL, the list of rules. CANVAS_USAGE for an
** unknown ID (canvas_error suggests the closest).
*/
int canvas_explain(canvas *c, const char *id, int width, FILE *out);

/*
** A report gathers the diagnostics of several interpreters, one a checked
** script, and writes them in one format: canvas_report_add copies from's
** current diagnostics, for `file` loaded with `status`; canvas_report_write
** writes them all as "text", "json", "sarif" or "github" (see
** docs/formats.md). The report is an interpreter of its own that loads
** nothing, or the one checked script's own (from == report): the
** diagnostics are copied before the report takes them.
*/
int canvas_report_add(canvas *report, canvas *from, const char *file, int status);
int canvas_report_write(canvas *report, const char *format, int colour, FILE *out);

/*
** Says, before the first canvas_report_add, which format the report will
** be written in. For "text", each canvas_report_add writes its file's
** diagnostics to `out` at once and canvas_report_write("text") writes only
** the summary line: a long check shows its findings as it goes, and what
** was found stays written if the process is stopped. For "json", each
** canvas_report_add also carries the file's fit (files[].fit). "summary"
** is the text format with one line for each file instead of its findings
** (its findings by severity and the fit coverage of its top notes), then
** the summary line of canvas_report_write("text"). Without
** it, a report carries no fit and writes everything at the end.
*/
int canvas_report_begin(canvas *report, const char *format, int colour, FILE *out);

/*
** Did-you-mean: the one of the n `names` closest to `word` (a misspelling
** of it), or NULL when none is close enough. Returns one of the pointers
** given. canvas uses the same rule for fields, values and references.
*/
const char *canvas_closest(canvas *c, const char *word, const char *const *names,
                           size_t n);

/*
** The interactive side (the REPL). canvas_eval runs one statement typed at
** a prompt into the model, under the limits: an expression's values are
** printed to `out` as the REPL shows them (segments, notes, findings and
** fit reports as readable summaries, tables as Lua literals); a statement
** runs. It returns CANVAS_OK; CANVAS_INCOMPLETE when the chunk is not a
** whole statement yet (read another line, join it after a newline and call
** again); CANVAS_LOAD when it failed (canvas_error and the diagnostics say
** why, one line each); CANVAS_LIMIT or CANVAS_INTERRUPTED. The REPL's own
** words (help, explain, load, reload, save, tutorial...) are there from
** the first call on.
*/
#define CANVAS_INCOMPLETE 5
int canvas_eval(canvas *c, const char *chunk, size_t len, FILE *out);

/*
** Tab completion: calls add(ud, candidate) for each word that can replace
** line[start..end) (byte offsets, end = the cursor), in order. It reads the
** model, the field and rule registries and the script's globals, and never
** runs script code. Returns CANVAS_OK, or CANVAS_USAGE for bad offsets.
*/
typedef void (*canvas_add_fn)(void *ud, const char *candidate);
int canvas_complete(canvas *c, const char *line, size_t start, size_t end,
                    canvas_add_fn add, void *ud);

/*
** How the stdlib asks the person at the keyboard a question (tutorial()):
** read(ud, prompt, &interrupted) returns a line (malloc'd, no newline) that
** canvas frees, or NULL at the end of input, with *interrupted set when
** Ctrl-C cancelled the question. Without a reader nothing is asked.
*/
typedef char *(*canvas_read_fn)(void *ud, const char *prompt, int *interrupted);
int canvas_set_reader(canvas *c, canvas_read_fn read, void *ud);

/*
** The REPL's history: canvas_history_load calls add(ud, entry) for each
** entry of the history file ($CANVAS_HISTORY, else
** $XDG_STATE_HOME/canvas/history, else ~/.local/state/canvas/history;
** CANVAS_HISTORY set to "" turns history off), oldest first;
** canvas_history_add appends an entry (a multi-line statement is one
** entry); canvas_history_save writes the file (private, capped in size,
** atomically). Both return CANVAS_OK, or CANVAS_LOAD with canvas_error
** saying why the file could not be read or written.
*/
int canvas_history_load(canvas *c, canvas_add_fn add, void *ud);
int canvas_history_add(canvas *c, const char *entry);
int canvas_history_save(canvas *c);

/*
** A Language Server Protocol server (canvas lsp): reads JSON-RPC messages
** framed by Content-Length headers from `in` and answers on `out` until
** the client sends exit or `in` ends. `in` is read through its file
** descriptor, so nothing of it may have been read through stdio before.
** It publishes each open document's diagnostics (those of canvas_check),
** checking a document when no more input is waiting (a burst of changes
** costs one check), and answers completion, hover, definition and
** document symbols (see docs/editors.md). Every document is loaded into
** an interpreter of its own, untrusted, with the limits and include
** folders of `c`, so a script that fails or runs too long costs a
** diagnostic, never the server. `c` must have loaded nothing; it serves
** the protocol. Returns 0 after shutdown and exit, 1 when exit came
** without shutdown or the input ended first, CANVAS_USAGE for bad
** arguments. Messages that cannot be read get JSON-RPC errors.
*/
int canvas_lsp(canvas *c, FILE *in, FILE *out);

#ifdef __cplusplus
}
#endif

#endif
