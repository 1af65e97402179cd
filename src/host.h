/* host.h: the C services that the stdlib's Lua code relies on. */
#ifndef CANVAS_HOST_H
#define CANVAS_HOST_H

#include <lua.h>

/* The largest script file that is read, in bytes. */
#if !defined(CANVAS_MAX_SCRIPT)
#define CANVAS_MAX_SCRIPT (256L * 1024 * 1024)
#endif

/* A new Lua state with canvas's allocator; NULL when out of memory. */
lua_State *canvas_host_newstate(void);

/*
** Registers the embedded stdlib modules in package.preload as "canvas.NAME"
** and the host functions as "canvas.c". May raise a memory error: call it
** in protected mode.
*/
void canvas_host_register(lua_State *L);

#endif
