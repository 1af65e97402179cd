/*
** Word maps: the wording heuristics' big word lists (stdlib/checks/wordlists.lua)
** as one hash table in C each, words to values. As Lua tables they cost a
** string and a table entry for every word at every check (a tenth of the
** start-up of canvas check); here a word is a few bytes. A map is read as a
** table is, map[word] (its __index), written with map[word] = v, and
** map_words(s, map) is string.gsub(s, "%a+", map) without a string made for
** each word of s.
**
** Making the maps was still a tenth of the start-up of canvas check, so they
** are made once, when canvas is built: tools/wordmaps.c runs the word lists
** and writes each map's table, text and values as C
** (canvas_wordmap_write_images); the running program reads that constant
** data in place (canvas_wordmap_push_image), and such a map cannot be
** changed.
*/
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>
#include <lua.h>

#include "wordmap.h"

typedef struct canvas_wm_slot wm_slot;

typedef struct {
  size_t cap, n;             /* slots (a power of 2), words */
  size_t bytes, bcap;        /* text used, its size */
  const wm_slot *slots;      /* the table: `own`, or an image's */
  const char *text;          /* the words' bytes: `own_text`, or an image's */
  wm_slot *own;              /* a map made at run time: its table (user value 1) */
  char *own_text;            /* and its text (user value 2) */
  int nvals;                 /* values, in user value 3 (and value -> index in 4) */
  int frozen;                /* read from an image: no change allowed */
} wmap;

#define WORDMAP "canvas.wordmap"
/* the white space between the words of a list (as isspace in the C locale) */
#define WM_SPACE(c) ((c) == ' ' || ((c) >= '\t' && (c) <= '\r'))

static uint32_t wm_hash(const char *s, size_t len) {
  uint32_t h = 2166136261u;
  size_t i;
  for (i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* The index of the word's slot, or of the empty slot where it would go. */
static size_t wm_find(const wmap *m, const char *w, size_t len, uint32_t h) {
  size_t i = h & (m->cap - 1);
  for (;;) {
    const wm_slot *sl = &m->slots[i];
    if (sl->len == 0) return i;   /* never used (a word has a byte at least) */
    if (sl->hash == h && sl->len == len && memcmp(m->text + sl->off, w, len) == 0) return i;
    i = (i + 1) & (m->cap - 1);
  }
}

static void *wm_block(lua_State *L, int map, int uv, size_t size) {
  void *p = lua_newuserdatauv(L, size, 0);
  memset(p, 0, size);
  lua_setiuservalue(L, map, uv);
  return p;
}

static void wm_set_slots(wmap *m, wm_slot *slots) {
  m->own = slots;
  m->slots = slots;
}

static void wm_set_text(wmap *m, char *text) {
  m->own_text = text;
  m->text = text;
}

static void wm_grow(lua_State *L, int map, wmap *m) {
  const wm_slot *old = m->slots;
  size_t oldcap = m->cap, i;
  lua_getiuservalue(L, map, 1);        /* keeps the old slots while copying */
  m->cap = oldcap * 2;
  wm_set_slots(m, wm_block(L, map, 1, m->cap * sizeof(wm_slot)));
  for (i = 0; i < oldcap; i++)
    if (old[i].len > 0) m->own[wm_find(m, m->text + old[i].off, old[i].len, old[i].hash)] = old[i];
  lua_pop(L, 1);
}

static void wm_check_writable(lua_State *L, const wmap *m) {
  if (m->frozen) luaL_error(L, "a word map built into canvas cannot be changed");
}

/* The index of value v (at stack index vi) among the map's values. */
static int wm_value(lua_State *L, int map, wmap *m, int vi) {
  int id;
  if (lua_isnil(L, vi)) return 0;
  lua_getiuservalue(L, map, 4);
  lua_pushvalue(L, vi);
  lua_rawget(L, -2);
  id = (int)lua_tointeger(L, -1);
  lua_pop(L, 1);
  if (id == 0) {
    id = ++m->nvals;
    lua_pushvalue(L, vi);
    lua_pushinteger(L, id);
    lua_rawset(L, -3);                 /* value -> index */
    lua_getiuservalue(L, map, 3);
    lua_pushvalue(L, vi);
    lua_rawseti(L, -2, id);            /* index -> value */
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return id;
}

/* Makes room for `words` more words of `bytes` bytes in all. */
static void wm_reserve(lua_State *L, int map, wmap *m, size_t words, size_t bytes) {
  while ((m->n + words) * 4 > m->cap * 3) wm_grow(L, map, m);   /* at most 3/4 full */
  if (m->bytes + bytes > m->bcap) {
    const char *old = m->text;
    size_t bcap = m->bcap;
    while (m->bytes + bytes > bcap) bcap *= 2;
    lua_getiuservalue(L, map, 2);
    wm_set_text(m, wm_block(L, map, 2, bcap));
    memcpy(m->own_text, old, m->bytes);
    m->bcap = bcap;
    lua_pop(L, 1);
  }
}

static void wm_put(lua_State *L, int map, wmap *m, const char *w, size_t len, int val) {
  uint32_t h = wm_hash(w, len);
  size_t i;
  if (len == 0 || len > 0xFFFF) return;
  i = wm_find(m, w, len, h);
  if (m->slots[i].len == 0) {   /* a new word */
    if (val == 0) return;
    if ((m->n + 1) * 4 > m->cap * 3 || m->bytes + len > m->bcap) {
      wm_reserve(L, map, m, 1, len);
      i = wm_find(m, w, len, h);
    }
    memcpy(m->own_text + m->bytes, w, len);
    m->own[i].off = (uint32_t)m->bytes;
    m->own[i].len = (uint32_t)len;
    m->own[i].hash = h;
    m->bytes += len;
    m->n++;
  }
  m->own[i].val = val;
}

/* The index of word w's value (0: the map has none). */
static int wm_get(const wmap *m, const char *w, size_t len) {
  const wm_slot *sl;
  if (len == 0) return 0;
  sl = &m->slots[wm_find(m, w, len, wm_hash(w, len))];
  return sl->len == 0 ? 0 : sl->val;
}

/* Pushes the value of word w, or nil. */
static void wm_push(lua_State *L, int map, const wmap *m, const char *w, size_t len) {
  int val = wm_get(m, w, len);
  if (val == 0) {
    lua_pushnil(L);
    return;
  }
  lua_getiuservalue(L, map, 3);
  lua_rawgeti(L, -1, val);
  lua_remove(L, -2);
}

/* wordmap() -> a new, empty map. */
int canvas_wordmap_new(lua_State *L) {
  wmap *m = lua_newuserdatauv(L, sizeof *m, 4);
  int map = lua_gettop(L);
  memset(m, 0, sizeof *m);
  m->cap = 64;
  m->bcap = 512;
  wm_set_slots(m, wm_block(L, map, 1, m->cap * sizeof(wm_slot)));
  wm_set_text(m, wm_block(L, map, 2, m->bcap));
  lua_newtable(L);
  lua_setiuservalue(L, map, 3);
  lua_newtable(L);
  lua_setiuservalue(L, map, 4);
  luaL_setmetatable(L, WORDMAP);
  return 1;
}

void canvas_wordmap_push_image(lua_State *L, const struct canvas_wm_image *image) {
  wmap *m = lua_newuserdatauv(L, sizeof *m, 4);
  int map = lua_gettop(L), i;
  memset(m, 0, sizeof *m);
  m->cap = image->cap;
  m->n = image->n;
  m->bytes = m->bcap = image->bytes;
  m->slots = image->slots;
  m->text = image->text;
  m->nvals = image->nvals;
  m->frozen = 1;
  lua_createtable(L, image->nvals, 0);
  for (i = 0; i < image->nvals; i++) {
    const struct canvas_wm_value *v = &image->vals[i];
    if (v->type == LUA_TBOOLEAN) lua_pushboolean(L, (int)v->i);
    else if (v->type == LUA_TNUMBER) lua_pushinteger(L, (lua_Integer)v->i);
    else lua_pushlstring(L, v->s, v->len);
    lua_rawseti(L, -2, i + 1);
  }
  lua_setiuservalue(L, map, 3);
  luaL_setmetatable(L, WORDMAP);
}

size_t canvas_count_words(const char *s, size_t len) {
  size_t n = 0, k;
  for (k = 0; k < len; k++)
    if (!WM_SPACE(s[k]) && (k == 0 || WM_SPACE(s[k - 1]))) n++;
  return n;
}

/* wordmap_add(map, words, value) -> map: map[w] = value for each word of the
   text `words` (split at white space). */
int canvas_wordmap_add(lua_State *L) {
  wmap *m = luaL_checkudata(L, 1, WORDMAP);
  size_t len, pos = 0;
  const char *s = luaL_checklstring(L, 2, &len);
  int val;
  luaL_checkany(L, 3);
  wm_check_writable(L, m);
  val = wm_value(L, 1, m, 3);
  wm_reserve(L, 1, m, canvas_count_words(s, len), len);   /* (at most) */
  for (;;) {
    size_t start;
    while (pos < len && WM_SPACE(s[pos])) pos++;
    if (pos == len) break;
    start = pos;
    while (pos < len && !WM_SPACE(s[pos])) pos++;
    wm_put(L, 1, m, s + start, pos - start, val);
  }
  lua_settop(L, 1);
  return 1;
}

static int wordmap_index(lua_State *L) {
  wmap *m = luaL_checkudata(L, 1, WORDMAP);
  size_t len;
  const char *w;
  if (lua_type(L, 2) != LUA_TSTRING) {
    lua_pushnil(L);
    return 1;
  }
  w = lua_tolstring(L, 2, &len);
  wm_push(L, 1, m, w, len);
  return 1;
}

static int wordmap_newindex(lua_State *L) {
  wmap *m = luaL_checkudata(L, 1, WORDMAP);
  size_t len;
  const char *w;
  luaL_checktype(L, 2, LUA_TSTRING);   /* (a map has words only) */
  wm_check_writable(L, m);
  w = lua_tolstring(L, 2, &len);
  wm_put(L, 1, m, w, len, wm_value(L, 1, m, 3));
  return 0;
}

/*
** map_words(s, map) -> string.gsub(s, "%a+", map)'s text: each run of
** letters (isalpha, as %a reads them) that the map has a string for is
** replaced by that string; the others, and whatever is not a letter, stay.
*/
int canvas_map_words(lua_State *L) {
  size_t len, i = 0;
  const char *s = luaL_checklstring(L, 1, &len);
  wmap *m = luaL_checkudata(L, 2, WORDMAP);
  luaL_Buffer b;
  lua_settop(L, 2);
  lua_getiuservalue(L, 2, 3);          /* 3: the values */
  luaL_buffinit(L, &b);
  while (i < len) {
    size_t start = i;
    if (!isalpha((unsigned char)s[i])) {
      while (i < len && !isalpha((unsigned char)s[i])) i++;
      luaL_addlstring(&b, s + start, i - start);
    } else {
      int val;
      while (i < len && isalpha((unsigned char)s[i])) i++;
      val = wm_get(m, s + start, i - start);
      if (val != 0 && lua_rawgeti(L, 3, val) == LUA_TSTRING) {
        luaL_addvalue(&b);
      } else {
        if (val != 0) lua_pop(L, 1);
        luaL_addlstring(&b, s + start, i - start);
      }
    }
  }
  luaL_pushresult(&b);
  return 1;
}

/* wordmap_table(map) -> a table of the map's words and their values. */
int canvas_wordmap_table(lua_State *L) {
  wmap *m = luaL_checkudata(L, 1, WORDMAP);
  size_t i;
  lua_settop(L, 1);
  lua_getiuservalue(L, 1, 3);          /* 2: the values */
  lua_createtable(L, 0, (int)m->n);
  for (i = 0; i < m->cap; i++) {
    const wm_slot *sl = &m->slots[i];
    if (sl->len == 0 || sl->val == 0) continue;
    lua_pushlstring(L, m->text + sl->off, sl->len);
    lua_rawgeti(L, 2, sl->val);
    lua_rawset(L, -3);
  }
  return 1;
}

static const luaL_Reg wordmap_meta[] = {
  {"__index", wordmap_index},
  {"__newindex", wordmap_newindex},
  {NULL, NULL}
};

void canvas_wordmap_open(lua_State *L) {
  if (luaL_newmetatable(L, WORDMAP)) {
    luaL_setfuncs(L, wordmap_meta, 0);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
  }
  lua_pop(L, 1);
}

/* Writes n bytes as a C array's initialiser. */
static void write_bytes(FILE *out, const unsigned char *p, size_t n) {
  size_t i;
  for (i = 0; i < n; i++) fprintf(out, "%u,%s", p[i], i % 20 == 19 ? "\n" : "");
  fprintf(out, "0");
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int canvas_wordmap_write_images(lua_State *L, int maps, FILE *out) {
  const char **names;
  size_t count = 0, k;
  maps = lua_absindex(L, maps);
  lua_pushnil(L);
  while (lua_next(L, maps)) {
    count++;
    lua_pop(L, 1);
  }
  names = malloc((count + 1) * sizeof *names);
  if (names == NULL) {
    lua_pushliteral(L, "not enough memory");
    return -1;
  }
  count = 0;
  lua_pushnil(L);
  while (lua_next(L, maps)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      const char *name = lua_tostring(L, -1);   /* (the keys stay in the table) */
      if (name[strspn(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")]
          == '\0' && *name != '\0') {
        names[count++] = name;
        continue;
      }
    }
    lua_pushliteral(L, "the word maps' names must be names of letters, digits and _");
    free(names);
    return -1;
  }
  qsort(names, count, sizeof *names, by_name);
  fprintf(out, "/* made by tools/wordmaps from stdlib/checks/wordlists.lua */\n"
               "#include \"wordmap.h\"\n");
  for (k = 0; k < count; k++) {
    const wmap *m;
    size_t i;
    int v;
    lua_getfield(L, maps, names[k]);
    m = luaL_testudata(L, -1, WORDMAP);
    if (m == NULL) {
      lua_pushfstring(L, "%s is not a word map", names[k]);
      free(names);
      return -1;
    }
    fprintf(out, "static const struct canvas_wm_slot slots%zu[] = {\n", k);
    for (i = 0; i < m->cap; i++)
      fprintf(out, "{%lu,%lu,%luu,%d},%s", (unsigned long)m->slots[i].off,
              (unsigned long)m->slots[i].len, (unsigned long)m->slots[i].hash,
              m->slots[i].val, i % 4 == 3 ? "\n" : "");
    fprintf(out, "};\nstatic const char text%zu[] = {\n", k);
    write_bytes(out, (const unsigned char *)m->text, m->bytes);
    fprintf(out, "};\nstatic const struct canvas_wm_value vals%zu[] = {\n", k);
    lua_getiuservalue(L, -1, 3);
    for (v = 1; v <= m->nvals; v++) {
      int t = lua_rawgeti(L, -1, v);
      if (t == LUA_TBOOLEAN) {
        fprintf(out, "{LUA_TBOOLEAN, %d, NULL, 0},\n", lua_toboolean(L, -1));
      } else if (t == LUA_TNUMBER && lua_isinteger(L, -1)) {
        fprintf(out, "{LUA_TNUMBER, %lld, NULL, 0},\n", (long long)lua_tointeger(L, -1));
      } else if (t == LUA_TSTRING) {
        size_t len;
        const unsigned char *s = (const unsigned char *)lua_tolstring(L, -1, &len);
        size_t j;
        fprintf(out, "{LUA_TSTRING, 0, \"");
        for (j = 0; j < len; j++) fprintf(out, "\\%03o", s[j]);
        fprintf(out, "\", %zu},\n", len);
      } else {
        lua_pushfstring(L, "a value of word map %s is a %s: only booleans, integers and "
                        "strings can be built in", names[k], luaL_typename(L, -1));
        free(names);
        return -1;
      }
      lua_pop(L, 1);
    }
    fprintf(out, "{0, 0, NULL, 0}};\n");
    lua_pop(L, 2);
  }
  fprintf(out, "const struct canvas_wm_image canvas_wordmap_images[] = {\n");
  for (k = 0; k < count; k++) {
    const wmap *m;
    lua_getfield(L, maps, names[k]);
    m = lua_touserdata(L, -1);
    fprintf(out, "{\"%s\", %zu, %zu, %zu, slots%zu, text%zu, %d, vals%zu},\n", names[k],
            m->cap, m->n, m->bytes, k, k, m->nvals, k);
    lua_pop(L, 1);
  }
  fprintf(out, "{NULL, 0, 0, 0, NULL, NULL, 0, NULL}};\n");
  free(names);
  return 0;
}
