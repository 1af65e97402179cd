/*
** canvas_internal.h: what the language server (src/lsp.c) needs of the
** interpreter (src/canvas.c) beyond include/canvas.h. Not installed.
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

#endif
