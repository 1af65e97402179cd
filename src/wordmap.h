/*
** wordmap.h: word maps, the hash tables of words that the wording
** heuristics read (src/wordmap.c), and their images: a map made at build
** time (tools/wordmaps.c runs stdlib/checks/wordlists.lua) and written into
** the binary as constant data, which a running canvas reads in place.
*/
#ifndef CANVAS_WORDMAP_H
#define CANVAS_WORDMAP_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <lua.h>

/* A slot of a map's table: a word (bytes off..off+len-1 of the map's text)
   and the index of its value among the map's values (0: none). An empty
   slot has len 0. */
struct canvas_wm_slot {
  uint32_t off, len;
  uint32_t hash;
  int val;
};

/* A value of a map: a boolean, an integer or a string. */
struct canvas_wm_value {
  int type;             /* LUA_TBOOLEAN, LUA_TNUMBER (an integer) or LUA_TSTRING */
  long long i;          /* the boolean (0 or 1) or the integer */
  const char *s;        /* the string's bytes */
  size_t len;
};

/* A map as constant data. */
struct canvas_wm_image {
  const char *name;                      /* NULL ends a list of images */
  size_t cap, n, bytes;                  /* slots (a power of 2), words, text */
  const struct canvas_wm_slot *slots;
  const char *text;
  int nvals;
  const struct canvas_wm_value *vals;    /* values 1..nvals */
};

/* The images made at build time (build/gen/wordmap_data.c). */
extern const struct canvas_wm_image canvas_wordmap_images[];

/* Makes the word maps' metatable (once per state). */
void canvas_wordmap_open(lua_State *L);

/* wordmap() -> a new, empty map; wordmap_add(map, words, value) -> map;
   map_words(s, map) -> s with each word the map has a string for replaced
   by it; wordmap_table(map) -> a table of its words and values. */
int canvas_wordmap_new(lua_State *L);
int canvas_wordmap_add(lua_State *L);
int canvas_map_words(lua_State *L);
int canvas_wordmap_table(lua_State *L);

/* The words of a text split at white space (space, \t \n \v \f \r). */
size_t canvas_count_words(const char *s, size_t len);

/* Pushes a map that reads `image` in place; it cannot be changed. */
void canvas_wordmap_push_image(lua_State *L, const struct canvas_wm_image *image);

/*
** Writes, as C, the definitions of the maps in the table at index `maps`
** (name -> map), in the order of their names, as the images of
** canvas_wordmap_images. Returns 0, or -1 (with a message on the stack)
** when a value is not a boolean, an integer or a string.
*/
int canvas_wordmap_write_images(lua_State *L, int maps, FILE *out);

#endif
