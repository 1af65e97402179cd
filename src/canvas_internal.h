/*
** canvas_internal.h: what the language server (src/lsp.c) and the command
** line (src/main.c) need of the interpreter (src/canvas.c) beyond
** include/canvas.h. Not installed.
*/
#ifndef CANVAS_INTERNAL_H
#define CANVAS_INTERNAL_H

#include <stddef.h>

#include "canvas.h"
#include "host.h"

/*
** Calls api(op, arg), under the limits when `limited`, with arg `len` bytes long (NUL
** bytes allowed): the text op returns, valid until the next call into c,
** and its length in *rlen; NULL when it returned none or failed, with
** *status CANVAS_LOAD (canvas_error says why), CANVAS_LIMIT or
** CANVAS_INTERRUPTED. *status is CANVAS_OK with a result.
*/
const char *canvas_call_text(canvas *c, const char *op, const char *arg, size_t len,
                             size_t *rlen, int *status, int limited);

/* Connects the host module's lsp_send and lsp_doc (NULL: disconnects). */
int canvas_set_lsp_host(canvas *c, struct canvas_lsp_host *h);

/* The memory limit in force, in bytes (0: none). */
size_t canvas_get_max_memory(canvas *c);

/*
** canvas check of several files. The report takes a file's diagnostics as
** a list (copied; the strings need live only for the call), `why` saying
** why a failure that left none failed, and `fit` the fit of its model as
** JSON (kept only by a report that wants it: canvas_report_wants_fit).
*/
int canvas_report_add_list(canvas *report, const char *file, int status,
                           const canvas_diagnostic *list, size_t n, const char *why,
                           const char *fit);
int canvas_report_wants_fit(canvas *report);

/*
** A report that streams the text format takes a file's findings as their
** lines as well, made where the file was checked (canvas_diagnostic_lines):
** canvas_report_text_colour says whether it does (-1: no; else whether the
** lines are to be in colour), and canvas_report_add_lines adds them.
*/
int canvas_report_text_colour(canvas *report);
int canvas_report_add_lines(canvas *report, const char *file, int status, const char *lines);

/* c's diagnostics as the text format's lines, for canvas_report_add_lines:
   valid until the next load into c; NULL when out of memory. */
const char *canvas_diagnostic_lines(canvas *c, int colour);

/* c's diagnostics as a list of *n (malloc'd; the caller frees it), their
   strings valid until the next load into c; NULL when out of memory. */
canvas_diagnostic *canvas_diagnostics(canvas *c, size_t *n);

/* The fit of every segment of c's model as JSON text, valid until the next
** load into c; NULL if it could not be made. */
const char *canvas_fit_json(canvas *c);

/*
** Loads into c, before any script, what checking one needs: the language,
** the checks and (fit) the fit's JSON writer. An interpreter so prepared
** is copied into the workers that check the files (fork).
*/
int canvas_warm_check(canvas *c, int fit);

/* In such a copy: c's interpreter takes its small blocks from memory of the
   copy's own (canvas_limits_use_arena), not from pages shared with the
   parent. */
void canvas_use_own_memory(canvas *c);

/* After a script was loaded and checked in c (so prepared): makes c as a
   new interpreter for the next script, keeping the options and what was
   loaded before any script. CANVAS_OK, or CANVAS_LIMIT when it could not
   (c is then to be dropped). */
int canvas_fresh(canvas *c);

#endif
