/* host.h: the C services that the stdlib's Lua code relies on (src/host.c). */
#ifndef CANVAS_HOST_H
#define CANVAS_HOST_H

#include <lua.h>

#include "canvas.h"

/* The largest script file that is read, in bytes. */
#define CANVAS_MAX_SCRIPT ((lua_Integer)CANVAS_MAX_SCRIPT_SIZE)

/* The registry fields that hold the FILE * views and exports write to,
** and the one a script's own print writes to (absent: standard output). */
#define CANVAS_OUT_KEY "canvas.out"
#define CANVAS_PRINT_KEY "canvas.print"

/* The registry field that holds the reader read_line asks (a light
** userdata pointing to the interpreter's struct canvas_reader). */
#define CANVAS_READER_KEY "canvas.reader"
struct canvas_reader {
  canvas_read_fn fn;
  void *ud;
};

/* The registry field that holds, while canvas_lsp serves, the language
** server's connection (a light userdata pointing to a struct
** canvas_lsp_host): lsp_send and lsp_doc of the host module go through it. */
#define CANVAS_LSP_KEY "canvas.lsp"
struct canvas_lsp_host {
  /* writes one message (its JSON text) to the client; 0 when it cannot */
  int (*send)(void *ud, const char *json, size_t len);
  /* runs `action` on the document `uri` in its own interpreter: the
  ** result (JSON text, valid until the next call) or NULL, with *rlen */
  const char *(*doc)(void *ud, const char *action, const char *uri, const char *payload,
                     size_t plen, const char *extra, size_t *rlen);
  void *ud;
};

/*
** Registers the embedded stdlib modules in package.preload as "canvas.NAME"
** and the host functions as "canvas.c". May raise a memory error: call it
** in protected mode.
*/
void canvas_host_register(lua_State *L);

#endif
