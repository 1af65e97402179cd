/* host.h: the C services that the stdlib's Lua code relies on. */
#ifndef CANVAS_HOST_H
#define CANVAS_HOST_H

#include <lua.h>

#include "canvas.h"

/* The largest script file that is read, in bytes. */
#define CANVAS_MAX_SCRIPT ((lua_Integer)CANVAS_MAX_SCRIPT_SIZE)

/* A new Lua state with canvas's allocator; NULL when out of memory. */
lua_State *canvas_host_newstate(void);

/* Closes a state made by canvas_host_newstate. */
void canvas_host_close(lua_State *L);

/* Why a run was stopped. */
enum { CANVAS_KILL_MEMORY = 1, CANVAS_KILL_TIME = 2, CANVAS_KILL_INTERRUPT = 3 };

/* Sets the limits of the runs to come (0: none). */
void canvas_host_set_limits(lua_State *L, size_t max_memory, double timeout);

/* The bytes Lua holds now. */
size_t canvas_host_memory(lua_State *L);

/*
** A run is a protected call that may execute script code. Between begin and
** end the limits apply; canvas_host_kill (async-signal-safe) stops the run
** for good. canvas_host_end returns why the run was killed (0 if it was not)
** and the last position in user code seen running (source may be "").
*/
void canvas_host_begin(lua_State *L);
void canvas_host_kill(lua_State *L, int why);
int canvas_host_end(lua_State *L, const char **source, int *line);

/*
** Registers the embedded stdlib modules in package.preload as "canvas.NAME"
** and the host functions as "canvas.c". May raise a memory error: call it
** in protected mode.
*/
void canvas_host_register(lua_State *L);

#endif
