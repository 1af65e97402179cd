/*
** host.c: what the stdlib needs from the operating system and from Lua's C
** side: reading script files safely, resolving paths (and whether a path
** is a link), the position of the user's code on the call stack, and the
** embedded stdlib modules; and a few loops that checks, resolving and
** reports run too often for Lua (wordset, wordmap, any_of, printable,
** finding_line, sort_integers, text_key, find_lower, newtable, sound_lists,
** sound_fields) and the JSON writer of the findings formats.
*/
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <locale.h>
#include <wchar.h>
#include <fcntl.h>
#include <limits.h>
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <lauxlib.h>
#include <lua.h>

#include "host.h"
#include "canvas_limits.h"
#include "stdlib_data.h"
#include "wordmap.h"

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
  /* room for the whole file as stat saw it, and a byte to see its end in
     the same read; a file that grows meanwhile is read on */
  luaL_buffinitsize(L, &b, (size_t)st.st_size + 1);
  for (;;) {
    size_t room = (size_t)st.st_size + 1 > luaL_bufflen(&b)
                      ? (size_t)st.st_size + 1 - luaL_bufflen(&b) : LUAL_BUFFERSIZE;
    char *p = luaL_prepbuffsize(&b, room);
    ssize_t n = read(fd, p, room);
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

/* exists(path) -> whether path names something (stat follows links): one
   system call where realpath makes one for each part of the path. */
static int l_exists(lua_State *L) {
  struct stat st;
  lua_pushboolean(L, stat(luaL_checkstring(L, 1), &st) == 0);
  return 1;
}

/* is_link(path) -> whether path itself is a symbolic link (lstat): with the
   real path of its folder known, the real path of a file that is not a
   link is the folder's and its name, found with one system call. */
static int l_is_link(lua_State *L) {
  struct stat st;
  lua_pushboolean(L, lstat(luaL_checkstring(L, 1), &st) == 0 && S_ISLNK(st.st_mode));
  return 1;
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
    if (strncmp(ar.source, CANVAS_STDLIB_PREFIX, sizeof CANVAS_STDLIB_PREFIX - 1) == 0)
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
    const char *name = m->chunkname + sizeof CANVAS_STDLIB_PREFIX - 1;
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

/*
** The stream kept in registry field `key` (set by canvas.c), or stdout.
** write() sends views to CANVAS_OUT_KEY's; print() sends what a script
** prints to CANVAS_PRINT_KEY's.
*/
static FILE *stream(lua_State *L, const char *key) {
  FILE *f;
  lua_getfield(L, LUA_REGISTRYINDEX, key);
  f = (FILE *)lua_touserdata(L, -1);
  lua_pop(L, 1);
  return f ? f : stdout;
}

/* Writes the string arguments to f; raises an error when it cannot. */
static int write_to(lua_State *L, FILE *f) {
  int i, n = lua_gettop(L);
  for (i = 1; i <= n; i++) {
    size_t len;
    const char *s = luaL_checklstring(L, i, &len);
    if (fwrite(s, 1, len, f) != len)
      return luaL_error(L, "cannot write the output: %s", strerror(errno));
  }
  return 0;
}

/* write(s...) -> writes to the view's output stream */
static int l_write(lua_State *L) { return write_to(L, stream(L, CANVAS_OUT_KEY)); }

/* print(s...) -> writes to the stream for the script's own output */
static int l_print(lua_State *L) { return write_to(L, stream(L, CANVAS_PRINT_KEY)); }

static int noclose(lua_State *L) {
  lua_pushnil(L);
  lua_pushliteral(L, "the script's output stream cannot be closed");
  return 2;
}

/*
** print_file() -> a Lua file handle on the script's output stream, which
** closing leaves open (for io.output under --trust), or nil when the
** stream is standard output.
*/
static int print_file(lua_State *L) {
  FILE *f = stream(L, CANVAS_PRINT_KEY);
  luaL_Stream *p;
  if (f == stdout) return 0;
  p = (luaL_Stream *)lua_newuserdatauv(L, sizeof *p, 0);
  p->closef = NULL;               /* not yet a valid handle */
  luaL_setmetatable(L, LUA_FILEHANDLE);
  p->f = f;
  p->closef = noclose;
  return 1;
}

/* getenv(name) -> value | nil */
static int l_getenv(lua_State *L) {
  const char *v = getenv(luaL_checkstring(L, 1));
  if (v == NULL) lua_pushnil(L);
  else lua_pushstring(L, v);
  return 1;
}

/*
** mkdir(path, mode) -> true | nil, reason
** Makes one folder with the given permissions (an existing folder is
** fine, and keeps its own).
*/
static int l_mkdir(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  mode_t mode = (mode_t)luaL_checkinteger(L, 2);
  struct stat st;
  if (mkdir(path, mode) == 0 || (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))) {
    lua_pushboolean(L, 1);
    return 1;
  }
  lua_pushnil(L);
  lua_pushstring(L, strerror(errno));
  return 2;
}

/*
** write_file(path, data [, mode]) -> true | nil, reason
** Writes the file atomically: a temporary file in the same folder, written
** whole and flushed to disk, then renamed over `path`. A failure leaves
** `path` as it was and no temporary file behind. A new file gets `mode`
** (default 0666, less the umask); an existing one keeps its permissions
** unless `mode` is given.
*/
static int l_write_file(lua_State *L) {
  size_t len, off = 0;
  const char *path = luaL_checkstring(L, 1);
  const char *data = luaL_checklstring(L, 2, &len);
  int have_mode = !lua_isnoneornil(L, 3);
  mode_t mode = have_mode ? (mode_t)luaL_checkinteger(L, 3) : 0;
  const char *slash = strrchr(path, '/');
  char tmp[PATH_MAX];
  struct stat st;
  int fd, n, e;
  if (slash == NULL)
    n = snprintf(tmp, sizeof tmp, ".%s.XXXXXX", path);
  else
    n = snprintf(tmp, sizeof tmp, "%.*s/.%s.XXXXXX", (int)(slash - path), path, slash + 1);
  if (n < 0 || (size_t)n >= sizeof tmp) {
    lua_pushnil(L);
    lua_pushliteral(L, "the path is too long");
    return 2;
  }
  if (!have_mode) {
    if (stat(path, &st) == 0) {
      mode = st.st_mode & 07777;
    } else {
      mode_t mask = umask(0);
      umask(mask);
      mode = 0666 & ~mask;
    }
  }
  fd = mkstemp(tmp);
  if (fd < 0) goto fail;
  while (off < len) {
    ssize_t w = write(fd, data + off, len - off);
    if (w < 0) {
      if (errno == EINTR) continue;
      goto fail_fd;
    }
    off += (size_t)w;
  }
  if (fchmod(fd, mode) != 0 || fsync(fd) != 0) goto fail_fd;
  if (close(fd) != 0) {
    fd = -1;
    goto fail_fd;
  }
  if (rename(tmp, path) != 0) {
    fd = -1;
    goto fail_fd;
  }
  lua_pushboolean(L, 1);
  return 1;
fail_fd:
  e = errno;
  if (fd >= 0) close(fd);
  unlink(tmp);
  errno = e;
fail:
  lua_pushnil(L);
  lua_pushstring(L, strerror(errno));
  return 2;
}

/*
** read_line(prompt) -> line | nil, "end" | "interrupted" | "none"
** Asks the person at the keyboard through the reader the host program set
** (canvas_set_reader): the REPL's, with line editing. The time spent
** waiting does not count against the time limit. Without a reader (a
** script run from a file) there is nobody to ask: nil, "none".
*/
static int read_line(lua_State *L) {
  const char *prompt = luaL_optstring(L, 1, "");
  struct canvas_reader *r;
  char *line;
  int interrupted = 0;
  lua_getfield(L, LUA_REGISTRYINDEX, CANVAS_READER_KEY);
  r = (struct canvas_reader *)lua_touserdata(L, -1);
  lua_pop(L, 1);
  if (r == NULL || r->fn == NULL) {
    lua_pushnil(L);
    lua_pushliteral(L, "none");
    return 2;
  }
  line = r->fn(r->ud, prompt, &interrupted);
  canvas_limits_restart_clock(L);
  if (line == NULL) {
    lua_pushnil(L);
    if (interrupted) lua_pushliteral(L, "interrupted");
    else lua_pushliteral(L, "end");
    return 2;
  }
  lua_pushstring(L, line);   /* a memory error here would leak line */
  free(line);
  return 1;
}

/* isatty(name) -> whether "stdin", "stdout" or "stderr" is a terminal */
static int l_isatty(lua_State *L) {
  static const char *const names[] = {"stdin", "stdout", "stderr", NULL};
  int fd = luaL_checkoption(L, 1, NULL, names);
  lua_pushboolean(L, isatty(fd));
  return 1;
}

/* examples/template.lua, built in (see the Makefile) */
extern const unsigned char canvas_template[];
extern const size_t canvas_template_len;

/* template() -> the text of examples/template.lua, for canvas new */
static int l_template(lua_State *L) {
  lua_pushlstring(L, (const char *)canvas_template, canvas_template_len);
  return 1;
}

/* killed() -> whether a limit has stopped the current run */
static int killed(lua_State *L) {
  lua_pushboolean(L, canvas_limits_killed(L));
  return 1;
}

/* The language server's connection, or a Lua error outside canvas_lsp. */
static struct canvas_lsp_host *lsp_host(lua_State *L) {
  struct canvas_lsp_host *h;
  lua_getfield(L, LUA_REGISTRYINDEX, CANVAS_LSP_KEY);
  h = (struct canvas_lsp_host *)lua_touserdata(L, -1);
  lua_pop(L, 1);
  if (h == NULL) luaL_error(L, "no language server is running");
  return h;
}

/* lsp_send(json) -> true | false: one message to the client. */
static int lsp_send(lua_State *L) {
  size_t len;
  const char *json = luaL_checklstring(L, 1, &len);
  lua_pushboolean(L, lsp_host(L)->send(lsp_host(L)->ud, json, len));
  return 1;
}

/*
** lsp_doc(action, uri [, payload [, extra]]) -> JSON text | nil: asks the
** interpreter of document uri (see struct canvas_lsp_host).
*/
static int lsp_doc(lua_State *L) {
  struct canvas_lsp_host *h = lsp_host(L);
  size_t plen = 0, rlen = 0;
  const char *action = luaL_checkstring(L, 1);
  const char *uri = luaL_checkstring(L, 2);
  const char *payload = luaL_optlstring(L, 3, "", &plen);
  const char *extra = luaL_optstring(L, 4, "");
  const char *r = h->doc(h->ud, action, uri, payload, plen, extra, &rlen);
  if (r == NULL) lua_pushnil(L);
  else lua_pushlstring(L, r, rlen);
  return 1;
}

/* Pushes the next word of s from *pos on (and moves *pos past it); 0 at the end. */
static int push_word(lua_State *L, const char *s, size_t len, size_t *pos) {
  size_t i = *pos, start;
  while (i < len && isspace((unsigned char)s[i])) i++;
  if (i == len) return 0;
  start = i;
  while (i < len && !isspace((unsigned char)s[i])) i++;
  lua_pushlstring(L, s + start, i - start);
  *pos = i;
  return 1;
}

/*
** wordset(words, value [, into]) -> into: into[w] = value for each word of
** the text `words`; a new table when `into` is nil, made with room for
** every word. The stdlib's word lists (stdlib/checks/wording.lua) are
** thousands of words, read at every check: in Lua, splitting them took
** longer than any rule.
*/
static int wordset(lua_State *L) {
  size_t len, pos = 0;
  const char *s = luaL_checklstring(L, 1, &len);
  luaL_checkany(L, 2);
  if (lua_isnoneornil(L, 3)) {
    lua_settop(L, 2);
    lua_createtable(L, 0, (int)canvas_count_words(s, len));
  } else {
    luaL_checktype(L, 3, LUA_TTABLE);
    lua_settop(L, 3);
  }
  while (push_word(L, s, len, &pos)) {
    lua_pushvalue(L, 2);
    lua_rawset(L, 3);
  }
  return 1;
}


/*
** any_of(s, bytes) -> position | nil: where s first has one of the bytes
** of `bytes`, as string.find(s, "[...]") would say, at a fraction of the
** cost: the wording checks ask it of every note ("has it a digit?").
*/
static int any_of(lua_State *L) {
  size_t len, nset, i;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &len);
  const unsigned char *set = (const unsigned char *)luaL_checklstring(L, 2, &nset);
  unsigned char in[256] = {0};
  for (i = 0; i < nset; i++) in[set[i]] = 1;
  for (i = 0; i < len; i++)
    if (in[s[i]]) {
      lua_pushinteger(L, (lua_Integer)i + 1);
      return 1;
    }
  lua_pushnil(L);
  return 1;
}

/*
** text_key(s [, as_is]) -> integer | nil: the key by which the checks
** compare notes (stdlib/checks/pass.lua): a 64-bit FNV-1a hash of
** wording.normalize(s), made without the lower-cased string that
** normalize would make (on a large canvas, making that string for every
** note was most of the cost of comparing them). The bytes are lowered by
** tolower(), as string.lower lowers them. When s needs more than lower
** case to be normalised (white space at an end or inside, or a final
** mark: the slow path of normalize), it gives nil, and the caller asks
** again with normalize(s) and as_is. Equal texts give equal keys; two
** texts may share a key without being equal, so a caller that finds a
** key taken compares the texts.
*/
static const unsigned char TRAIL_BYTES[] = " .!?,;:\246";

static int text_key(lua_State *L) {
  size_t len, i;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &len);
  int as_is = lua_toboolean(L, 2);
  uint64_t h = 14695981039346656037u;           /* FNV-1a, 64 bits */
  if (!as_is && len > 0) {
    unsigned char last = (unsigned char)tolower(s[len - 1]);
    if (tolower(s[0]) == ' ' || (last != 0 && strchr((const char *)TRAIL_BYTES, last) != NULL)) {
      lua_pushnil(L);
      return 1;
    }
  }
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)tolower(s[i]);
    if (!as_is && (c == '\t' || c == '\n' || c == '\r' || c == 0xC2 ||
                   (c == ' ' && i + 1 < len && tolower(s[i + 1]) == ' '))) {
      lua_pushnil(L);
      return 1;
    }
    h = (h ^ c) * 1099511628211u;
  }
  lua_pushinteger(L, (lua_Integer)h);
  return 1;
}

/*
** find_lower(s, word) -> boolean: whether `word` (lower case) occurs in
** lower(s), as string.find(string.lower(s), word, 1, true) would say,
** without making the lower-cased string (the checks ask it of every note
** that might name a product).
*/
static int find_lower(lua_State *L) {
  size_t len, wlen, i, k;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &len);
  const unsigned char *w = (const unsigned char *)luaL_checklstring(L, 2, &wlen);
  if (wlen == 0) {
    lua_pushboolean(L, 1);
    return 1;
  }
  for (i = 0; i + wlen <= len; i++) {
    for (k = 0; k < wlen && (unsigned char)tolower(s[i + k]) == w[k]; k++) {}
    if (k == wlen) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  lua_pushboolean(L, 0);
  return 1;
}

/*
** prefixed(list, key, prefix, from, max) -> matches, next: the strings
** t[key], read raw, of the tables t in list[from], list[from + 1] ... up
** to its raw length, that begin with `prefix`, in order, at most `max` of
** them. `next` is where to go on from when the walk stopped at max, else nil.
** REPL completion walks every note of a large canvas this way: no
** metamethod runs, and no Lua step is taken per note (in Lua, the walk of
** a million notes took longer than a key press may).
*/
static int prefixed(lua_State *L) {
  size_t plen, len;
  lua_Integer i, n, from, max, found = 0;
  const char *prefix, *s;
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checkany(L, 2);
  prefix = luaL_checklstring(L, 3, &plen);
  from = luaL_optinteger(L, 4, 1);
  max = luaL_optinteger(L, 5, LUA_MAXINTEGER);
  n = (lua_Integer)lua_rawlen(L, 1);
  lua_settop(L, 3);
  lua_newtable(L);                                      /* 4: the matches */
  for (i = from < 1 ? 1 : from; i <= n; i++) {
    int t;
    if (found >= max) {
      lua_pushinteger(L, i);
      return 2;
    }
    if (lua_rawgeti(L, 1, i) != LUA_TTABLE) {
      lua_pop(L, 1);
      continue;
    }
    lua_pushvalue(L, 2);
    t = lua_rawget(L, -2);
    lua_remove(L, -2);                                  /* the item */
    if (t == LUA_TSTRING) {
      s = lua_tolstring(L, -1, &len);
      if (len >= plen && memcmp(s, prefix, plen) == 0) {
        lua_rawseti(L, 4, ++found);
        continue;
      }
    }
    lua_pop(L, 1);
  }
  lua_pushnil(L);
  return 2;
}

/*
** A list of strings kept end to end in one block, each after its length:
** strlist() makes one, strlist_add(list, s) adds s at its end, and
** strlist_prefixed(list, prefix, from, max) -> matches, next gives the
** strings that begin with `prefix`, in order, from byte `from` (1 at
** first), at most `max` of them, and then where to go on from, else nil.
** The model keeps the ids of each category in one (the completion of ids
** on a canvas of a million notes, each with an id, reads a few megabytes in
** one sweep instead of a million strings all over the heap). The block is
** a userdata, so the interpreter's memory limit counts it.
*/
#define STRLIST "canvas.strlist"
struct strlist { size_t len, cap; };

static int strlist_new(lua_State *L) {
  struct strlist *sl = lua_newuserdatauv(L, sizeof *sl, 1);
  sl->len = sl->cap = 0;
  luaL_setmetatable(L, STRLIST);
  return 1;
}

static int strlist_add(lua_State *L) {
  struct strlist *sl = luaL_checkudata(L, 1, STRLIST);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  uint32_t len32;
  char *data;
  if (n > UINT32_MAX) return luaL_error(L, "strlist_add: string too long");
  lua_getiuservalue(L, 1, 1);
  data = lua_touserdata(L, -1);
  if (sl->cap - sl->len < n + sizeof len32) {
    size_t cap = sl->cap < 4096 ? 4096 : sl->cap;
    char *grown;
    while (cap - sl->len < n + sizeof len32) {
      if (cap > ((size_t)-1) / 2) return luaL_error(L, "strlist_add: too long");
      cap *= 2;
    }
    grown = lua_newuserdatauv(L, cap, 0);
    if (sl->len > 0) memcpy(grown, data, sl->len);
    lua_setiuservalue(L, 1, 1);
    data = grown;
    sl->cap = cap;
  }
  len32 = (uint32_t)n;
  memcpy(data + sl->len, &len32, sizeof len32);
  memcpy(data + sl->len + sizeof len32, s, n);
  sl->len += sizeof len32 + n;
  return 0;
}

static int strlist_prefixed(lua_State *L) {
  struct strlist *sl = luaL_checkudata(L, 1, STRLIST);
  size_t plen, at;
  const char *prefix = luaL_checklstring(L, 2, &plen);
  lua_Integer from = luaL_optinteger(L, 3, 1), max = luaL_optinteger(L, 4, LUA_MAXINTEGER);
  lua_Integer found = 0;
  const char *data;
  lua_settop(L, 4);
  lua_getiuservalue(L, 1, 1);
  data = lua_touserdata(L, 5);
  lua_newtable(L);                                      /* 6: the matches */
  at = from < 1 ? 0 : (size_t)(from - 1);
  while (at + sizeof(uint32_t) <= sl->len && data != NULL) {
    uint32_t n;
    if (found >= max) {
      lua_pushinteger(L, (lua_Integer)at + 1);
      return 2;
    }
    memcpy(&n, data + at, sizeof n);
    at += sizeof n;
    if (n > sl->len - at) break;                        /* not a string's start */
    if (n >= plen && memcmp(data + at, prefix, plen) == 0) {
      lua_pushlstring(L, data + at, n);
      lua_rawseti(L, 6, ++found);
    }
    at += n;
  }
  lua_pushnil(L);
  return 2;
}

/*
** sound_lists(obj, lists) -> 0, or the position in lists of the first list
** of obj that a script broke. lists holds { name, class, label } triples;
** obj's list name (read raw) must be a table without a metatable whose items
** 1..# are tables with the metatable class, a string as their raw field
** label, a file that is nil or a string and a line that is nil or an
** integer. Resolving asks it of every segment and value proposition
** (lang/resolve.lua), so that what a script stored in a list or in a note
** after declaring it cannot reach ranking and the checks: a loop in C, with
** no call into Lua for each note.
*/
static int item_whole(lua_State *L, int item, int class, int label, int kfile, int kline) {
  int t;
  if (lua_type(L, item) != LUA_TTABLE || !lua_getmetatable(L, item)) return 0;
  t = lua_rawequal(L, -1, class);
  lua_pop(L, 1);
  if (!t) return 0;
  lua_pushvalue(L, label);
  t = lua_rawget(L, item);
  lua_pop(L, 1);
  if (t != LUA_TSTRING) return 0;
  lua_pushvalue(L, kfile);
  t = lua_rawget(L, item);
  lua_pop(L, 1);
  if (t != LUA_TNIL && t != LUA_TSTRING) return 0;
  lua_pushvalue(L, kline);
  t = lua_rawget(L, item);
  t = t == LUA_TNIL || (t == LUA_TNUMBER && lua_isinteger(L, -1));
  lua_pop(L, 1);
  return t;
}

static int sound_lists(lua_State *L) {
  lua_Integer k, nlists;
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_settop(L, 2);
  luaL_checkstack(L, 12, "sound_lists");
  lua_pushliteral(L, "file");                          /* 3 */
  lua_pushliteral(L, "line");                          /* 4 */
  nlists = (lua_Integer)lua_rawlen(L, 2);
  for (k = 1; k <= nlists; k++) {
    lua_Integer i, n;
    int whole = 1;
    lua_settop(L, 4);
    if (lua_rawgeti(L, 2, k) != LUA_TTABLE) return luaL_error(L, "sound_lists: bad list spec");
    lua_rawgeti(L, 5, 1);                              /* 6: the list's name */
    lua_rawgeti(L, 5, 2);                              /* 7: the items' class */
    lua_rawgeti(L, 5, 3);                              /* 8: the items' label */
    lua_pushvalue(L, 6);
    if (lua_rawget(L, 1) != LUA_TTABLE || lua_getmetatable(L, 9)) {   /* 9: the list */
      lua_pushinteger(L, k);
      return 1;
    }
    n = (lua_Integer)lua_rawlen(L, 9);
    for (i = 1; i <= n && whole; i++) {
      lua_rawgeti(L, 9, i);                            /* 10: the item */
      whole = item_whole(L, 10, 7, 8, 3, 4);
      lua_pop(L, 1);
    }
    if (!whole) {
      lua_pushinteger(L, k);
      return 1;
    }
  }
  lua_pushinteger(L, 0);
  return 1;
}

/*
** sound_fields(obj, names, types) -> nil, or the first of names (an array
** of field names) whose value in obj (read raw) is neither nil nor of the
** type at the same place in types (names of Lua types, as type() gives
** them). Resolving asks it of every object of the model before a view or
** an export (lang/resolve.lua) with the fields of the object's category, so
** that a field a script stored after the declaration, of a type the field
** never holds, cannot reach them: a loop in C, with no call into Lua for
** each note.
*/
static int sound_fields(lua_State *L) {
  lua_Integer i, n;
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  luaL_checktype(L, 3, LUA_TTABLE);
  lua_settop(L, 3);
  n = (lua_Integer)lua_rawlen(L, 2);
  for (i = 1; i <= n; i++) {
    int t;
    lua_rawgeti(L, 2, i);                              /* 4: the name */
    lua_pushvalue(L, 4);
    t = lua_rawget(L, 1);                              /* 5: its value */
    if (t != LUA_TNIL) {
      int wrong;
      lua_rawgeti(L, 3, i);                            /* 6: the type it takes */
      wrong = lua_type(L, 6) == LUA_TSTRING && strcmp(lua_tostring(L, 6), lua_typename(L, t)) != 0;
      if (wrong) {
        lua_settop(L, 4);
        return 1;                                      /* the name */
      }
    }
    lua_settop(L, 3);
  }
  lua_pushnil(L);
  return 1;
}

/*
** newtable(narray [, nhash]) -> a new empty table with room for narray
** list items and nhash keys, so that filling it does not grow it step by
** step (Lua's own constructors size a table only from what they list). The
** sizes are a hint: each is taken as at most 2^20.
*/
static int newtable(lua_State *L) {
  lua_Integer na = luaL_checkinteger(L, 1), nh = luaL_optinteger(L, 2, 0);
  const lua_Integer most = (lua_Integer)1 << 20;
  luaL_argcheck(L, na >= 0, 1, "a size of 0 or more");
  luaL_argcheck(L, nh >= 0, 2, "a size of 0 or more");
  lua_createtable(L, (int)(na < most ? na : most), (int)(nh < most ? nh : most));
  return 1;
}

/*
** Whether the len bytes at s are all printable ASCII (space to ~): eight at
** a time (a byte with its high bit set, below space, or DEL shows in the
** high bits of the word), then the rest one by one.
*/
static int all_printable(const unsigned char *s, size_t len) {
  const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  size_t i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t v, del;
    memcpy(&v, s + i, sizeof v);
    del = v ^ (ones * 0x7F);   /* DEL becomes a zero byte */
    if ((v | ((v - ones * 0x20) & ~v) | ((del - ones) & ~del)) & highs) return 0;
  }
  for (; i < len; i++)
    if (s[i] < 0x20 || s[i] > 0x7E) return 0;
  return 1;
}

/*
** printable(s [, except]) -> boolean: whether every byte of s is printable
** ASCII (space to ~) and none is a byte of `except`, so that escaping s
** changes nothing: for a terminal (util/text's escape), for JSON
** (except '"\\') and for XML and HTML (except "&<>\"'"). Most texts are,
** and are then written as they are, with no pattern run over them.
*/
static int printable(lua_State *L) {
  size_t len, i, nx = 0;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &len);
  const unsigned char *x = (const unsigned char *)luaL_optlstring(L, 2, "", &nx);
  unsigned char bad[256];
  if (nx == 0) {
    lua_pushboolean(L, all_printable(s, len));
    return 1;
  }
  memset(bad, 0, sizeof bad);
  memset(bad, 1, 0x20);
  memset(bad + 0x7F, 1, 256 - 0x7F);
  for (i = 0; i < nx; i++) bad[x[i]] = 1;
  for (i = 0; i < len; i++)
    if (bad[s[i]]) break;
  lua_pushboolean(L, i == len);
  return 1;
}

/* The string at index i when it is one and all printable ASCII, else NULL. */
static const char *plain_text(lua_State *L, int i, size_t *len) {
  const char *s;
  if (lua_type(L, i) != LUA_TSTRING) return NULL;
  s = lua_tolstring(L, i, len);
  return all_printable((const unsigned char *)s, *len) ? s : NULL;
}

/*
** finding_line(file, line, word, id, name, message) -> the line of a
** finding in the text format, "file:line: word[id] name: message", or nil
** when a text is not a string of printable ASCII (render/findings_text.lua
** then escapes it). `word` is the severity as it is written, coloured or
** not. The line is left out unless it is a number from 1 to 2^53 (cut to a
** whole number), the id when it is nil, and the name when there is no id or
** the name is nil or empty. Every finding of canvas check is written here,
** so it is one pass in C instead of a chain of concatenations.
*/
static int finding_line(lua_State *L) {
  size_t lf, lw, li = 0, ln = 0, lm;
  const char *file = plain_text(L, 1, &lf), *word = luaL_checklstring(L, 3, &lw);
  const char *id = NULL, *name = NULL, *message = plain_text(L, 6, &lm);
  lua_Integer line = 0;
  luaL_Buffer b;
  if (file == NULL || message == NULL) goto slow;
  if (!lua_isnil(L, 4)) {
    if ((id = plain_text(L, 4, &li)) == NULL) goto slow;
    if (!lua_isnil(L, 5)) {
      if ((name = plain_text(L, 5, &ln)) == NULL) goto slow;
    }
  }
  if (lua_isinteger(L, 2)) {
    line = lua_tointeger(L, 2);
  } else {
    int isnum;
    lua_Number n = lua_tonumberx(L, 2, &isnum);
    if (isnum && n >= 1 && n < 9007199254740992.0) line = (lua_Integer)floor(n);
  }
  if (line >= 9007199254740992LL) line = 0;
  luaL_buffinit(L, &b);
  luaL_addlstring(&b, file, lf);
  if (line >= 1) {
    char digits[24];
    int k = (int)sizeof digits;
    while (line > 0) {
      digits[--k] = (char)('0' + line % 10);
      line /= 10;
    }
    luaL_addchar(&b, ':');
    luaL_addlstring(&b, digits + k, sizeof digits - (size_t)k);
  }
  luaL_addlstring(&b, ": ", 2);
  luaL_addlstring(&b, word, lw);
  if (id != NULL) {
    luaL_addchar(&b, '[');
    luaL_addlstring(&b, id, li);
    luaL_addchar(&b, ']');
    if (name != NULL && ln > 0) {
      luaL_addchar(&b, ' ');
      luaL_addlstring(&b, name, ln);
    }
  }
  luaL_addlstring(&b, ": ", 2);
  luaL_addlstring(&b, message, lm);
  luaL_pushresult(&b);
  return 1;
slow:
  lua_pushnil(L);
  return 1;
}

/*
** sort_integers(t, n): sorts t[1..n], integers, in ascending order, in C
** (ranking packs each note's score and position into one integer). Lua's
** table.sort calls back into the interpreter for every comparison; this
** reads the numbers out, sorts them with qsort and writes them back. Raises
** an error when an element is not an integer.
*/
static int cmp_integers(const void *a, const void *b) {
  lua_Integer x = *(const lua_Integer *)a, y = *(const lua_Integer *)b;
  return (x > y) - (x < y);
}

static int sort_integers(lua_State *L) {
  lua_Integer n, i;
  lua_Integer *v;
  luaL_checktype(L, 1, LUA_TTABLE);
  n = luaL_checkinteger(L, 2);
  if (n < 2) return 0;
  if ((size_t)n > ((size_t)-1) / sizeof *v) return luaL_error(L, "sort_integers: too many");
  v = lua_newuserdatauv(L, (size_t)n * sizeof *v, 0);   /* freed by the collector */
  for (i = 0; i < n; i++) {
    int isint;
    lua_rawgeti(L, 1, i + 1);
    v[i] = lua_tointegerx(L, -1, &isint);
    if (!isint) return luaL_error(L, "sort_integers: element %d is not an integer", (int)(i + 1));
    lua_pop(L, 1);
  }
  qsort(v, (size_t)n, sizeof *v, cmp_integers);
  for (i = 0; i < n; i++) {
    lua_pushinteger(L, v[i]);
    lua_rawseti(L, 1, i + 1);
  }
  return 0;
}

/*
** The JSON writer of the findings formats (stdlib/render/findings_json.lua,
** findings_sarif.lua and the fit of each file): the same text as the Lua
** writer it replaced, a tenth of the work, which for a report of a
** thousand files was a third of the time. Strings are escaped as lua-cjson
** 2.1.0 escapes them (controls, '"', '\\' and DEL; not '/'), after each
** byte that is not part of a UTF-8 character (as utf8.len reads them) has
** become U+FFFD, so that the document is valid UTF-8.
*/
struct jbuf {
  lua_State *L;
  int slot;          /* stack index of the userdata that holds the text */
  char *p;
  size_t n, cap;
};

static void jgrow(struct jbuf *b, size_t more) {
  size_t cap = b->cap;
  char *p;
  if (more <= cap - b->n) return;
  while (more > cap - b->n) {
    if (cap > ((size_t)-1) / 2) luaL_error(b->L, "findings_json: the text is too long");
    cap *= 2;
  }
  p = lua_newuserdatauv(b->L, cap, 0);
  memcpy(p, b->p, b->n);
  if (b->slot == 0) b->slot = lua_gettop(b->L);   /* leaves the caller's buffer */
  else lua_replace(b->L, b->slot);
  b->p = p;
  b->cap = cap;
}

static void jadd(struct jbuf *b, const char *s, size_t len) {
  jgrow(b, len);
  memcpy(b->p + b->n, s, len);
  b->n += len;
}

#define jlit(b, s) jadd((b), (s), sizeof(s) - 1)

/* A buffer of cap bytes to start with: `init` (the caller's, which must
   push nothing while the buffer is in use: a bigger one goes on top of the
   stack), or, when NULL, a block on top of the stack. */
static void jinit(struct jbuf *b, lua_State *L, char *init, size_t cap) {
  b->L = L;
  b->cap = cap;
  b->n = 0;
  if (init != NULL) {
    b->p = init;
    b->slot = 0;
  } else {
    b->p = lua_newuserdatauv(L, cap, 0);
    b->slot = lua_gettop(L);
  }
}

/* Pushes the buffer's text. */
static int jresult(struct jbuf *b) {
  lua_pushlstring(b->L, b->p, b->n);
  return 1;
}

static void jindent(struct jbuf *b, int depth) {
  size_t k = (size_t)depth * 2;
  jgrow(b, k);
  memset(b->p + b->n, ' ', k);
  b->n += k;
}

/* The end of the UTF-8 character at s, or NULL: utf8.len's strict reading. */
static const unsigned char *utf8_char(const unsigned char *s) {
  static const unsigned long limits[] = {~0UL, 0x80, 0x800, 0x10000UL, 0x200000UL, 0x4000000UL};
  unsigned int c = s[0];
  unsigned long res = 0;
  int count = 0;
  if (c < 0x80) return s + 1;
  for (; c & 0x40; c <<= 1) {
    unsigned int cc = s[++count];   /* (a Lua string ends in a zero byte) */
    if ((cc & 0xC0) != 0x80) return NULL;
    res = (res << 6) | (cc & 0x3F);
  }
  res |= ((unsigned long)(c & 0x7F) << (count * 5));
  if (count > 5 || res > 0x7FFFFFFFUL || res < limits[count]) return NULL;
  if (res > 0x10FFFFUL || (res >= 0xD800UL && res <= 0xDFFFUL)) return NULL;
  return s + count + 1;
}

static void jstring(struct jbuf *b, const char *str, size_t len) {
  const unsigned char *s = (const unsigned char *)str, *end = s + len;
  static const char hex[] = "0123456789abcdef";
  jgrow(b, len + 2);
  b->p[b->n++] = '"';
  while (s < end) {
    unsigned char c = *s;
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      const unsigned char *run = s;
      while (s < end && *s >= 0x20 && *s < 0x7F && *s != '"' && *s != '\\') s++;
      jadd(b, (const char *)run, (size_t)(s - run));
    } else if (c >= 0x80) {
      const unsigned char *next = utf8_char(s);
      if (next == NULL || next > end) {
        jlit(b, "\xEF\xBF\xBD");
        s++;
      } else {
        jadd(b, (const char *)s, (size_t)(next - s));
        s = next;
      }
    } else {
      char esc[6] = {'\\', 'u', '0', '0', 0, 0};
      switch (c) {
        case '"': jlit(b, "\\\""); break;
        case '\\': jlit(b, "\\\\"); break;
        case '\b': jlit(b, "\\b"); break;
        case '\t': jlit(b, "\\t"); break;
        case '\n': jlit(b, "\\n"); break;
        case '\f': jlit(b, "\\f"); break;
        case '\r': jlit(b, "\\r"); break;
        default:
          esc[4] = hex[c >> 4];
          esc[5] = hex[c & 15];
          jadd(b, esc, 6);
      }
      s++;
    }
  }
  jlit(b, "\"");
}

/* The number at idx as JSON: whole numbers as integers, others with 17
   digits; NaN and the infinities have no JSON text. */
static void jnumber(struct jbuf *b, int idx) {
  lua_State *L = b->L;
  char num[64];
  int isint, len;
  lua_Integer i = lua_tointegerx(L, idx, &isint);
  if (isint) {
    len = snprintf(num, sizeof num, LUA_INTEGER_FMT, (LUAI_UACINT)i);
  } else {
    lua_Number d = lua_tonumber(L, idx);
    if (d != d || d == (lua_Number)HUGE_VAL || d == -(lua_Number)HUGE_VAL) {
      luaL_tolstring(L, idx, NULL);
      lua_pushfstring(L, "findings_json: cannot encode the number %s", lua_tostring(L, -1));
      lua_error(L);
    }
    len = snprintf(num, sizeof num, "%.17g", (double)d);
  }
  jadd(b, num, (size_t)len);
}

/* Upvalues of the encoder: the metatables of objects, arrays and raw text,
   and the null. */
enum { UP_OBJECT = 1, UP_ARRAY, UP_RAW, UP_NULL };

static int jis(lua_State *L, int idx, int up) {
  return lua_rawequal(L, idx, lua_upvalueindex(up));
}

static void jvalue(struct jbuf *b, int idx, int depth) {
  lua_State *L = b->L;
  int t = lua_type(L, idx);
  if (jis(L, idx, UP_NULL)) {
    jlit(b, "null");
  } else if (t == LUA_TSTRING) {
    size_t len;
    const char *s = lua_tolstring(L, idx, &len);
    jstring(b, s, len);
  } else if (t == LUA_TNUMBER) {
    jnumber(b, idx);
  } else if (t == LUA_TBOOLEAN) {
    if (lua_toboolean(L, idx)) jlit(b, "true"); else jlit(b, "false");
  } else if (t == LUA_TTABLE && lua_getmetatable(L, idx)) {
    int array = jis(L, -1, UP_ARRAY), object = jis(L, -1, UP_OBJECT), raw = jis(L, -1, UP_RAW);
    lua_Integer len, i;
    lua_pop(L, 1);
    if (raw) {
      size_t n, k;
      const char *s;
      lua_getfield(L, idx, "text");
      s = luaL_checklstring(L, -1, &n);
      for (k = 0; k < n; k++) {   /* each line indented to where it stands */
        jgrow(b, 1);
        b->p[b->n++] = s[k];
        if (s[k] == '\n') jindent(b, depth);
      }
      lua_pop(L, 1);
      return;
    }
    if (!array && !object) luaL_error(L, "findings_json: cannot encode a table (use object or array)");
    if (depth >= 200) luaL_error(L, "findings_json: the document nests more than 200 deep");
    luaL_checkstack(L, 4, "findings_json");
    if (array) {
      len = (lua_Integer)lua_rawlen(L, idx);
    } else {
      lua_getfield(L, idx, "n");
      len = lua_tointeger(L, -1);
      lua_pop(L, 1);
    }
    if (len <= 0) {
      if (array) jlit(b, "[]"); else jlit(b, "{}");
      return;
    }
    if (array) jlit(b, "[\n"); else jlit(b, "{\n");
    for (i = 1; i <= len; i++) {
      jindent(b, depth + 1);
      if (!array) {
        size_t klen;
        const char *k;
        lua_rawgeti(L, idx, 2 * i - 1);
        k = luaL_tolstring(L, -1, &klen);
        jstring(b, k, klen);
        jlit(b, ": ");
        lua_pop(L, 2);
      }
      lua_rawgeti(L, idx, array ? i : 2 * i);
      jvalue(b, lua_gettop(L), depth + 1);
      lua_pop(L, 1);
      if (i < len) jlit(b, ",\n"); else jlit(b, "\n");
    }
    jindent(b, depth);
    if (array) jlit(b, "]"); else jlit(b, "}");
  } else {
    luaL_error(L, "findings_json: cannot encode a %s (use object or array)",
               t == LUA_TTABLE ? "table" : lua_typename(L, t));
  }
}

/* encode(v) -> the JSON text of v, indented by two spaces, no final newline. */
static int json_encode(lua_State *L) {
  struct jbuf b;
  luaL_checkany(L, 1);
  lua_settop(L, 1);
  jinit(&b, L, NULL, 4096);
  jvalue(&b, 1, 0);
  return jresult(&b);
}

/*
** json_encoder(object_mt, array_mt, raw_mt, null) -> encode: the writer for
** documents made of objects (flat key, value pairs and n, with object_mt),
** arrays (array_mt), raw JSON text ({ text = ... } with raw_mt, indented to
** where it stands), null, strings, numbers and booleans.
*/
static int json_encoder(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  luaL_checktype(L, 3, LUA_TTABLE);
  luaL_checkany(L, 4);
  lua_settop(L, 4);
  lua_pushcclosure(L, json_encode, 4);
  return 1;
}

/* json_string(s) -> the JSON text of string s; json_number(x) -> of number x. */
static int json_string(lua_State *L) {
  struct jbuf b;
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  char init[256];   /* most strings: no block made for them */
  lua_settop(L, 1);
  jinit(&b, L, init, sizeof init);
  jstring(&b, s, len);
  return jresult(&b);
}

static int json_number(lua_State *L) {
  struct jbuf b;
  char init[64];
  luaL_checknumber(L, 1);
  lua_settop(L, 1);
  jinit(&b, L, init, sizeof init);
  jnumber(&b, 1);
  return jresult(&b);
}

/*
** wordmaps() -> the word maps built in (name -> map, src/wordmap.c), made
** once per interpreter; nil when the stdlib is read from a folder
** (CANVAS_STDLIB), whose word lists then stand.
*/
static int wordmaps(lua_State *L) {
  const char *dir = getenv("CANVAS_STDLIB");
  int i;
  if (dir != NULL && *dir != '\0') {
    lua_pushnil(L);
    return 1;
  }
  lua_newtable(L);
  for (i = 0; canvas_wordmap_images[i].name != NULL; i++) {
    canvas_wordmap_push_image(L, &canvas_wordmap_images[i]);
    lua_setfield(L, -2, canvas_wordmap_images[i].name);
  }
  return 1;
}

static const luaL_Reg hostfuncs[] = {
  {"wordmap", canvas_wordmap_new},
  {"wordmap_add", canvas_wordmap_add},
  {"wordmap_table", canvas_wordmap_table},
  {"wordmaps", wordmaps},
  {"map_words", canvas_map_words},
  {"sort_integers", sort_integers},
  {"any_of", any_of},
  {"printable", printable},
  {"newtable", newtable},
  {"sound_lists", sound_lists},
  {"sound_fields", sound_fields},
  {"finding_line", finding_line},
  {"text_key", text_key},
  {"json_encoder", json_encoder},
  {"json_string", json_string},
  {"json_number", json_number},
  {"find_lower", find_lower},
  {"prefixed", prefixed},
  {"strlist", strlist_new},
  {"strlist_add", strlist_add},
  {"strlist_prefixed", strlist_prefixed},
  {"wordset", wordset},
  {"lsp_send", lsp_send},
  {"lsp_doc", lsp_doc},
  {"killed", killed},
  {"width", width},
  {"write", l_write},
  {"print", l_print},
  {"print_file", print_file},
  {"readfile", readfile},
  {"realpath", l_realpath},
  {"exists", l_exists},
  {"is_link", l_is_link},
  {"cwd", cwd},
  {"chunk", chunk},
  {"getenv", l_getenv},
  {"mkdir", l_mkdir},
  {"write_file", l_write_file},
  {"read_line", read_line},
  {"isatty", l_isatty},
  {"template", l_template},
  {NULL, NULL}
};

static const struct {
  const char *name;
  int code;
} statuses[] = {
  {"OK", CANVAS_OK}, {"FINDINGS", CANVAS_FINDINGS}, {"USAGE", CANVAS_USAGE},
  {"LOAD", CANVAS_LOAD}, {"LIMIT", CANVAS_LIMIT}, {"INTERRUPTED", CANVAS_INTERRUPTED},
};

/*
** lua-cjson (Debian's lua-cjson-dev), linked statically: the JSON encoder of
** the findings formats (stdlib/render/findings_json.lua, findings_sarif.lua).
** Its header is Debian's own, so the one function is declared here.
*/
int luaopen_cjson(lua_State *L);

static int open_host(lua_State *L) {
  size_t i;
  canvas_wordmap_open(L);
  luaL_newmetatable(L, STRLIST);
  lua_pop(L, 1);
  luaL_newlib(L, hostfuncs);
  lua_pushnil(L);                 /* cached source pointer */
  lua_pushnil(L);                 /* cached source string */
  lua_pushcclosure(L, where, 2);
  lua_setfield(L, -2, "where");
  lua_pushinteger(L, CANVAS_MAX_SCRIPT);
  lua_setfield(L, -2, "max_script");
  lua_pushliteral(L, CANVAS_STDLIB_PREFIX);
  lua_setfield(L, -2, "stdlib_prefix");
  lua_pushliteral(L, CANVAS_VERSION);
  lua_setfield(L, -2, "version");
  /* the status codes of canvas.h, by name: canvas.c.status.LOAD == 3 */
  lua_createtable(L, 0, (int)(sizeof statuses / sizeof statuses[0]));
  for (i = 0; i < sizeof statuses / sizeof statuses[0]; i++) {
    lua_pushinteger(L, statuses[i].code);
    lua_setfield(L, -2, statuses[i].name);
  }
  lua_setfield(L, -2, "status");
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
  /* only stdlib code requires it: untrusted scripts cannot require modules */
  lua_pushcfunction(L, luaopen_cjson);
  lua_setfield(L, -2, "canvas.cjson");
  lua_pop(L, 1);
}
