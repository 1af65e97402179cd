/*
** replay.c: runs LLVMFuzzerTestOneInput (tests/fuzz/fuzz_load.c) once on
** each file named on the command line, without libFuzzer, so the saved
** inputs are a regression test with any compiler (tests/fuzz.t). Prints TAP
** lines, "ok N - FILE" after each input that returns; what scripts print is
** thrown away. An unreadable file stops the run with status 2, a crash or a
** sanitizer report with its own status, and an input still running after
** REPLAY_SECONDS with status 124, as libFuzzer's -timeout would.
*/
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#if !defined(REPLAY_SECONDS)
#define REPLAY_SECONDS 60
#endif
#define TEXT(x) #x
#define NUMBER(x) TEXT(x)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void on_alarm(int sig) {
  static const char msg[] = "replay: the input ran for more than "
                            NUMBER(REPLAY_SECONDS) " s\n";
  (void)sig;
  if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) _exit(124);
  _exit(124);
}

/*
** Reads a whole file into a buffer of exactly its size, so that a read past
** the end is caught by the sanitizers as libFuzzer would; NULL on failure.
*/
static uint8_t *slurp(const char *path, size_t *size) {
  FILE *f = fopen(path, "rb");
  uint8_t *buf = NULL, *exact = NULL;
  size_t cap = 0, n = 0;
  if (f == NULL) return NULL;
  for (;;) {
    if (n == cap) {
      uint8_t *more = realloc(buf, cap = cap ? cap * 2 : 4096);
      if (more == NULL) break;
      buf = more;
    }
    n += fread(buf + n, 1, cap - n, f);
    if (n < cap) {
      if (!ferror(f) && (exact = malloc(n ? n : 1)) != NULL) {
        memcpy(exact, buf, n);
        *size = n;
      }
      break;
    }
  }
  fclose(f);
  free(buf);
  return exact;
}

int main(int argc, char **argv) {
  int i, null;
  FILE *tap;
  /* TAP goes to the original stdout; scripts' output to /dev/null. */
  fflush(stdout);
  tap = fdopen(dup(1), "w");
  null = open("/dev/null", O_WRONLY);
  if (tap == NULL || null < 0 || dup2(null, 1) < 0) {
    perror("replay: cannot set up output");
    return 2;
  }
  close(null);
  setvbuf(tap, NULL, _IOLBF, 0);
  signal(SIGALRM, on_alarm);
  for (i = 1; i < argc; i++) {
    size_t size = 0;
    uint8_t *data = slurp(argv[i], &size);
    if (data == NULL) {
      fprintf(stderr, "replay: cannot read %s\n", argv[i]);
      return 2;
    }
    alarm(REPLAY_SECONDS);
    LLVMFuzzerTestOneInput(data, size);
    alarm(0);
    free(data);
    fprintf(tap, "ok %d - %s\n", i, argv[i]);
  }
  fclose(tap);
  return 0;
}
