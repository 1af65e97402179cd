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

/*
** Registers the embedded stdlib modules in package.preload as "canvas.NAME"
** and the host functions as "canvas.c". May raise a memory error: call it
** in protected mode.
*/
void canvas_host_register(lua_State *L);

#endif
