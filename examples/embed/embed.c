/*
** embed.c: a program that embeds the canvas interpreter through its
** public API (include/canvas.h, libcanvas): it loads a canvas script,
** prints its segments with their note counts, then the findings of the
** checks and the fit of each segment as canvas check and canvas fit would.
**
**   cc embed.c $(pkg-config --cflags --libs --static canvas) -o embed
**   ./embed ../tidepool.lua
*/
#include <stdio.h>

#include <canvas.h>

int main(int argc, char **argv) {
  canvas *c;
  size_t i, n;
  int status;
  if (argc != 2) {
    fprintf(stderr, "usage: %s SCRIPT\n", argv[0]);
    return 2;
  }
  c = canvas_new();
  if (c == NULL) {
    fprintf(stderr, "%s: not enough memory\n", argv[0]);
    return 4;
  }
  status = canvas_load_file(c, argv[1]);
  if (status != CANVAS_OK) {
    /* the load errors, one a line, as file:line: message */
    for (i = 0; i < canvas_diagnostic_count(c); i++) {
      canvas_diagnostic d;
      if (canvas_get_diagnostic(c, i, &d) == CANVAS_OK)
        fprintf(stderr, "%s:%d: %s: %s\n", d.file, d.line, d.severity, d.message);
    }
    canvas_free(c);
    return status;
  }
  printf("canvas %s, library %s\n", canvas_name(c) ? canvas_name(c) : "(unnamed)",
         canvas_version());
  n = canvas_segment_count(c);
  for (i = 0; i < n; i++)
    printf("segment %s: %zu jobs, %zu pains, %zu gains\n", canvas_segment_name(c, i),
           canvas_note_count(c, i, "jobs"), canvas_note_count(c, i, "pains"),
           canvas_note_count(c, i, "gains"));
  status = canvas_check(c);
  printf("%zu findings\n", canvas_diagnostic_count(c));
  canvas_render(c, "fit", NULL, 80, 0, stdout);
  canvas_free(c);
  return status == CANVAS_FINDINGS ? 1 : 0;
}
