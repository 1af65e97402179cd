/*
** limits.c: the memory and time limits of a run. The allocator counts every
** byte Lua holds; a count hook checks a monotonic deadline; either one kills
** the run for good (see below). The command line adds a watchdog for C code
** that no hook reaches (src/main.c), since ending the process is its policy.
*/
#define _POSIX_C_SOURCE 200809L

#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lua.h>

#include "canvas_limits.h"
#include "stdlib_data.h"

/*
** Limits. The allocator counts every byte Lua holds and refuses to grow past
** `max`; a count hook checks the clock every CANVAS_HOOK_COUNT instructions.
** Either one "kills" the run: from then on the hook raises an error at every
** instruction, call and return (sticky), so no pcall in a script can swallow
** it, until the host's own protected call returns. The error value is a
** light userdata, so raising it needs no memory.
*/
#if !defined(CANVAS_HOOK_COUNT)
#define CANVAS_HOOK_COUNT 10000   /* about 10 microseconds of Lua */
#endif

static char killmarker;   /* its address is the error value of a kill */

struct limits {
  lua_State *L;
  size_t used, max;        /* bytes Lua holds; the most it may (0: any) */
  double timeout;          /* seconds a run may take (0: any) */
  struct timespec deadline;
  int running;             /* a run is under way: limits apply */
  volatile sig_atomic_t killed;  /* CANVAS_KILL_*, or 0 */
  const char *seen;        /* last user source the hook saw (identity only) */
  char source[256];        /* ... and its name */
  int line;                /* ... and the line */
  int placed;              /* the position of the kill is recorded */
};

static void remember_stack(struct limits *l, lua_State *L);

static void *alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  struct limits *l = ud;
  void *p;
  if (ptr == NULL) osize = 0;   /* osize is then the type of the object */
  if (nsize == 0) {
    free(ptr);
    l->used -= osize;
    return NULL;
  }
  if (nsize > osize && l->max != 0 && l->running &&
      l->used + (nsize - osize) > l->max) {
    if (!l->killed) {
      remember_stack(l, l->L);
      l->placed = 1;
    }
    canvas_limits_kill(l->L, CANVAS_KILL_MEMORY);
    return NULL;
  }
  p = realloc(ptr, nsize);
  if (p == NULL) return NULL;
  l->used = l->used - osize + nsize;
  return p;
}

static struct limits *limits_of(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  return ud;
}

lua_State *canvas_limits_newstate(void) {
  struct limits *l = calloc(1, sizeof *l);
  lua_State *L;
  if (l == NULL) return NULL;
  L = lua_newstate(alloc, l);
  if (L == NULL) {
    free(l);
    return NULL;
  }
  l->L = L;
  return L;
}

void canvas_limits_close(lua_State *L) {
  struct limits *l;
  if (L == NULL) return;
  l = limits_of(L);
  lua_close(L);
  free(l);
}

void canvas_limits_set(lua_State *L, size_t max_memory, double timeout) {
  struct limits *l = limits_of(L);
  l->max = max_memory;
  l->timeout = timeout;
}

size_t canvas_limits_memory(lua_State *L) { return limits_of(L)->used; }

static int past(const struct timespec *t) {
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return now.tv_sec > t->tv_sec ||
         (now.tv_sec == t->tv_sec && now.tv_nsec >= t->tv_nsec);
}

/*
** Remembers where the user's code runs, for the message of a limit.
** Returns 0 when ar is not user code (C, or the stdlib).
*/
static int remember(struct limits *l, lua_State *L, lua_Debug *ar) {
  if (!lua_getinfo(L, "Sl", ar) || ar->currentline <= 0) return 0;
  if (strncmp(ar->source, CANVAS_STDLIB_PREFIX, sizeof CANVAS_STDLIB_PREFIX - 1) == 0) return 0;
  if (ar->source != l->seen) {
    const char *s = ar->source;
    if (*s == '@' || *s == '=') s++;
    snprintf(l->source, sizeof l->source, "%s", s);
    l->seen = ar->source;
  }
  l->line = ar->currentline;
  return 1;
}

/*
** The count hook checks the clock; once the run is killed, it raises the
** kill at every event. Where the user's code was is looked up only then,
** by walking the stack once: reading the position at every count would
** cost more than the check itself.
*/
static void hook(lua_State *L, lua_Debug *ar) {
  struct limits *l = limits_of(L);
  if (!l->killed && ar->event == LUA_HOOKCOUNT && l->timeout > 0 && past(&l->deadline))
    canvas_limits_kill(L, CANVAS_KILL_TIME);
  if (l->killed) {
    if (!l->placed) {
      l->placed = 1;
      remember_stack(l, L);
    }
    lua_pushlightuserdata(L, &killmarker);
    lua_error(L);
  }
}

/*
** Records the innermost frame of user code on L's stack, for the message of
** a memory limit: called from the allocator, where reading the call stack
** (lua_getstack, lua_getinfo "Sl") allocates nothing.
*/
static void remember_stack(struct limits *l, lua_State *L) {
  lua_Debug ar;
  int level;
  for (level = 0; lua_getstack(L, level, &ar); level++)
    if (remember(l, L, &ar)) return;
}

/* Async-signal-safe: only lua_sethook and plain stores. */
void canvas_limits_kill(lua_State *L, int why) {
  struct limits *l = limits_of(L);
  const int mask = LUA_MASKCOUNT | LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE;
  if (!l->killed) l->killed = why;
  /* the running thread (maybe a coroutine) and the main one */
  lua_sethook(L, hook, mask, 1);
  if (l->L != L) lua_sethook(l->L, hook, mask, 1);
}

/* Sets the deadline to the timeout from now. */
static void set_deadline(struct limits *l) {
  double whole;
  double frac = modf(l->timeout, &whole);
  clock_gettime(CLOCK_MONOTONIC, &l->deadline);
  l->deadline.tv_sec += (time_t)whole;
  l->deadline.tv_nsec += (long)(frac * 1e9);
  if (l->deadline.tv_nsec >= 1000000000L) {
    l->deadline.tv_sec++;
    l->deadline.tv_nsec -= 1000000000L;
  }
}

void canvas_limits_begin(lua_State *L) {
  struct limits *l = limits_of(L);
  l->killed = 0;
  l->running = 1;
  l->line = 0;
  l->placed = 0;
  l->seen = NULL;
  l->source[0] = '\0';
  if (l->timeout > 0) set_deadline(l);
  if (l->timeout > 0)    /* the allocator enforces the memory limit itself */
    lua_sethook(L, hook, LUA_MASKCOUNT, CANVAS_HOOK_COUNT);
  else
    lua_sethook(L, NULL, 0, 0);
}

int canvas_limits_end(lua_State *L, const char **source, int *line) {
  struct limits *l = limits_of(L);
  int why = l->killed;
  /* a run that passed its deadline inside C and then ended before the
     hook could see it has still broken the limit */
  if (!why && l->running && l->timeout > 0 && past(&l->deadline)) why = CANVAS_KILL_TIME;
  l->running = 0;
  l->killed = 0;
  lua_sethook(L, NULL, 0, 0);
  *source = l->source;
  *line = l->line;
  return why;
}

int canvas_limits_killed(lua_State *L) { return limits_of(L)->killed != 0; }

void canvas_limits_restart_clock(lua_State *L) {
  struct limits *l = limits_of(L);
  if (l->running && !l->killed && l->timeout > 0) set_deadline(l);
}
