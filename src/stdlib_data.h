/* The stdlib's Lua modules, embedded at build time (see tools/embed.c). */
#ifndef CANVAS_STDLIB_DATA_H
#define CANVAS_STDLIB_DATA_H
#include <stddef.h>

/*
** Every stdlib chunk is named with this prefix and its path under stdlib/,
** e.g. "@stdlib/lang/model.lua". Messages and the limits tell the stdlib's
** own frames from a script's by it; Lua reads it as canvas.c.stdlib_prefix.
*/
#define CANVAS_STDLIB_PREFIX "@stdlib/"

struct canvas_module {
  const char *name;          /* module name, e.g. "lang.fields" */
  const char *chunkname;     /* "@stdlib/lang/fields.lua" */
  const unsigned char *data; /* the module compiled (lua_dump), debug info kept */
  size_t len;
};

/* In the order of their paths, ended by an entry whose name is NULL. */
extern const struct canvas_module canvas_stdlib[];

#endif
