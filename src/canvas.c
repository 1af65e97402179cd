/*
** canvas.c: the public API (include/canvas.h). The language lives in the
** stdlib's Lua modules; this file owns the Lua state, runs every Lua call in
** protected mode and turns results into C values.
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "canvas.h"
#include "host.h"
#include "canvas_limits.h"
#include "canvas_internal.h"

struct canvas {
  int report_fit;    /* a report that carries each file's fit (json) */
  int report_lines;  /* a report that streams text: -1, or its colour (0, 1) */
  lua_State *L;
  size_t max_memory;   /* the limits; 0 = none */
  double timeout;
  int limits_set;      /* set explicitly: --trust leaves them alone */
  int loaded;        /* a load happened: settings are frozen */
  int broken;        /* the state could not be set up; every call fails */
  char *lasterr;     /* why the last call into Lua failed, or NULL */
  struct canvas_reader reader;   /* read_line's, for the stdlib */
};

/* The registry key of the stdlib's "canvas.api" module table. */
static const char HOSTKEY[] = "canvas.hostmodule";

const char *canvas_version(void) { return CANVAS_VERSION; }

/*
** A Lua panic means an error escaped every protected call, which the API is
** built never to allow; stop loudly rather than continue in a broken state.
*/
static int panic(lua_State *L) {
  const char *msg = lua_tostring(L, -1);
  fprintf(stderr, "canvas: internal error: %s\n", msg ? msg : "(no message)");
  return 0;
}

/*
** Runs in protected mode: opens the libraries, registers the stdlib loaders
** and stores the host module in the registry. Leaves nothing on the stack.
*/
static int setup(lua_State *L) {
  luaL_openlibs(L);
  canvas_limits_open(L);
  canvas_host_register(L);
  lua_getglobal(L, "require");
  lua_pushliteral(L, "canvas.api");
  lua_call(L, 1, 1);
  lua_setfield(L, LUA_REGISTRYINDEX, HOSTKEY);
  return 0;
}

/* Keeps a copy of msg for canvas_error. */
static void set_error(canvas *c, const char *msg) {
  size_t len = strlen(msg);
  char *copy = malloc(len + 1);
  if (copy != NULL) {
    memcpy(copy, msg, len + 1);
    free(c->lasterr);
    c->lasterr = copy;
  }
}

static void clear_error(canvas *c) {
  free(c->lasterr);
  c->lasterr = NULL;
}

/*
** Pops the error object of a failed protected call and keeps a copy of it
** for canvas_error. Only a string is read: lua_tostring on a number could
** raise a memory error outside protection.
*/
static void keep_error(canvas *c) {
  set_error(c, lua_type(c->L, -1) == LUA_TSTRING ? lua_tostring(c->L, -1)
                                                  : "internal error");
  lua_pop(c->L, 1);
}

canvas *canvas_new(void) {
  canvas *c = calloc(1, sizeof *c);
  if (c == NULL) return NULL;
  c->L = canvas_limits_newstate();
  if (c->L == NULL) {
    free(c);
    return NULL;
  }
  lua_atpanic(c->L, panic);
  c->report_lines = -1;
  /*
  ** The collector waits until the heap has tripled (Lua's default: doubled)
  ** and then works twice as fast. A canvas grows while it loads and nearly
  ** everything it makes stays, so a cycle mostly marks what is still alive:
  ** fewer cycles, a tenth less time for a big check, and a peak no higher
  ** (the garbage of a load is the field tables of its notes).
  */
  lua_gc(c->L, LUA_GCINC, 300, 200, 0);
  c->max_memory = CANVAS_DEFAULT_MAX_MEMORY;
  c->timeout = CANVAS_DEFAULT_TIMEOUT;
  canvas_limits_set(c->L, c->max_memory, c->timeout);
  if (!lua_checkstack(c->L, 8)) {
    c->broken = 1;
    return c;
  }
  lua_pushcfunction(c->L, setup);
  if (lua_pcall(c->L, 0, 0, 0) != LUA_OK) {
    /* Out of memory or a broken stdlib: keep the message for canvas_error. */
    c->broken = 1;
    keep_error(c);
  }
  return c;
}

void canvas_free(canvas *c) {
  if (c == NULL) return;
  free(c->lasterr);
  canvas_limits_close(c->L);
  free(c);
}

/*
** One call into the host module: `host.api(op, ...)`. The arguments and the
** results travel in this struct so that nothing is pushed outside protection.
*/
struct call {
  const char *op;
  const char *s1, *s2, *s3;
  size_t len1;           /* length of s1 when it may hold NUL bytes */
  lua_Integer n1, n2, n3;
  void *out;             /* the stream for host write(), or NULL */
  const char *name;      /* the script this call runs, for messages */
  int nargs_int;         /* how many of n1..n3 to pass after the strings */
  int nargs_str;         /* how many of s1..s3 to pass first */
  /* results */
  lua_Integer num;
  const char *str;
  size_t slen;           /* the length of str */
  canvas_diagnostic *diag;
  canvas_add_fn add;     /* called for each string of a returned list */
  void *ud;
};

/* Reads the field `k` of the table at the top of the stack as a string. */
static const char *strfield(lua_State *L, const char *k) {
  const char *s;
  lua_getfield(L, -1, k);
  s = lua_tostring(L, -1); /* anchored by the table, which the model keeps */
  lua_pop(L, 1);
  return s;
}

/* Runs in protected mode; see struct call. Leaves nothing on the stack. */
static int api_call(lua_State *L) {
  struct call *k = lua_touserdata(L, 1);
  int n = 1;
  if (k->out != NULL) {
    lua_pushlightuserdata(L, k->out);
    lua_setfield(L, LUA_REGISTRYINDEX, CANVAS_OUT_KEY);
  }
  lua_getfield(L, LUA_REGISTRYINDEX, HOSTKEY);
  lua_getfield(L, -1, "api");
  lua_pushstring(L, k->op);
  if (k->nargs_str >= 1) {
    if (k->s1 == NULL) lua_pushnil(L);
    else lua_pushlstring(L, k->s1, k->len1 ? k->len1 : strlen(k->s1));
    n++;
  }
  if (k->nargs_str >= 2) { lua_pushstring(L, k->s2); n++; }
  if (k->nargs_str >= 3) { lua_pushstring(L, k->s3); n++; }
  if (k->nargs_int >= 1) { lua_pushinteger(L, k->n1); n++; }
  if (k->nargs_int >= 2) { lua_pushinteger(L, k->n2); n++; }
  if (k->nargs_int >= 3) { lua_pushinteger(L, k->n3); n++; }
  lua_call(L, n, 1);
  if (k->diag != NULL) {
    if (lua_istable(L, -1)) {
      k->diag->file = strfield(L, "file");
      lua_getfield(L, -1, "line");
      k->diag->line = (int)lua_tointeger(L, -1);
      lua_pop(L, 1);
      k->diag->severity = strfield(L, "severity");
      k->diag->id = strfield(L, "id");
      k->diag->name = strfield(L, "name");
      k->diag->message = strfield(L, "message");
      k->num = 1;
    }
  } else if (k->add != NULL && lua_istable(L, -1)) {
    lua_Integer i, n = (lua_Integer)lua_rawlen(L, -1);
    for (i = 1; i <= n; i++) {
      if (lua_rawgeti(L, -1, i) == LUA_TSTRING) k->add(k->ud, lua_tostring(L, -1));
      lua_pop(L, 1);
    }
  } else if (lua_type(L, -1) == LUA_TNUMBER) {
    k->num = lua_tointeger(L, -1);
  } else if (lua_type(L, -1) == LUA_TSTRING) {
    k->str = lua_tolstring(L, -1, &k->slen); /* the host anchors every string it returns */
  }
  lua_pop(L, 2);
  return 0;
}

/* Calls host.api under protection; returns 0 on a Lua error. */
static int call(canvas *c, struct call *k) {
  int ok;
  if (c == NULL || c->broken) return 0;
  lua_pushcfunction(c->L, api_call);
  lua_pushlightuserdata(c->L, k);
  ok = lua_pcall(c->L, 1, 0, 0) == LUA_OK;
  if (!ok) keep_error(c);
  return ok;
}

/* "64 MiB", "1.5 GiB", "512 bytes" */
static void format_size(char *buf, size_t n, size_t bytes) {
  const char *unit[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  double v = (double)bytes;
  int u = 0;
  while (v >= 1024 && u < 4) {
    v /= 1024;
    u++;
  }
  if (u == 0) snprintf(buf, n, "%zu bytes", bytes);
  else snprintf(buf, n, "%.4g %s", v, unit[u]);
}

/*
** Runs one call that may execute script code, under the limits. When a
** limit stopped it, the diagnostics become the load errors found so far and
** one that names the limit, and the status is CANVAS_LIMIT (or
** CANVAS_INTERRUPTED); otherwise *ok says whether the call succeeded.
*/
static int run_call(canvas *c, struct call *k, int *ok) {
  const char *source;
  int line, why;
  char msg[512], size[64];
  struct call r;
  canvas_limits_begin(c->L);
  *ok = call(c, k);
  why = canvas_limits_end(c->L, &source, &line);
  if (!why) return CANVAS_OK;
  if (why == CANVAS_KILL_MEMORY) {
    format_size(size, sizeof size, c->max_memory);
    snprintf(msg, sizeof msg,
             "the memory limit was reached: more than %s was needed "
             "(raise it with --max-memory SIZE, or 0 for no limit)", size);
  } else if (why == CANVAS_KILL_TIME) {
    snprintf(msg, sizeof msg,
             "the time limit was reached: the script ran for more than %g s "
             "(raise it with --timeout SECONDS, or 0 for no limit)", c->timeout);
  } else {
    snprintf(msg, sizeof msg, "interrupted");
  }
  clear_error(c);
  memset(&r, 0, sizeof r);
  r.op = "limit_hit";
  r.s1 = msg;
  r.s2 = source;
  r.s3 = k->name ? k->name : "";
  r.nargs_str = 3;
  r.n1 = line;
  r.nargs_int = 1;
  if (!call(c, &r)) set_error(c, msg);
  *ok = 0;
  return why == CANVAS_KILL_INTERRUPT ? CANVAS_INTERRUPTED : CANVAS_LIMIT;
}

static int setting(canvas *c, const char *op, const char *s, lua_Integer n,
                   int isstr) {
  struct call k;
  if (c == NULL || c->broken || c->loaded) return CANVAS_USAGE;
  memset(&k, 0, sizeof k);
  k.op = op;
  if (isstr) {
    if (s == NULL) return CANVAS_USAGE;
    k.s1 = s;
    k.nargs_str = 1;
  } else {
    k.n1 = n;
    k.nargs_int = 1;
  }
  return call(c, &k) ? (int)k.num : CANVAS_USAGE;
}

int canvas_set_trust(canvas *c, int trust) {
  int status = setting(c, "set_trust", NULL, trust != 0, 0);
  if (status == CANVAS_OK && !c->limits_set) {
    /* trusted scripts run without limits unless some are asked for */
    c->max_memory = trust ? 0 : CANVAS_DEFAULT_MAX_MEMORY;
    c->timeout = trust ? 0 : CANVAS_DEFAULT_TIMEOUT;
    canvas_limits_set(c->L, c->max_memory, c->timeout);
  }
  return status;
}

int canvas_set_max_memory(canvas *c, size_t bytes) {
  if (c == NULL || c->broken) return CANVAS_USAGE;
  c->max_memory = bytes;
  c->limits_set = 1;
  canvas_limits_set(c->L, c->max_memory, c->timeout);
  return CANVAS_OK;
}

int canvas_set_timeout(canvas *c, double seconds) {
  if (c == NULL || c->broken || !(seconds >= 0) || seconds > 1e9) return CANVAS_USAGE;
  c->timeout = seconds;
  c->limits_set = 1;
  canvas_limits_set(c->L, c->max_memory, c->timeout);
  return CANVAS_OK;
}

double canvas_get_timeout(canvas *c) {
  return (c == NULL || c->broken) ? 0 : c->timeout;
}

void canvas_interrupt(canvas *c) {
  if (c != NULL && !c->broken) canvas_limits_kill(c->L, CANVAS_KILL_INTERRUPT);
}

/* Runs in protected mode: registry[CANVAS_PRINT_KEY] = the stream (1). */
static int set_print(lua_State *L) {
  lua_pushvalue(L, 1);
  lua_setfield(L, LUA_REGISTRYINDEX, CANVAS_PRINT_KEY);
  return 0;
}

int canvas_set_output(canvas *c, FILE *out) {
  if (c == NULL || c->broken) return CANVAS_USAGE;
  lua_pushcfunction(c->L, set_print);
  if (out == NULL || out == stdout) lua_pushnil(c->L);
  else lua_pushlightuserdata(c->L, out);
  if (lua_pcall(c->L, 1, 0, 0) != LUA_OK) {
    keep_error(c);
    return CANVAS_USAGE;
  }
  return CANVAS_OK;
}

int canvas_add_include_dir(canvas *c, const char *dir) {
  return setting(c, "add_include_dir", dir, 0, 1);
}

int canvas_set_traceback(canvas *c, int on) {
  return setting(c, "set_traceback", NULL, on != 0, 0);
}

int canvas_set_args(canvas *c, int argc, const char *const *argv) {
  int i, status;
  if (c == NULL || argc < 0 || (argc > 0 && argv == NULL)) return CANVAS_USAGE;
  status = setting(c, "clear_args", NULL, 0, 0);
  for (i = 0; i < argc && status == CANVAS_OK; i++)
    status = setting(c, "add_arg", argv[i] ? argv[i] : "", 0, 1);
  return status;
}

static int load(canvas *c, const char *op, const char *s, size_t len,
                const char *name) {
  struct call k;
  int status, ok;
  if (c == NULL || s == NULL || c->broken) return CANVAS_USAGE;
  memset(&k, 0, sizeof k);
  k.op = op;
  k.s1 = s;
  k.len1 = len;
  k.s2 = name;
  k.nargs_str = name ? 2 : 1;
  k.name = name ? name : s;
  c->loaded = 1;
  clear_error(c);
  status = run_call(c, &k, &ok);
  if (status != CANVAS_OK) return status;
  if (!ok) return CANVAS_LOAD;
  return (int)k.num;
}

/*
** Runs a call that writes to k->out (a view, an explanation, a report) under
** the limits. A string the call returns is a usage problem for the user,
** e.g. an unknown segment: CANVAS_USAGE, with canvas_error saying it; the
** number CANVAS_LOAD means that diagnostics were found (a faulty project
** file), CANVAS_FINDINGS that there is something to report (diff: the
** models differ).
*/
static int run_output(canvas *c, struct call *k) {
  int ok, status = run_call(c, k, &ok);
  if (status != CANVAS_OK) return status;
  if (fflush((FILE *)k->out) != 0 && ok) {
    set_error(c, "cannot write the output");
    return CANVAS_LOAD;
  }
  if (!ok) return CANVAS_LOAD;
  if (k->str != NULL) {
    set_error(c, k->str);
    return CANVAS_USAGE;
  }
  return (k->num == CANVAS_LOAD || k->num == CANVAS_FINDINGS) ? (int)k->num : CANVAS_OK;
}

/* One call that writes to `out`: the op with nstr strings and nint
** integers, through run_output. */
static int output_op(canvas *c, const char *op, const char *s1, const char *s2,
                     const char *s3, int nstr, lua_Integer n1, lua_Integer n2, int nint,
                     FILE *out) {
  struct call k;
  if (c == NULL || out == NULL || c->broken) return CANVAS_USAGE;
  clear_error(c);
  memset(&k, 0, sizeof k);
  k.op = op;
  k.s1 = s1;
  k.s2 = s2;
  k.s3 = s3;
  k.nargs_str = nstr;
  k.n1 = n1;
  k.n2 = n2;
  k.nargs_int = nint;
  k.out = out;
  return run_output(c, &k);
}

int canvas_render(canvas *c, const char *what, const char *segment, int width,
                  int colour, FILE *out) {
  if (what == NULL) return CANVAS_USAGE;
  return output_op(c, "render", segment, what, NULL, 2, width, colour != 0, 2, out);
}

/* canvas_closest's arguments and result, for the protected call. */
struct closest {
  const char *word;
  const char *const *names;
  size_t n;
  lua_Integer found;    /* 1-based index into names, 0 for none */
};

/* Runs in protected mode: api("closest", word, { names... }). */
static int closest_call(lua_State *L) {
  struct closest *k = lua_touserdata(L, 1);
  size_t i;
  lua_getfield(L, LUA_REGISTRYINDEX, HOSTKEY);
  lua_getfield(L, -1, "api");
  lua_pushliteral(L, "closest");
  lua_pushstring(L, k->word);
  lua_createtable(L, k->n < 1000000 ? (int)k->n : 0, 0);
  for (i = 0; i < k->n; i++) {
    lua_pushstring(L, k->names[i] ? k->names[i] : "");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_call(L, 3, 1);
  k->found = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
  return 0;
}

const char *canvas_closest(canvas *c, const char *word, const char *const *names,
                           size_t n) {
  struct closest k;
  if (c == NULL || c->broken || word == NULL || (names == NULL && n > 0)) return NULL;
  k.word = word;
  k.names = names;
  k.n = n;
  k.found = 0;
  lua_pushcfunction(c->L, closest_call);
  lua_pushlightuserdata(c->L, &k);
  if (lua_pcall(c->L, 1, 0, 0) != LUA_OK) {
    keep_error(c);
    return NULL;
  }
  return (k.found >= 1 && (size_t)k.found <= n) ? names[k.found - 1] : NULL;
}

int canvas_export(canvas *c, const char *format, const char *segment, int width, FILE *out) {
  if (format == NULL) return CANVAS_USAGE;
  return output_op(c, "export", format, segment, NULL, 2, width, 0, 1, out);
}

int canvas_diff(canvas *c, const char *old_json, const char *new_json, const char *format,
                FILE *out) {
  if (old_json == NULL || new_json == NULL) return CANVAS_USAGE;
  return output_op(c, "diff", old_json, new_json, format ? format : "text", 3, 0, 0, 0, out);
}

int canvas_help(canvas *c, const char *topic, int width, int quiet, FILE *out) {
  return output_op(c, "help", topic, NULL, NULL, 1, width, quiet != 0, 2, out);
}

int canvas_new_script(canvas *c, const char *name, const char *market, int segments,
                      FILE *out) {
  if (name == NULL) return CANVAS_USAGE;
  return output_op(c, "new_script", name, market, NULL, 2, segments, 0, 1, out);
}

int canvas_explain(canvas *c, const char *id, int width, FILE *out) {
  return output_op(c, "explain", id, NULL, NULL, 1, width, 0, 1, out);
}

int canvas_check(canvas *c) {
  struct call k;
  int ok, status;
  if (c == NULL || c->broken || !c->loaded) return CANVAS_USAGE;
  clear_error(c);
  memset(&k, 0, sizeof k);
  k.op = "check";
  status = run_call(c, &k, &ok);
  if (status != CANVAS_OK) return status;
  if (!ok) return CANVAS_LOAD;
  return (int)k.num;
}

int canvas_set_check_option(canvas *c, const char *name, const char *value) {
  struct call k;
  if (c == NULL || c->broken || name == NULL || value == NULL) return CANVAS_USAGE;
  clear_error(c);
  memset(&k, 0, sizeof k);
  k.op = "check_option";
  k.s1 = name;
  k.s2 = value;
  k.nargs_str = 2;
  if (!call(c, &k)) return CANVAS_USAGE;
  if (k.str != NULL) {
    set_error(c, k.str);
    return CANVAS_USAGE;
  }
  return CANVAS_OK;
}

/* canvas_report_add_list's arguments, for the protected call. */
struct report_add {
  const char *file;
  int status;
  const canvas_diagnostic *list;
  size_t n;
  const char *why;     /* why a failure that left no diagnostic failed */
  const char *fit;     /* the fit of the file's model as JSON text, or NULL */
};

/* Runs in protected mode: api("report_add", file, status, { diagnostics }). */
static int report_add_call(lua_State *L) {
  struct report_add *k = lua_touserdata(L, 1);
  size_t i, n = k->n;
  lua_getfield(L, LUA_REGISTRYINDEX, HOSTKEY);
  lua_getfield(L, -1, "api");
  lua_pushliteral(L, "report_add");
  lua_pushstring(L, k->file);
  lua_pushinteger(L, k->status);
  lua_createtable(L, n < 1000000 ? (int)n : 0, 0);
  for (i = 0; i < n; i++) {
    const canvas_diagnostic *d = &k->list[i];
    lua_createtable(L, 0, 6);
    lua_pushstring(L, d->file);
    lua_setfield(L, -2, "file");
    lua_pushinteger(L, d->line);
    lua_setfield(L, -2, "line");
    lua_pushstring(L, d->severity);
    lua_setfield(L, -2, "severity");
    lua_pushstring(L, d->id);       /* NULL pushes nil */
    lua_setfield(L, -2, "id");
    lua_pushstring(L, d->name);
    lua_setfield(L, -2, "name");
    lua_pushstring(L, d->message);
    lua_setfield(L, -2, "message");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  if (n == 0 && k->status != CANVAS_OK && k->status != CANVAS_FINDINGS) {
    /* a failure that left no diagnostic: the report still says why */
    lua_createtable(L, 0, 4);
    lua_pushstring(L, k->file);
    lua_setfield(L, -2, "file");
    lua_pushinteger(L, 0);
    lua_setfield(L, -2, "line");
    lua_pushliteral(L, "error");
    lua_setfield(L, -2, "severity");
    lua_pushstring(L, k->why ? k->why : "the script could not be checked");
    lua_setfield(L, -2, "message");
    lua_rawseti(L, -2, 1);
  }
  lua_pushstring(L, k->fit);   /* NULL pushes nil */
  lua_call(L, 5, 0);
  return 0;
}

int canvas_report_add_list(canvas *report, const char *file, int status,
                           const canvas_diagnostic *list, size_t n, const char *why,
                           const char *fit) {
  struct report_add k;
  if (report == NULL || report->broken || file == NULL || (list == NULL && n > 0))
    return CANVAS_USAGE;
  k.file = file;
  k.status = status;
  k.list = list;
  k.n = n;
  k.why = why;
  k.fit = report->report_fit ? fit : NULL;
  lua_pushcfunction(report->L, report_add_call);
  lua_pushlightuserdata(report->L, &k);
  if (lua_pcall(report->L, 1, 0, 0) != LUA_OK) {
    keep_error(report);
    return CANVAS_LIMIT;   /* out of memory copying the diagnostics */
  }
  return CANVAS_OK;
}

int canvas_report_wants_fit(canvas *report) { return report != NULL && report->report_fit; }

int canvas_report_text_colour(canvas *report) {
  return report != NULL && !report->broken ? report->report_lines : -1;
}

int canvas_report_add_lines(canvas *report, const char *file, int status, const char *lines) {
  struct call k;
  if (report == NULL || report->broken || file == NULL || lines == NULL) return CANVAS_USAGE;
  memset(&k, 0, sizeof k);
  k.op = "report_add_lines";
  k.s1 = file;
  k.s2 = lines;
  k.nargs_str = 2;
  k.n1 = status;
  k.nargs_int = 1;
  return call(report, &k) ? CANVAS_OK : CANVAS_LIMIT;
}

/* The string that op (with nint integer arguments, n1) returns; NULL if
   the call failed. */
static const char *string_op(canvas *c, const char *op, int nint, lua_Integer n1) {
  struct call k;
  if (c == NULL || c->broken) return NULL;
  memset(&k, 0, sizeof k);
  k.op = op;
  k.n1 = n1;
  k.nargs_int = nint;
  return call(c, &k) ? k.str : NULL;
}

const char *canvas_diagnostic_lines(canvas *c, int colour) {
  return string_op(c, "diagnostic_lines", 1, colour != 0);
}

const char *canvas_fit_json(canvas *c) { return string_op(c, "fit_json", 0, 0); }

int canvas_warm_check(canvas *c, int fit) {
  struct call k;
  if (c == NULL || c->broken) return CANVAS_USAGE;
  memset(&k, 0, sizeof k);
  k.op = "warm_check";
  k.n1 = fit != 0;
  k.nargs_int = 1;
  if (!call(c, &k)) return CANVAS_LIMIT;
  /* a full collection now, so that the copies do not begin one: a small
     script's check ends before the heap has grown enough for the next, and
     the copied pages stay shared */
  lua_gc(c->L, LUA_GCCOLLECT);
  return CANVAS_OK;
}

int canvas_fresh(canvas *c) {
  struct call k;
  if (c == NULL || c->broken) return CANVAS_USAGE;
  memset(&k, 0, sizeof k);
  k.op = "fresh";
  if (!call(c, &k)) return CANVAS_LIMIT;
  return CANVAS_OK;
}

void canvas_use_own_memory(canvas *c) {
  if (c != NULL && !c->broken) canvas_limits_use_arena(c->L, CANVAS_ARENA_RESERVE);
}

canvas_diagnostic *canvas_diagnostics(canvas *c, size_t *n) {
  size_t i, count = canvas_diagnostic_count(c);
  canvas_diagnostic *list = malloc((count > 0 ? count : 1) * sizeof *list);
  *n = 0;
  if (list == NULL) return NULL;
  for (i = 0; i < count; i++)
    if (canvas_get_diagnostic(c, i, &list[*n]) == CANVAS_OK) (*n)++;
  return list;
}

int canvas_report_add(canvas *report, canvas *from, const char *file, int status) {
  canvas_diagnostic *list;
  size_t n;
  const char *fit = NULL;
  int r;
  if (report == NULL || report->broken || from == NULL || file == NULL) return CANVAS_USAGE;
  if (report->report_fit && (status == CANVAS_OK || status == CANVAS_FINDINGS))
    fit = canvas_fit_json(from);
  if ((list = canvas_diagnostics(from, &n)) == NULL) {
    set_error(report, "not enough memory");
    return CANVAS_LIMIT;
  }
  r = canvas_report_add_list(report, file, status, list, n, canvas_error(from), fit);
  free(list);
  return r;
}

int canvas_report_begin(canvas *report, const char *format, int colour, FILE *out) {
  struct call k;
  if (report == NULL || report->broken || format == NULL) return CANVAS_USAGE;
  int summary = strcmp(format, "summary") == 0;
  report->report_fit = strcmp(format, "json") == 0 || summary;
  report->report_lines = strcmp(format, "text") == 0 ? colour != 0 : -1;
  if (strcmp(format, "text") != 0 && !summary) return CANVAS_OK;
  if (out == NULL) return CANVAS_USAGE;
  memset(&k, 0, sizeof k);
  k.op = "report_stream";
  k.n1 = colour != 0;
  k.n2 = summary;
  k.nargs_int = 2;
  k.out = out;
  return call(report, &k) ? CANVAS_OK : CANVAS_LIMIT;
}

int canvas_report_write(canvas *report, const char *format, int colour, FILE *out) {
  struct call k;
  if (report == NULL || report->broken || format == NULL || out == NULL) return CANVAS_USAGE;
  clear_error(report);
  memset(&k, 0, sizeof k);
  k.op = "report_write";
  k.s1 = format;
  k.nargs_str = 1;
  k.n1 = colour != 0;
  k.nargs_int = 1;
  k.out = out;
  return run_output(report, &k);
}

int canvas_load_file(canvas *c, const char *path) {
  if (path == NULL) return CANVAS_USAGE;
  return load(c, "load_file", path, 0, NULL);
}

int canvas_load_buffer(canvas *c, const char *code, size_t len, const char *path) {
  if (code == NULL || path == NULL) return CANVAS_USAGE;
  return load(c, "load_buffer", len ? code : "", len, path);
}

int canvas_load_string(canvas *c, const char *code, size_t len,
                       const char *name) {
  if (code == NULL) return CANVAS_USAGE;
  if (len == 0) return load(c, "load_string", "", 0, name ? name : "(string)");
  return load(c, "load_string", code, len, name ? name : "(string)");
}

static lua_Integer count(canvas *c, const char *op, lua_Integer n1,
                         const char *s) {
  struct call k;
  memset(&k, 0, sizeof k);
  k.op = op;
  k.n1 = n1;
  k.s1 = s;
  k.nargs_str = s ? 1 : 0;
  k.nargs_int = 1;
  return call(c, &k) ? k.num : 0;
}

size_t canvas_diagnostic_count(canvas *c) {
  return (size_t)count(c, "diagnostic_count", 0, NULL);
}

int canvas_get_diagnostic(canvas *c, size_t i, canvas_diagnostic *out) {
  struct call k;
  if (out == NULL) return CANVAS_USAGE;
  memset(&k, 0, sizeof k);
  memset(out, 0, sizeof *out);
  k.op = "diagnostic";
  k.n1 = (lua_Integer)i + 1;
  k.nargs_int = 1;
  k.diag = out;
  if (!call(c, &k) || k.num != 1) return CANVAS_USAGE;
  return CANVAS_OK;
}

const char *canvas_error(canvas *c) {
  struct call k;
  if (c == NULL) return NULL;
  if (c->broken)
    return c->lasterr ? c->lasterr : "the interpreter could not be set up";
  if (c->lasterr != NULL) return c->lasterr;
  memset(&k, 0, sizeof k);
  k.op = "first_error";
  if (call(c, &k)) return k.str;
  return c->lasterr;
}

static const char *text(canvas *c, const char *op, size_t seg,
                        const char *category, size_t i, const char *field) {
  struct call k;
  memset(&k, 0, sizeof k);
  k.op = op;
  k.s1 = category;
  k.s2 = field;
  k.nargs_str = field ? 2 : 1;
  k.n1 = (lua_Integer)seg + 1;
  k.n2 = (lua_Integer)i + 1;
  k.nargs_int = 2;
  return call(c, &k) ? k.str : NULL;
}

const char *canvas_name(canvas *c) {
  struct call k;
  memset(&k, 0, sizeof k);
  k.op = "canvas_name";
  return call(c, &k) ? k.str : NULL;
}

size_t canvas_segment_count(canvas *c) {
  return (size_t)count(c, "segment_count", 0, NULL);
}

const char *canvas_segment_name(canvas *c, size_t segment) {
  return text(c, "segment_name", segment, NULL, 0, NULL);
}

size_t canvas_note_count(canvas *c, size_t segment, const char *category) {
  if (category == NULL) return 0;
  return (size_t)count(c, "note_count", (lua_Integer)segment + 1, category);
}

const char *canvas_note_text(canvas *c, size_t segment, const char *category,
                             size_t i) {
  if (category == NULL) return NULL;
  return text(c, "note_text", segment, category, i, NULL);
}

const char *canvas_field(canvas *c, size_t segment, const char *category,
                         size_t note, const char *field) {
  if (field == NULL) return NULL;
  return text(c, "field", segment, category ? category : "", note, field);
}

size_t canvas_unresolved_count(canvas *c) {
  return (size_t)count(c, "unresolved_count", 0, NULL);
}

/* ------------------------------------------------------------------------
** The interactive side
** --------------------------------------------------------------------- */

int canvas_eval(canvas *c, const char *chunk, size_t len, FILE *out) {
  struct call k;
  int ok, status;
  if (c == NULL || chunk == NULL || out == NULL || c->broken) return CANVAS_USAGE;
  clear_error(c);
  memset(&k, 0, sizeof k);
  k.op = "eval";
  k.s1 = chunk;
  k.len1 = len;
  k.nargs_str = 1;
  k.name = "stdin";
  k.out = out;
  c->loaded = 1;
  status = run_call(c, &k, &ok);
  fflush(out);
  if (status != CANVAS_OK) return status;
  if (!ok) return CANVAS_LOAD;
  return (int)k.num;
}

int canvas_complete(canvas *c, const char *line, size_t start, size_t end,
                    canvas_add_fn add, void *ud) {
  struct call k;
  int ok, status;
  if (c == NULL || line == NULL || add == NULL || c->broken) return CANVAS_USAGE;
  if (start > end || end > strlen(line)) return CANVAS_USAGE;
  clear_error(c);
  memset(&k, 0, sizeof k);
  k.op = "complete";
  k.s1 = line;
  k.len1 = end;            /* the text up to the cursor */
  k.nargs_str = 1;
  k.n1 = (lua_Integer)start + 1;
  k.n2 = (lua_Integer)end;
  k.nargs_int = 2;
  k.add = add;
  k.ud = ud;
  status = run_call(c, &k, &ok);
  if (status != CANVAS_OK) return status;
  return ok ? CANVAS_OK : CANVAS_LOAD;
}

/* Runs in protected mode: stores the reader's address in the registry. */
static int set_reader(lua_State *L) {
  lua_pushvalue(L, 1);
  lua_setfield(L, LUA_REGISTRYINDEX, CANVAS_READER_KEY);
  return 0;
}

int canvas_set_reader(canvas *c, canvas_read_fn read, void *ud) {
  if (c == NULL || c->broken) return CANVAS_USAGE;
  c->reader.fn = read;
  c->reader.ud = ud;
  lua_pushcfunction(c->L, set_reader);
  lua_pushlightuserdata(c->L, &c->reader);
  if (lua_pcall(c->L, 1, 0, 0) != LUA_OK) {
    keep_error(c);
    return CANVAS_LOAD;
  }
  return CANVAS_OK;
}

/* One history op: "history_load" (entries to add), "history_add",
** "history_save"; a string back is why it failed. */
static int history_op(canvas *c, const char *op, const char *entry,
                      canvas_add_fn add, void *ud) {
  struct call k;
  int ok;
  if (c == NULL || c->broken) return CANVAS_USAGE;
  clear_error(c);
  memset(&k, 0, sizeof k);
  k.op = op;
  k.s1 = entry;
  k.nargs_str = entry != NULL ? 1 : 0;
  k.add = add;
  k.ud = ud;
  ok = call(c, &k);
  if (!ok) return CANVAS_LOAD;
  if (k.str != NULL) {
    set_error(c, k.str);
    return CANVAS_LOAD;
  }
  return CANVAS_OK;
}

int canvas_history_load(canvas *c, canvas_add_fn add, void *ud) {
  if (add == NULL) return CANVAS_USAGE;
  return history_op(c, "history_load", NULL, add, ud);
}

int canvas_history_add(canvas *c, const char *entry) {
  if (entry == NULL) return CANVAS_USAGE;
  return history_op(c, "history_add", entry, NULL, NULL);
}

int canvas_history_save(canvas *c) {
  return history_op(c, "history_save", NULL, NULL, NULL);
}

/* See canvas_internal.h. */
const char *canvas_call_text(canvas *c, const char *op, const char *arg, size_t len,
                             size_t *rlen, int *status, int limited) {
  struct call k;
  int ok;
  *rlen = 0;
  *status = CANVAS_USAGE;
  if (c == NULL || c->broken || arg == NULL) return NULL;
  clear_error(c);
  memset(&k, 0, sizeof k);
  k.op = op;
  k.s1 = len ? arg : "";
  k.len1 = len;
  k.nargs_str = 1;
  if (limited) {
    *status = run_call(c, &k, &ok);
    if (*status != CANVAS_OK) return NULL;
  } else {
    ok = call(c, &k);
    *status = CANVAS_OK;
  }
  if (!ok || k.str == NULL) {
    *status = CANVAS_LOAD;
    return NULL;
  }
  *rlen = k.slen;
  return k.str;
}

/* Runs in protected mode: registry[CANVAS_LSP_KEY] = the connection (1). */
static int set_lsp(lua_State *L) {
  lua_pushvalue(L, 1);
  lua_setfield(L, LUA_REGISTRYINDEX, CANVAS_LSP_KEY);
  return 0;
}

int canvas_set_lsp_host(canvas *c, struct canvas_lsp_host *h) {
  if (c == NULL || c->broken) return CANVAS_USAGE;
  lua_pushcfunction(c->L, set_lsp);
  if (h == NULL) lua_pushnil(c->L);
  else lua_pushlightuserdata(c->L, h);
  if (lua_pcall(c->L, 1, 0, 0) != LUA_OK) {
    keep_error(c);
    return CANVAS_USAGE;
  }
  return CANVAS_OK;
}

size_t canvas_get_max_memory(canvas *c) {
  return (c == NULL || c->broken) ? 0 : c->max_memory;
}
