/* canvas_limits.h (not limits.h, which would hide the C library's): the memory and time limits of a run (src/limits.c). */
#ifndef CANVAS_LIMITS_H
#define CANVAS_LIMITS_H

#include <stddef.h>

#include <lua.h>

/* A new Lua state with canvas's counting allocator; NULL when out of memory. */
lua_State *canvas_limits_newstate(void);

/*
** Wraps coroutine.create and coroutine.wrap so that coroutines are under the
** time limit too; after luaL_openlibs, before any script runs.
*/
void canvas_limits_open(lua_State *L);

/* Closes a state made by canvas_limits_newstate. */
void canvas_limits_close(lua_State *L);

/* Why a run was stopped. */
enum { CANVAS_KILL_MEMORY = 1, CANVAS_KILL_TIME = 2, CANVAS_KILL_INTERRUPT = 3 };

/* Sets the limits of the runs to come (0: none). */
void canvas_limits_set(lua_State *L, size_t max_memory, double timeout);

/* The bytes Lua holds now. */
size_t canvas_limits_memory(lua_State *L);

/*
** A run is a protected call that may execute script code. Between begin and
** end the limits apply; canvas_limits_kill (async-signal-safe) stops the run
** for good. canvas_limits_end returns why the run was killed (0 if it was
** not) and the last position in user code seen running (source may be "").
*/
void canvas_limits_begin(lua_State *L);
void canvas_limits_kill(lua_State *L, int why);
int canvas_limits_end(lua_State *L, const char **source, int *line);

/*
** Gives the current run its whole time limit again from now: for a run that
** waited for the person at the keyboard (the REPL's tutorial), whose
** thinking time is not the script's.
*/
void canvas_limits_restart_clock(lua_State *L);

/*
** From now on, deadlines in this process come as the signal `sig` from a
** timer instead of from the watchdog thread: for a program that runs one
** script at a time (no thread to start and wake). Installs the handler of
** sig. A child made by fork() is back on the thread until it calls this
** again. Returns 0 if the timer could not be made (the thread stays).
*/
int canvas_limits_use_signal(int sig);

/*
** From now on the interpreters this process makes take their small blocks
** from an arena of at most `size` bytes of address space, reserved at once
** (see src/limits.c), instead of from malloc. For a program that runs its
** interpreters in one thread. Returns 0 when no arena could be had (malloc
** goes on).
*/
int canvas_limits_arena(size_t size);

/* The address space an arena reserves: only the pages written are used. */
#define CANVAS_ARENA_RESERVE ((size_t)4 << 30)

/*
** For a process made by fork() that goes on with its parent's interpreter:
** from now on L's small blocks come from an arena of this process's own,
** so that allocating does not write to the pages shared with the parent;
** the parent's blocks are never reused. Once per process; ignored when no
** arena could be had.
*/
void canvas_limits_use_arena(lua_State *L, size_t size);

/* Whether a limit has stopped the current run. */
int canvas_limits_killed(lua_State *L);

#endif
