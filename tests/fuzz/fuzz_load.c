/*
** fuzz_load.c: a libFuzzer target that feeds arbitrary bytes to the script
** loader through the public API (include/canvas.h), as an untrusted script
** with small limits, then reads back everything the API offers about it.
** `make fuzz` builds it with clang; tests/fuzz/replay.c runs the same
** function over saved inputs without clang (tests/fuzz.t).
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "canvas.h"

/* Small limits keep each input quick; -D can change them. */
#if !defined(FUZZ_MAX_MEMORY)
#define FUZZ_MAX_MEMORY ((size_t)64 << 20)
#endif
#if !defined(FUZZ_TIMEOUT)
#define FUZZ_TIMEOUT 0.2
#endif

/* What was read, kept so that the compiler cannot skip the reading. */
static volatile size_t seen;

/* Where views go: nowhere, but through a real stream. */
static FILE *sink(void) {
  static FILE *f;
  if (f == NULL) f = fopen("/dev/null", "w");
  return f;
}

/* Touches every byte of a string the API returned, so that a sanitizer or
** valgrind sees a dangling or unterminated one. */
static size_t touch(const char *s) {
  return s ? strlen(s) : 0;
}

/* Reads every diagnostic of the last load. */
static size_t read_diagnostics(canvas *c) {
  size_t i, n = canvas_diagnostic_count(c), sum = 0;
  for (i = 0; i < n; i++) {
    canvas_diagnostic d;
    if (canvas_get_diagnostic(c, i, &d) != CANVAS_OK) continue;
    sum += touch(d.file) + touch(d.severity) + touch(d.id) + touch(d.name) +
           touch(d.message) + (size_t)d.line;
  }
  /* One past the end must be refused, not read. */
  {
    canvas_diagnostic d;
    if (canvas_get_diagnostic(c, n, &d) == CANVAS_OK) abort();
  }
  return sum + touch(canvas_error(c));
}

/* Walks the model the script built and draws both views of it. */
static size_t read_model(canvas *c) {
  static const char *const category[] = {"jobs", "pains", "gains"};
  size_t s, k, i, nseg = canvas_segment_count(c), sum = touch(canvas_name(c));
  for (s = 0; s < nseg; s++) {
    sum += touch(canvas_segment_name(c, s));
    sum += touch(canvas_field(c, s, NULL, 0, "id"));
    for (k = 0; k < 3; k++) {
      size_t nnote = canvas_note_count(c, s, category[k]);
      for (i = 0; i < nnote; i++) {
        sum += touch(canvas_note_text(c, s, category[k], i));
        sum += touch(canvas_field(c, s, category[k], i, "importance"));
      }
    }
  }
  sum += canvas_unresolved_count(c);
  if (sink() != NULL) {
    canvas_render(c, "rank", NULL, 80, 0, sink());
    sum += touch(canvas_error(c));
    canvas_render(c, "show", NULL, 100, 1, sink());
    sum += touch(canvas_error(c));
  }
  return sum;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  canvas *c = canvas_new();
  if (c == NULL) return 0;
  canvas_set_max_memory(c, FUZZ_MAX_MEMORY);
  canvas_set_timeout(c, FUZZ_TIMEOUT);
  /* Whatever the status, the model (perhaps half built) must stay readable. */
  canvas_load_string(c, (const char *)data, size, "fuzz");
  seen += read_diagnostics(c);
  seen += read_model(c);
  canvas_free(c);
  return 0;
}
