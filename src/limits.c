/*
** limits.c: the memory and time limits of a run. The allocator counts every
** byte Lua holds; a watchdog thread (or, in a forked checker, a timer
** signal) stops a run that passes its deadline;
** either one kills the run for good (see below). The command line adds a
** watchdog for C code that no hook reaches (src/main.c), since ending the
** process is its policy.
*/
#define _POSIX_C_SOURCE 200809L
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE   /* MAP_ANONYMOUS, MAP_NORESERVE */
#endif

#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <time.h>

#include <lauxlib.h>
#include <lua.h>

#include "canvas_limits.h"
#include "stdlib_data.h"

/*
** Limits. The allocator counts every byte Lua holds and refuses to grow past
** `max`. The time limit costs the script nothing while it runs: one thread
** for the whole process sleeps until the earliest deadline of the runs under
** way, and kills a run still going then. A kill sets a hook that raises an
** error at every instruction, call and return (sticky), so no pcall in a
** script can swallow it, until the host's own protected call returns; the
** error value is a light userdata, so raising it needs no memory.
**
** lua_sethook may be called asynchronously (Lua's own interpreter calls it
** from a signal handler), which is what the watchdog does. It reaches the
** main thread of the state; a coroutine is reached by a count hook of its
** own, set when it is made (coroutine.create and coroutine.wrap are wrapped
** for that), which checks the deadline and the kill every
** CANVAS_HOOK_COUNT instructions. Scripts rarely use coroutines, so the
** main thread, where nearly all the work is done, runs without a hook.
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
  struct limits *next;     /* in the watchdog's list while armed */
  int armed;
};

static void remember_stack(struct limits *l, lua_State *L);
static void disarm(struct limits *l);

/* Whether growing a block from osize to nsize bytes passes the memory limit;
   if so the run is killed. */
static int over_limit(struct limits *l, size_t osize, size_t nsize) {
  if (nsize <= osize || l->max == 0 || !l->running || l->used + (nsize - osize) <= l->max)
    return 0;
  if (!l->killed) {
    remember_stack(l, l->L);
    l->placed = 1;
  }
  canvas_limits_kill(l->L, CANVAS_KILL_MEMORY);
  return 1;
}

static void *alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  struct limits *l = ud;
  void *p;
  if (ptr == NULL) osize = 0;   /* osize is then the type of the object */
  if (nsize == 0) {
    free(ptr);
    l->used -= osize;
    return NULL;
  }
  if (over_limit(l, osize, nsize)) return NULL;
  p = realloc(ptr, nsize);
  if (p == NULL) return NULL;
  l->used = l->used - osize + nsize;
  return p;
}

/*
** The arena. The small blocks (up to ARENA_SMALL bytes, nearly all of
** Lua's) are cut from one mapping of address space, reserved at once and
** used from its start, with a free list for each multiple of 16 bytes kept
** in the freed blocks themselves; larger blocks, and whatever the mapping
** cannot hold, go to the C library. Lua gives the size of every block it
** frees, so a block needs no header: interpreters start with a seventh fewer
** instructions and a canvas of 10^6 notes takes a twentieth less memory
** than with malloc. The limit counts the same bytes either way.
**
** A process made by fork() shares its parent's pages until one of them
** writes to a page, which then costs a page fault and a copy. Free lists
** live inside freed blocks all over the heap, so a child allocating from
** its parent's lists writes to hundreds of its parent's pages; a forked
** checker therefore takes an arena of its own (canvas_limits_use_arena),
** and leaves its parent's blocks where they are: it never reuses them.
**
** The arena is for one thread: the command line, which runs its
** interpreters one after another, asks for it (canvas_limits_arena).
*/
#define ARENA_SMALL 512
#define ARENA_STEP 16

static struct {
  char *base, *top, *end;                    /* the mapping; its unused part */
  char *ready;                               /* the end of its pages made */
  int no_prefault;                           /* the kernel cannot make them */
  const char *old_base, *old_end;            /* the parent's, in a child */
  void *free[ARENA_SMALL / ARENA_STEP + 1];  /* freed blocks, by size class */
} arena;
static int arena_for_all;   /* new interpreters allocate from the arena */

static int in_arena(const void *p) {
  return (const char *)p >= arena.base && (const char *)p < arena.end;
}

static int in_old_arena(const void *p) {
  return (const char *)p >= arena.old_base && (const char *)p < arena.old_end;
}

static size_t size_class(size_t n) { return (n + ARENA_STEP - 1) / ARENA_STEP; }

/*
** The arena's pages are made ahead of use, many at a time
** (MADV_POPULATE_WRITE, Linux 5.14), rather than one page fault for each
** page on its first write: a fault costs more than the page's share of one
** call, the more so in a virtual machine. A check of 10^6 notes spent
** about a sixth of its time in the kernel, half of it in the arena's
** 120,000 faults; `canvas check` of one small script takes 130 fewer. The
** pages are made in steps of an eighth of what is in use, from 256 KiB to
** 4 MiB, so at most that much is made and not used yet. Where the kernel
** cannot, the pages come on first write as before.
*/
#define PREFAULT_MIN ((size_t)256 << 10)
#define PREFAULT_MAX ((size_t)4 << 20)

static void prefault(void) {
#ifdef MADV_POPULATE_WRITE
  size_t step = (size_t)(arena.top - arena.base) / 8;
  char *from = arena.ready;
  if (step < PREFAULT_MIN) step = PREFAULT_MIN;
  if (step > PREFAULT_MAX) step = PREFAULT_MAX;
  while (arena.ready < arena.top) arena.ready += step;
  if (arena.ready > arena.end) arena.ready = arena.end;
  if (madvise(from, (size_t)(arena.ready - from), MADV_POPULATE_WRITE) != 0) arena.no_prefault = 1;
#else
  arena.no_prefault = 1;
#endif
}

static void *arena_take(size_t n) {
  size_t c = size_class(n);
  void *p;
  if (n > ARENA_SMALL) return malloc(n);
  if ((p = arena.free[c]) != NULL) {
    memcpy(&arena.free[c], p, sizeof p);
    return p;
  }
  if ((size_t)(arena.end - arena.top) < c * ARENA_STEP) return malloc(n);
  p = arena.top;
  arena.top += c * ARENA_STEP;
  if (arena.top > arena.ready && !arena.no_prefault) prefault();
  return p;
}

static void arena_give(void *p, size_t n) {
  if (in_arena(p)) {
    memcpy(p, &arena.free[size_class(n)], sizeof p);
    arena.free[size_class(n)] = p;
  } else if (!in_old_arena(p)) {
    free(p);
  }
}

static void *arena_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  struct limits *l = ud;
  void *p;
  if (ptr == NULL) osize = 0;
  if (nsize == 0) {
    if (ptr != NULL) arena_give(ptr, osize);
    l->used -= osize;
    return NULL;
  }
  if (over_limit(l, osize, nsize)) return NULL;
  if (ptr != NULL && in_arena(ptr) && nsize <= ARENA_SMALL &&
      size_class(nsize) == size_class(osize)) {
    p = ptr;
  } else if (ptr != NULL && nsize > ARENA_SMALL && !in_arena(ptr) && !in_old_arena(ptr)) {
    if ((p = realloc(ptr, nsize)) == NULL) return NULL;   /* malloc's block */
  } else {
    if ((p = arena_take(nsize)) == NULL) return NULL;
    if (ptr != NULL) {
      memcpy(p, ptr, osize < nsize ? osize : nsize);
      arena_give(ptr, osize);
    }
  }
  l->used = l->used - osize + nsize;
  return p;
}

/* Reserves a new arena of at most `size` bytes (less when the system will
   not give that much address space): 0 if none could be had. */
static int map_arena(size_t size) {
#if !defined(__SANITIZE_ADDRESS__)   /* the sanitizer checks malloc's blocks */
  struct rlimit as;
  /* under a limit of address space (ulimit -v), a quarter of it at most:
     the rest stays for malloc's blocks */
  if (getrlimit(RLIMIT_AS, &as) == 0 && as.rlim_cur != RLIM_INFINITY && as.rlim_cur / 4 < size)
    size = (size_t)(as.rlim_cur / 4);
  for (; size >= ((size_t)64 << 20); size /= 4) {
    void *m = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m != MAP_FAILED) {
      arena.base = arena.top = arena.ready = m;
      arena.end = arena.base + size;
      memset(arena.free, 0, sizeof arena.free);
      return 1;
    }
  }
#else
  (void)size;
#endif
  return 0;
}

int canvas_limits_arena(size_t size) {
  if (arena.base == NULL && !map_arena(size)) return 0;
  arena_for_all = 1;
  return 1;
}

void canvas_limits_use_arena(lua_State *L, size_t size) {
  const char *base = arena.base, *end = arena.end;
  void *ud;
  if (arena.old_base != NULL) return;   /* this process has its own already */
  if (!map_arena(size)) return;
  arena.old_base = base;
  arena.old_end = end;
  lua_getallocf(L, &ud);
  lua_setallocf(L, arena_alloc, ud);
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
  L = lua_newstate(arena_for_all ? arena_alloc : alloc, l);
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
  disarm(l);
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
** The count hook (of coroutines) checks the clock; once the run is killed,
** it raises the kill at every event. Where the user's code was is looked up only then,
** by walking the stack once: reading the position at every count would
** cost more than the check itself.
*/
static void hook(lua_State *L, lua_Debug *ar) {
  struct limits *l = limits_of(L);
  if (!l->killed && ar->event == LUA_HOOKCOUNT && l->running && l->timeout > 0 &&
      past(&l->deadline))
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

/*
** The watchdog: the runs with a deadline, and a thread that waits for the
** earliest one. Everything here is under `wd_lock`, the deadlines of armed
** runs included.
*/
static pthread_mutex_t wd_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wd_wake;
static struct limits *wd_armed;
static int wd_state;   /* 0: no thread yet; 1: running; -1: it could not start */

static int earlier(const struct timespec *a, const struct timespec *b) {
  return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

static void unlink_armed(struct limits *l) {
  struct limits **p;
  for (p = &wd_armed; *p != NULL; p = &(*p)->next)
    if (*p == l) {
      *p = l->next;
      break;
    }
  l->next = NULL;
  l->armed = 0;
}

static void *watchdog(void *arg) {
  (void)arg;
  pthread_mutex_lock(&wd_lock);
  for (;;) {
    struct limits *l, *first = NULL;
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    for (l = wd_armed; l != NULL;) {
      struct limits *next = l->next;
      if (!earlier(&now, &l->deadline)) {   /* its time is up */
        unlink_armed(l);
        canvas_limits_kill(l->L, CANVAS_KILL_TIME);
      } else if (first == NULL || earlier(&l->deadline, &first->deadline)) {
        first = l;
      }
      l = next;
    }
    if (first == NULL) {
      pthread_cond_wait(&wd_wake, &wd_lock);
    } else {
      /* a copy: while this thread waits, `first` may be closed and freed */
      struct timespec until = first->deadline;
      pthread_cond_timedwait(&wd_wake, &wd_lock, &until);
    }
  }
  return NULL;
}

/*
** A child made by fork() has no watchdog thread (threads do not cross a
** fork): it starts its own when it first needs one, with the list empty.
*/
static void after_fork_child(void) {
  pthread_mutex_init(&wd_lock, NULL);
  wd_armed = NULL;
  wd_state = 0;
}

/* Starts the thread once; under wd_lock. Returns whether it runs. */
static int start_watchdog(void) {
  pthread_condattr_t attr;
  pthread_attr_t tattr;
  pthread_t t;
  sigset_t all, old;
  int ok;
  static int atfork;
  if (wd_state != 0) return wd_state > 0;
  wd_state = -1;
  if (!atfork && pthread_atfork(NULL, NULL, after_fork_child) == 0) atfork = 1;
  if (pthread_condattr_init(&attr) != 0) return 0;
  ok = pthread_condattr_setclock(&attr, CLOCK_MONOTONIC) == 0 &&
       pthread_cond_init(&wd_wake, &attr) == 0;
  pthread_condattr_destroy(&attr);
  if (!ok || pthread_attr_init(&tattr) != 0) return 0;
  pthread_attr_setdetachstate(&tattr, PTHREAD_CREATE_DETACHED);
  pthread_attr_setstacksize(&tattr, 64 * 1024);
  /* signals (Ctrl-C, the command line's timer) stay with the program's threads */
  sigfillset(&all);
  pthread_sigmask(SIG_SETMASK, &all, &old);
  ok = pthread_create(&t, &tattr, watchdog, NULL) == 0;
  pthread_sigmask(SIG_SETMASK, &old, NULL);
  pthread_attr_destroy(&tattr);
  if (ok) wd_state = 1;
  return ok;
}

/*
** The deadline by a signal instead: a command that runs one script at a
** time (the command line, but for its language server) spends more on
** starting the thread and waking it at every run than a small script
** takes. After canvas_limits_use_signal, a timer of the process raises
** `sig` at the deadline of the one run armed, and the handler kills it. A
** second run armed meanwhile in another state falls back on the count hook.
*/
static int sig_mode;                     /* the signal, or 0: the thread */
static timer_t sig_timer;
static struct limits *volatile sig_run;  /* the run the timer is set for */

static void on_deadline(int sig) {
  struct limits *l = sig_run;
  (void)sig;
  if (l != NULL) canvas_limits_kill(l->L, CANVAS_KILL_TIME);
}

/* Sets the timer for l's deadline, or stops it (l == NULL). */
static void set_timer(struct limits *l) {
  struct itimerspec its;
  memset(&its, 0, sizeof its);
  if (l != NULL) its.it_value = l->deadline;
  timer_settime(sig_timer, TIMER_ABSTIME, &its, NULL);
}

/* A timer does not cross a fork: the child makes its own if it wants one. */
static void sig_after_fork_child(void) {
  sig_mode = 0;
  sig_run = NULL;
}

int canvas_limits_use_signal(int sig) {
  struct sigevent ev;
  struct sigaction sa;
  static int atfork;
  if (sig_mode) return 1;
  if (!atfork && pthread_atfork(NULL, NULL, sig_after_fork_child) == 0) atfork = 1;
  if (!atfork) return 0;
  memset(&ev, 0, sizeof ev);
  ev.sigev_notify = SIGEV_SIGNAL;
  ev.sigev_signo = sig;
  if (timer_create(CLOCK_MONOTONIC, &ev, &sig_timer) != 0) return 0;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_deadline;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  if (sigaction(sig, &sa, NULL) != 0) {
    timer_delete(sig_timer);
    return 0;
  }
  sig_mode = sig;
  return 1;
}

void canvas_limits_begin(lua_State *L) {
  struct limits *l = limits_of(L);
  l->killed = 0;
  l->running = 1;
  l->line = 0;
  l->placed = 0;
  l->seen = NULL;
  l->source[0] = '\0';
  lua_sethook(L, NULL, 0, 0);
  if (l->timeout > 0 && sig_mode) {
    set_deadline(l);
    if (sig_run == NULL || sig_run == l) {
      sig_run = l;
      set_timer(l);
    } else {
      lua_sethook(L, hook, LUA_MASKCOUNT, CANVAS_HOOK_COUNT);
    }
  } else if (l->timeout > 0) {
    pthread_mutex_lock(&wd_lock);
    set_deadline(l);
    if (start_watchdog()) {
      if (!l->armed) {
        l->next = wd_armed;
        wd_armed = l;
        l->armed = 1;
      }
      pthread_cond_signal(&wd_wake);
    } else {
      /* no thread: the count hook checks the clock, as coroutines do */
      lua_sethook(L, hook, LUA_MASKCOUNT, CANVAS_HOOK_COUNT);
    }
    pthread_mutex_unlock(&wd_lock);
  }
}

/* Takes l off the watchdog's list: no kill by time comes after this. */
static void disarm(struct limits *l) {
  if (sig_mode) {
    if (sig_run == l) {
      set_timer(NULL);
      sig_run = NULL;
    }
    return;
  }
  pthread_mutex_lock(&wd_lock);
  if (l->armed) unlink_armed(l);
  pthread_mutex_unlock(&wd_lock);
}

int canvas_limits_end(lua_State *L, const char **source, int *line) {
  struct limits *l = limits_of(L);
  int why;
  disarm(l);
  why = l->killed;
  /* a run that passed its deadline inside C and then ended before the
     watchdog could see it has still broken the limit */
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
  if (l->running && !l->killed && l->timeout > 0 && sig_mode) {
    set_deadline(l);
    if (sig_run == l) set_timer(l);
  } else if (l->running && !l->killed && l->timeout > 0) {
    pthread_mutex_lock(&wd_lock);
    set_deadline(l);
    if (l->armed) pthread_cond_signal(&wd_wake);
    pthread_mutex_unlock(&wd_lock);
  }
}

/*
** coroutine.create and coroutine.wrap, wrapped: the new coroutine gets the
** count hook when runs have a time limit (upvalue 1: the function wrapped).
*/
static void hook_coroutine(lua_State *L, lua_State *co) {
  struct limits *l = limits_of(L);
  if (co != NULL && l->timeout > 0 && !l->killed)
    lua_sethook(co, hook, LUA_MASKCOUNT, CANVAS_HOOK_COUNT);
}

/* Calls the function wrapped with the one argument, a function. */
static void call_wrapped(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_settop(L, 1);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, 1, 1);
}

static int co_create(lua_State *L) {
  call_wrapped(L);
  hook_coroutine(L, lua_tothread(L, -1));
  return 1;
}

static int co_wrap(lua_State *L) {
  call_wrapped(L);
  /* the coroutine is the first upvalue of the function that wrap makes */
  if (lua_getupvalue(L, -1, 1) != NULL) {
    hook_coroutine(L, lua_tothread(L, -1));
    lua_pop(L, 1);
  }
  return 1;
}

void canvas_limits_open(lua_State *L) {
  static const struct { const char *name; lua_CFunction fn; } wrapped[] = {
    {"create", co_create}, {"wrap", co_wrap}};
  size_t i;
  lua_getglobal(L, "coroutine");
  for (i = 0; i < sizeof wrapped / sizeof wrapped[0]; i++) {
    lua_getfield(L, -1, wrapped[i].name);
    lua_pushcclosure(L, wrapped[i].fn, 1);
    lua_setfield(L, -2, wrapped[i].name);
  }
  lua_pop(L, 1);
}
