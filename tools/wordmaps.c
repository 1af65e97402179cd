/*
** wordmaps: writes a C file that holds the wording heuristics' word maps,
** made when canvas is built rather than at each start.
** usage: wordmaps stdlib/checks/wordlists.lua > wordmap_data.c
** It runs the word lists in a plain Lua state, with the word maps' functions
** (src/wordmap.c) as the chunk's argument, and writes the maps that it
** returns as constant data (canvas_wordmap_write_images).
*/
#include <stdio.h>
#include <stdlib.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "wordmap.h"

static int run(lua_State *L) {
  const char *path = lua_touserdata(L, 1);
  if (luaL_loadfile(L, path) != LUA_OK) return lua_error(L);
  lua_newtable(L);
  lua_pushcfunction(L, canvas_wordmap_new);
  lua_setfield(L, -2, "wordmap");
  lua_pushcfunction(L, canvas_wordmap_add);
  lua_setfield(L, -2, "wordmap_add");
  lua_call(L, 1, 1);
  if (!lua_istable(L, -1)) return luaL_error(L, "%s must return a table of word maps", path);
  if (canvas_wordmap_write_images(L, -1, stdout) != 0) return lua_error(L);
  return 0;
}

int main(int argc, char **argv) {
  lua_State *L;
  int status;
  if (argc != 2) {
    fprintf(stderr, "usage: wordmaps WORDLISTS.lua > wordmap_data.c\n");
    return 2;
  }
  L = luaL_newstate();
  if (L == NULL) {
    fprintf(stderr, "wordmaps: not enough memory\n");
    return 1;
  }
  luaL_openlibs(L);
  canvas_wordmap_open(L);
  lua_pushcfunction(L, run);
  lua_pushlightuserdata(L, argv[1]);
  status = lua_pcall(L, 1, 0, 0);
  if (status != LUA_OK) {
    fprintf(stderr, "wordmaps: %s\n", lua_tostring(L, -1));
    lua_close(L);
    return 1;
  }
  lua_close(L);
  return fflush(stdout) == 0 ? 0 : 1;
}
