/* The stdlib's Lua modules, embedded at build time (see tools/embed.c). */
#ifndef CANVAS_STDLIB_DATA_H
#define CANVAS_STDLIB_DATA_H
#include <stddef.h>

struct canvas_module {
  const char *name;          /* module name, e.g. "fields" */
  const char *chunkname;     /* "@stdlib/fields.lua" */
  const unsigned char *data; /* the module compiled (lua_dump), debug info kept */
  size_t len;
};

/* Sorted by name, ended by an entry whose name is NULL. */
extern const struct canvas_module canvas_stdlib[];

#endif
