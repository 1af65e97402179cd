/*
** embed: writes a C file that holds the stdlib's Lua modules, compiled.
** usage: embed ROOT FILE...   (FILE paths start with ROOT/)
** Each module is named by its path under ROOT without ".lua", with "/" turned
** into "." (a folder's init.lua is named by the folder); its chunk name is
** CANVAS_STDLIB_PREFIX "<path>" so tracebacks read well. Each
** is compiled from the unchanged text by the same Lua library that canvas
** links, so starting canvas does not compile the stdlib again. The chunk
** keeps its source name and line numbers (messages and where() stay
** right) but not the names of local variables and upvalues: loading a
** chunk makes a string of every such name, and they are most of the time
** it takes (see drop_names).
*/
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "stdlib_data.h"

struct out {
  FILE *f;
  long n;
};

/* The chunk as lua_dump writes it, in memory. */
struct buf {
  unsigned char *p;
  size_t n, cap;
};

static int collect(lua_State *L, const void *p, size_t size, void *ud) {
  struct buf *b = ud;
  (void)L;
  if (b->n + size > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    unsigned char *q;
    while (cap < b->n + size) cap *= 2;
    q = realloc(b->p, cap);
    if (q == NULL) return 1;
    b->p = q;
    b->cap = cap;
  }
  memcpy(b->p + b->n, p, size);
  b->n += size;
  return 0;
}

/*
** drop_names: copies a binary chunk of Lua 5.4 (the format of lundump.c)
** with no local variable names and no upvalue names in its functions'
** debug information; line information and the source name stay. A reader
** goes through `in` and writes to `out`, which has room for all of `in`.
** Returns 0 when the chunk is not in the expected format.
*/
struct rw {
  const unsigned char *in;
  size_t pos, len;
  unsigned char *out;
  size_t olen;
  int bad;
};

static void put(struct rw *r, const unsigned char *p, size_t n) {
  memcpy(r->out + r->olen, p, n);
  r->olen += n;
}

static const unsigned char *take(struct rw *r, size_t n) {
  const unsigned char *p = r->in + r->pos;
  if (r->bad || n > r->len - r->pos) {
    r->bad = 1;
    return NULL;
  }
  r->pos += n;
  return p;
}

/* A size: 7 bits a byte, most significant first, the last byte marked by 0x80. */
static size_t size_of(struct rw *r, int copy) {
  size_t x = 0;
  size_t start = r->pos;
  const unsigned char *b;
  do {
    b = take(r, 1);
    if (b == NULL) return 0;
    x = (x << 7) | (*b & 0x7f);
  } while (!(*b & 0x80));
  if (copy) put(r, r->in + start, r->pos - start);
  return x;
}

static void copy_bytes(struct rw *r, size_t n) {
  const unsigned char *p = take(r, n);
  if (p != NULL) put(r, p, n);
}

/* A string: its size + 1 (0 for none), then its bytes. */
static void copy_string(struct rw *r) {
  size_t n = size_of(r, 1);
  if (n > 0) copy_bytes(r, n - 1);
}

static void skip_string(struct rw *r) {
  size_t n = size_of(r, 0);
  if (n > 0) take(r, n - 1);
}

static void copy_function(struct rw *r, int depth) {
  size_t n, i;
  static const unsigned char none = 0x80;   /* a size of 0 */
  if (depth > 200) {   /* Lua's own parser stops well before this */
    r->bad = 1;
    return;
  }
  copy_string(r);                       /* source */
  size_of(r, 1);                        /* linedefined */
  size_of(r, 1);                        /* lastlinedefined */
  copy_bytes(r, 3);                     /* numparams, is_vararg, maxstacksize */
  n = size_of(r, 1);                    /* code */
  copy_bytes(r, n * 4);
  n = size_of(r, 1);                    /* constants */
  for (i = 0; i < n && !r->bad; i++) {
    const unsigned char *tag = take(r, 1);
    if (tag == NULL) return;
    put(r, tag, 1);
    switch (*tag) {
      case 0: case 1: case 17: break;              /* nil, false, true */
      case 3: case 19: copy_bytes(r, 8); break;    /* integer, float */
      case 4: case 20: copy_string(r); break;      /* short, long string */
      default: r->bad = 1;
    }
  }
  n = size_of(r, 1);                    /* upvalues: instack, idx, kind */
  copy_bytes(r, n * 3);
  n = size_of(r, 1);                    /* nested functions */
  for (i = 0; i < n && !r->bad; i++) copy_function(r, depth + 1);
  n = size_of(r, 1);                    /* line information */
  copy_bytes(r, n);
  n = size_of(r, 1);                    /* absolute line information */
  for (i = 0; i < n && !r->bad; i++) {
    size_of(r, 1);
    size_of(r, 1);
  }
  n = size_of(r, 0);                    /* local variables: dropped */
  for (i = 0; i < n && !r->bad; i++) {
    skip_string(r);
    size_of(r, 0);
    size_of(r, 0);
  }
  put(r, &none, 1);
  n = size_of(r, 0);                    /* upvalue names: dropped */
  for (i = 0; i < n && !r->bad; i++) skip_string(r);
  put(r, &none, 1);
}

static size_t drop_names(const unsigned char *in, size_t len, unsigned char *out) {
  /* the header: signature, version 0x54, format 0, LUAC_DATA, three sizes
     (4, 8, 8 here), LUAC_INT and LUAC_NUM; then the main function's number
     of upvalues */
  const size_t header = 4 + 1 + 1 + 6 + 3 + 8 + 8;
  struct rw r = {in, 0, len, out, 0, 0};
  if (len < header + 1 || memcmp(in, LUA_SIGNATURE, 4) != 0 || in[4] != 0x54 || in[5] != 0 ||
      in[12] != 4 || in[13] != 8 || in[14] != 8)
    return 0;
  copy_bytes(&r, header + 1);
  copy_function(&r, 0);
  if (r.bad || r.pos != len) return 0;
  return r.olen;
}

static void write_bytes(struct out *o, const unsigned char *b, size_t size) {
  size_t i;
  for (i = 0; i < size; i++, o->n++)
    fprintf(o->f, "%s%d,", (o->n % 20 == 0) ? "\n" : "", b[i]);
}

static int emit(lua_State *L, FILE *out, const char *path, const char *chunkname,
                int idx) {
  struct out o;
  {
    FILE *f = fopen(path, "rb");
    char *buf;
    long len;
    int st;
    if (f == NULL || fseek(f, 0, SEEK_END) != 0 || (len = ftell(f)) < 0 ||
        fseek(f, 0, SEEK_SET) != 0) {
      perror(path);
      if (f) fclose(f);
      return 0;
    }
    buf = malloc((size_t)len + 1);
    if (buf == NULL || fread(buf, 1, (size_t)len, f) != (size_t)len) {
      perror(path);
      free(buf);
      fclose(f);
      return 0;
    }
    fclose(f);
    st = luaL_loadbufferx(L, buf, (size_t)len, chunkname, "t");
    free(buf);
    if (st != LUA_OK) {
      fprintf(stderr, "embed: %s\n", lua_tostring(L, -1));
      return 0;
    }
  }
  {
    struct buf b = {NULL, 0, 0};
    unsigned char *slim;
    size_t n;
    if (lua_dump(L, collect, &b, 0) != 0 || (slim = malloc(b.n)) == NULL) {
      fprintf(stderr, "embed: %s: out of memory\n", path);
      free(b.p);
      return 0;
    }
    n = drop_names(b.p, b.n, slim);
    if (n == 0) {
      fprintf(stderr, "embed: %s: the compiled chunk is not in the format of Lua 5.4\n", path);
      free(b.p);
      free(slim);
      return 0;
    }
    fprintf(out, "static const unsigned char m%d[] = {", idx);
    o.f = out;
    o.n = 0;
    write_bytes(&o, slim, n);
    fprintf(out, "0};\n");
    free(b.p);
    free(slim);
  }
  lua_pop(L, 1);
  return 1;
}

int main(int argc, char **argv) {
  size_t rootlen;
  int i;
  lua_State *L;
  if (argc < 2) {
    fprintf(stderr, "usage: embed ROOT FILE...\n");
    return 2;
  }
  rootlen = strlen(argv[1]);
  L = luaL_newstate();
  if (L == NULL) return 1;
  printf("/* generated by tools/embed.c from the stdlib; do not edit */\n");
  printf("#include <stddef.h>\n#include \"stdlib_data.h\"\n");
  for (i = 2; i < argc; i++) {
    char chunkname[300];
    if (strncmp(argv[i], argv[1], rootlen) != 0 || argv[i][rootlen] != '/') {
      fprintf(stderr, "embed: %s is not under %s\n", argv[i], argv[1]);
      return 1;
    }
    snprintf(chunkname, sizeof chunkname, CANVAS_STDLIB_PREFIX "%s", argv[i] + rootlen + 1);
    if (!emit(L, stdout, argv[i], chunkname, i - 2)) return 1;
  }
  lua_close(L);
  printf("const struct canvas_module canvas_stdlib[] = {\n");
  for (i = 2; i < argc; i++) {
    const char *rel = argv[i] + rootlen;
    char name[256];
    size_t k;
    if (strncmp(argv[i], argv[1], rootlen) != 0 || *rel != '/') {
      fprintf(stderr, "embed: %s is not under %s\n", argv[i], argv[1]);
      return 1;
    }
    rel++;
    if (strlen(rel) < 5 || strlen(rel) >= sizeof name) return 1;
    for (k = 0; k < strlen(rel) - 4; k++) name[k] = rel[k] == '/' ? '.' : rel[k];
    name[k] = '\0';
    /* a folder's init.lua is the folder's module: render/init.lua is "render" */
    if (k > 5 && strcmp(name + k - 5, ".init") == 0) name[k - 5] = '\0';
    printf("  {\"%s\", \"" CANVAS_STDLIB_PREFIX "%s\", m%d, sizeof m%d - 1},\n", name, rel, i - 2,
           i - 2);
  }
  printf("  {NULL, NULL, NULL, 0}\n};\n");
  return ferror(stdout) ? 1 : 0;
}
