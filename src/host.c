/*
** host.c: what the stdlib needs from the operating system and from Lua's C
** side: reading script files safely, resolving paths, the position of the
** user's code on the call stack, and the embedded stdlib modules.
*/
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <time.h>
#include <locale.h>
#include <wchar.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "host.h"
#include "stdlib_data.h"

#define STDLIB_PREFIX CANVAS_STDLIB_PREFIX


/*
** Limits. The allocator counts every byte Lua holds and refuses to grow past
** `max`; a count hook checks the clock every CANVAS_HOOK_COUNT instructions.
** Either one "kills" the run: from then on the hook raises an error at every
** instruction, call and return (sticky), so no pcall in a script can swallow
** it, until the host's own protected call returns. The error value is a
** light userdata, so raising it needs no memory.
*/
#if !defined(CANVAS_HOOK_COUNT)
#define CANVAS_HOOK_COUNT 1000
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
    if (!l->killed) remember_stack(l, l->L);
    canvas_host_kill(l->L, CANVAS_KILL_MEMORY);
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

lua_State *canvas_host_newstate(void) {
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

void canvas_host_close(lua_State *L) {
  struct limits *l;
  if (L == NULL) return;
  l = limits_of(L);
  lua_close(L);
  free(l);
}

void canvas_host_set_limits(lua_State *L, size_t max_memory, double timeout) {
  struct limits *l = limits_of(L);
  l->max = max_memory;
  l->timeout = timeout;
}

size_t canvas_host_memory(lua_State *L) { return limits_of(L)->used; }

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
  if (strncmp(ar->source, STDLIB_PREFIX, sizeof STDLIB_PREFIX - 1) == 0) return 0;
  if (ar->source != l->seen) {
    const char *s = ar->source;
    if (*s == '@' || *s == '=') s++;
    snprintf(l->source, sizeof l->source, "%s", s);
    l->seen = ar->source;
  }
  l->line = ar->currentline;
  return 1;
}

static void hook(lua_State *L, lua_Debug *ar) {
  struct limits *l = limits_of(L);
  if (!l->killed && ar->event == LUA_HOOKCOUNT) {
    remember(l, L, ar);
    if (l->timeout > 0 && past(&l->deadline)) canvas_host_kill(L, CANVAS_KILL_TIME);
  }
  if (l->killed) {
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
void canvas_host_kill(lua_State *L, int why) {
  struct limits *l = limits_of(L);
  const int mask = LUA_MASKCOUNT | LUA_MASKCALL | LUA_MASKRET | LUA_MASKLINE;
  if (!l->killed) l->killed = why;
  /* the running thread (maybe a coroutine) and the main one */
  lua_sethook(L, hook, mask, 1);
  if (l->L != L) lua_sethook(l->L, hook, mask, 1);
}

void canvas_host_begin(lua_State *L) {
  struct limits *l = limits_of(L);
  l->killed = 0;
  l->running = 1;
  l->line = 0;
  l->seen = NULL;
  l->source[0] = '\0';
  if (l->timeout > 0) {
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
  if (l->timeout > 0 || l->max > 0)
    lua_sethook(L, hook, LUA_MASKCOUNT, CANVAS_HOOK_COUNT);
  else
    lua_sethook(L, NULL, 0, 0);
}

int canvas_host_end(lua_State *L, const char **source, int *line) {
  struct limits *l = limits_of(L);
  int why = l->killed;
  l->running = 0;
  l->killed = 0;
  lua_sethook(L, NULL, 0, 0);
  *source = l->source;
  *line = l->line;
  return why;
}

/*
** readfile(path) -> bytes | nil, reason
** Refuses directories, devices and pipes (which could block or never end)
** and files over CANVAS_MAX_SCRIPT bytes. Pushes the whole file as a string.
*/
static int readfile(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  struct stat st;
  luaL_Buffer b;
  int fd;
  if (stat(path, &st) != 0) goto fail;
  if (S_ISDIR(st.st_mode)) {
    lua_pushnil(L);
    lua_pushliteral(L, "is a directory, not a script file");
    return 2;
  }
  if (!S_ISREG(st.st_mode)) {
    lua_pushnil(L);
    lua_pushliteral(L, "is not a regular file");
    return 2;
  }
  if (st.st_size > CANVAS_MAX_SCRIPT) {
    lua_pushnil(L);
    lua_pushfstring(L, "is too large (%I bytes; scripts may have at most %I)",
                    (lua_Integer)st.st_size, (lua_Integer)CANVAS_MAX_SCRIPT);
    return 2;
  }
  fd = open(path, O_RDONLY);
  if (fd < 0) goto fail;
  luaL_buffinit(L, &b);
  for (;;) {
    char *p = luaL_prepbuffer(&b);
    ssize_t n = read(fd, p, LUAL_BUFFERSIZE);
    if (n < 0) {
      int e = errno;
      close(fd);
      errno = e;
      goto fail;
    }
    if (n == 0) break;
    luaL_addsize(&b, (size_t)n);
    if (luaL_bufflen(&b) > (size_t)CANVAS_MAX_SCRIPT) {
      close(fd);
      lua_pushnil(L);
      lua_pushliteral(L, "grew too large while being read");
      return 2;
    }
  }
  close(fd);
  luaL_pushresult(&b);
  return 1;
fail:
  lua_pushnil(L);
  lua_pushstring(L, strerror(errno));
  return 2;
}

/* realpath(path) -> absolute path with symlinks resolved | nil, reason */
static int l_realpath(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  char *r = realpath(path, NULL);
  if (r == NULL) {
    lua_pushnil(L);
    lua_pushstring(L, strerror(errno));
    return 2;
  }
  lua_pushstring(L, r); /* a memory error here would leak r: copy first */
  free(r);
  return 1;
}

/* cwd() -> the working directory */
static int cwd(lua_State *L) {
  char buf[PATH_MAX];
  if (getcwd(buf, sizeof buf) == NULL) {
    lua_pushnil(L);
    lua_pushstring(L, strerror(errno));
    return 2;
  }
  lua_pushstring(L, buf);
  return 1;
}

/*
** where() -> file, line of the innermost frame that runs user code (not the
** stdlib, not C), or nothing. Declarations call it to record their position.
** The last source seen is cached in the upvalues, so the common case pushes
** an existing string instead of building one per declaration.
*/
static int where(lua_State *L) {
  lua_Debug ar;
  int level;
  for (level = 1; lua_getstack(L, level, &ar); level++) {
    if (!lua_getinfo(L, "Sl", &ar)) break;
    if (ar.currentline <= 0) continue;                 /* C or no line info */
    if (strncmp(ar.source, STDLIB_PREFIX, sizeof STDLIB_PREFIX - 1) == 0)
      continue;
    if (lua_touserdata(L, lua_upvalueindex(1)) == (void *)ar.source) {
      lua_pushvalue(L, lua_upvalueindex(2));
    } else {
      const char *s = ar.source;
      if (*s == '@' || *s == '=') s++;
      lua_pushstring(L, s);
      lua_pushlightuserdata(L, (void *)ar.source);
      lua_replace(L, lua_upvalueindex(1));
      lua_pushvalue(L, -1);
      lua_replace(L, lua_upvalueindex(2));
    }
    lua_pushinteger(L, ar.currentline);
    return 2;
  }
  return 0;
}

/*
** Pushes the compiled chunk of stdlib module m, or raises an error.
** With CANVAS_STDLIB=DIR in the environment the module is read from DIR, so a
** developer can edit the stdlib without rebuilding.
*/
static void push_module(lua_State *L, const struct canvas_module *m) {
  const char *dir = getenv("CANVAS_STDLIB");
  int status;
  if (dir != NULL && *dir != '\0') {
    const char *path;
    const char *name = m->chunkname + sizeof STDLIB_PREFIX - 1;
    lua_pushcfunction(L, readfile);
    path = lua_pushfstring(L, "%s/%s", dir, name);
    lua_call(L, 1, 2);
    if (lua_isnil(L, -2))
      luaL_error(L, "cannot read stdlib module %s: %s", path,
                 lua_tostring(L, -1));
    lua_pop(L, 1);
    status = luaL_loadbufferx(L, lua_tostring(L, -1), lua_rawlen(L, -1),
                              m->chunkname, "t");
    lua_remove(L, -2);
  } else {
    /* compiled at build time by tools/embed.c from our own sources */
    status = luaL_loadbufferx(L, (const char *)m->data, m->len, m->chunkname,
                              "b");
  }
  if (status != LUA_OK) lua_error(L);
}

/* Loader of one stdlib module (upvalue 1: its index in canvas_stdlib). */
static int loader(lua_State *L) {
  const struct canvas_module *m =
      &canvas_stdlib[lua_tointeger(L, lua_upvalueindex(1))];
  push_module(L, m);
  lua_pushstring(L, m->name);
  lua_call(L, 1, 1);
  return 1;
}

/*
** chunk(name) -> the compiled stdlib module, not yet run, so the caller can
** give it an environment of its own (the vocabulary is run this way).
*/
static int chunk(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  int i;
  for (i = 0; canvas_stdlib[i].name != NULL; i++) {
    if (strcmp(canvas_stdlib[i].name, name) == 0) {
      push_module(L, &canvas_stdlib[i]);
      return 1;
    }
  }
  return luaL_error(L, "no stdlib module '%s'", name);
}

/*
** width(s) -> the number of terminal columns that UTF-8 text s takes:
** wide (East Asian) characters count two, combining marks none, invalid
** bytes and control characters one each.
*/
static int width(lua_State *L) {
  size_t len, i = 0;
  const char *s = luaL_checklstring(L, 1, &len);
  lua_Integer w = 0;
  static locale_t utf8 = (locale_t)0;
  locale_t old;
  mbstate_t st;
  if (utf8 == (locale_t)0) utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
  if (utf8 == (locale_t)0) {     /* no UTF-8 locale: count code points */
    for (i = 0; i < len; i++)
      if (((unsigned char)s[i] & 0xC0) != 0x80) w++;
    lua_pushinteger(L, w);
    return 1;
  }
  old = uselocale(utf8);
  memset(&st, 0, sizeof st);
  while (i < len) {
    wchar_t wc;
    size_t n = mbrtowc(&wc, s + i, len - i, &st);
    if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
      memset(&st, 0, sizeof st);
      w++;
      i++;
      continue;
    }
    {
      int cw = wcwidth(wc);
      w += cw < 0 ? 1 : cw;
    }
    i += n;
  }
  uselocale(old);
  lua_pushinteger(L, w);
  return 1;
}

/* The stream that write() sends to; canvas_render sets it. */
static FILE *out_stream(lua_State *L) {
  FILE *f;
  lua_getfield(L, LUA_REGISTRYINDEX, "canvas.out");
  f = (FILE *)lua_touserdata(L, -1);
  lua_pop(L, 1);
  return f ? f : stdout;
}

/* write(s...) -> writes to the caller's output stream */
static int l_write(lua_State *L) {
  int i, n = lua_gettop(L);
  FILE *f = out_stream(L);
  for (i = 1; i <= n; i++) {
    size_t len;
    const char *s = luaL_checklstring(L, i, &len);
    if (fwrite(s, 1, len, f) != len)
      return luaL_error(L, "cannot write the output: %s", strerror(errno));
  }
  return 0;
}

/* killed() -> whether a limit has stopped the current run */
static int killed(lua_State *L) {
  lua_pushboolean(L, limits_of(L)->killed != 0);
  return 1;
}

static const luaL_Reg hostfuncs[] = {
  {"killed", killed},
  {"width", width},
  {"write", l_write},
  {"readfile", readfile},
  {"realpath", l_realpath},
  {"cwd", cwd},
  {"chunk", chunk},
  {NULL, NULL}
};

static int open_host(lua_State *L) {
  luaL_newlib(L, hostfuncs);
  lua_pushnil(L);                 /* cached source pointer */
  lua_pushnil(L);                 /* cached source string */
  lua_pushcclosure(L, where, 2);
  lua_setfield(L, -2, "where");
  lua_pushinteger(L, CANVAS_MAX_SCRIPT);
  lua_setfield(L, -2, "max_script");
  return 1;
}

void canvas_host_register(lua_State *L) {
  int i;
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  for (i = 0; canvas_stdlib[i].name != NULL; i++) {
    lua_pushinteger(L, i);
    lua_pushcclosure(L, loader, 1);
    lua_pushfstring(L, "canvas.%s", canvas_stdlib[i].name);
    lua_insert(L, -2);
    lua_settable(L, -3);
  }
  lua_pushcfunction(L, open_host);
  lua_setfield(L, -2, "canvas.c");
  lua_pop(L, 1);
}
