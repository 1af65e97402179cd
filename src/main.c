/*
** main.c: the `canvas` command line, a thin client of include/canvas.h.
*/
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/time.h>
#include <unistd.h>

#include "canvas.h"

static const char *progname = "canvas";

static void usage_hint(void) {
  fprintf(stderr, "Try '%s --help' for more information.\n", progname);
}

static void help(void) {
  printf(
      "Usage: canvas [options] [script [args...]]\n"
      "       canvas run [options] script [args...]\n"
      "\n"
      "Runs a canvas script: Lua 5.4 with declarations for the customer\n"
      "segments of a Business Model Canvas and the customer profiles (jobs,\n"
      "pains, gains) of a Value Proposition Canvas.\n"
      "\n"
      "Commands:\n"
      "  run SCRIPT [ARGS...]   run a script (the default when the first\n"
      "                         argument is not a command); '-' reads the\n"
      "                         script from standard input\n"
      "  rank SCRIPT [--segment NAME]\n"
      "                         each profile's jobs, pains and gains in rank\n"
      "                         order, with rank and score\n"
      "  show SCRIPT [--segment NAME]\n"
      "                         the profiles as a text canvas, fitted to the\n"
      "                         terminal (COLUMNS, else 80 columns)\n"
      "  help                   show this help\n"
      "\n"
      "Options:\n"
      "  -e CODE         run CODE before the script (may be repeated)\n"
      "  -I DIR          let include and require read scripts in DIR too\n"
      "  --trust         give the script the whole Lua library (io, os,\n"
      "                  debug...); only for scripts you wrote or checked\n"
      "  --traceback     add a Lua traceback to runtime errors\n"
      "  --max-memory SIZE\n"
      "                  the most memory a script may use: bytes, or with K, M\n"
      "                  or G (default %gG for untrusted scripts; 0: no limit)\n"
      "  --timeout SECONDS\n"
      "                  the longest a script may run (default %g for\n"
      "                  untrusted scripts; 0: no limit)\n"
      "  --segment NAME  (rank, show) only the segment with this name or id\n"
      "  --help          show this help\n"
      "  --version       show the version\n"
      "  --              end of options\n"
      "\n"
      "Scripts run untrusted by default: no files, no processes, only the\n"
      "canvas scripts they include from the script's folder, the working\n"
      "directory or an -I folder, and limited in memory and time. --trust\n"
      "lifts the limits too, unless --max-memory or --timeout are given.\n"
      "\n"
      "Diagnostics have the form 'file:line: error: message'. Unresolved\n"
      "references are reported as 'file:line: warning[CS018] ...'.\n"
      "\n"
      "Exit status:\n"
      "  0  the script ran\n"
      "  2  the command line was wrong (e.g. an unknown --segment)\n"
      "  3  the script failed to load (syntax, runtime or declaration error)\n"
      "  4  a memory or time limit stopped the script\n"
      "  130  interrupted (Ctrl-C)\n"
      "\n"
      "See docs/language.md for the language and canvas(1) for the details.\n",
      (double)CANVAS_DEFAULT_MAX_MEMORY / (1 << 30), CANVAS_DEFAULT_TIMEOUT);
}

/* Whether output on fd may use colour: a terminal, and no NO_COLOR. */
static int use_colour(int fd) {
  const char *nc = getenv("NO_COLOR");
  const char *term = getenv("TERM");
  if (nc != NULL && *nc != '\0') return 0;
  if (term != NULL && strcmp(term, "dumb") == 0) return 0;
  return isatty(fd);
}

/* The width to fit output to: COLUMNS, the terminal's width, else 80. */
static int output_width(void) {
  const char *cols = getenv("COLUMNS");
  struct winsize ws;
  if (cols != NULL && *cols != '\0') {
    char *end;
    long n = strtol(cols, &end, 10);
    if (*end == '\0' && n > 0 && n < 10000) return (int)n;
  }
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
      ws.ws_col > 0)
    return ws.ws_col;
  return 80;
}

static void print_diagnostics(canvas *c, int status) {
  size_t i, n = canvas_diagnostic_count(c);
  int colour = use_colour(STDERR_FILENO);
  if (n == 0 && status != CANVAS_OK) {
    const char *e = canvas_error(c);
    fprintf(stderr, "%s: %s\n", progname, e ? e : "the script failed to load");
    return;
  }
  for (i = 0; i < n; i++) {
    canvas_diagnostic d;
    const char *on = "", *off = "", *bold = "";
    if (canvas_get_diagnostic(c, i, &d) != CANVAS_OK) continue;
    if (colour) {
      bold = "\033[1m";
      off = "\033[0m";
      on = strcmp(d.severity, "error") == 0     ? "\033[1;31m"
           : strcmp(d.severity, "warning") == 0 ? "\033[1;35m"
                                                : "\033[1;36m";
    }
    if (d.line > 0)
      fprintf(stderr, "%s%s:%d:%s ", bold, d.file, d.line, off);
    else
      fprintf(stderr, "%s%s:%s ", bold, d.file, off);
    if (d.id != NULL)
      fprintf(stderr, "%s%s[%s]%s %s: %s\n", on, d.severity, d.id, off,
              d.name ? d.name : "", d.message);
    else
      fprintf(stderr, "%s%s:%s %s\n", on, d.severity, off, d.message);
  }
}

/*
** Reads all of standard input, at most CANVAS_MAX_SCRIPT_SIZE bytes.
** Returns NULL with *why set when it cannot.
*/
static char *read_stdin(size_t *len, const char **why) {
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  *why = "not enough memory";
  if (buf == NULL) return NULL;
  for (;;) {
    size_t got;
    if (n == cap) {
      char *nb;
      if (cap > CANVAS_MAX_SCRIPT_SIZE) {
        *why = "it is too large (scripts may have at most 256 MiB)";
        free(buf);
        return NULL;
      }
      nb = realloc(buf, cap * 2);
      if (nb == NULL) {
        free(buf);
        return NULL;
      }
      buf = nb;
      cap *= 2;
    }
    got = fread(buf + n, 1, cap - n, stdin);
    n += got;
    if (got == 0) break;
  }
  if (ferror(stdin)) {
    *why = strerror(errno);
    free(buf);
    return NULL;
  }
  if (n > CANVAS_MAX_SCRIPT_SIZE) {
    *why = "it is too large (scripts may have at most 256 MiB)";
    free(buf);
    return NULL;
  }
  *len = n;
  return buf;
}

/* "512", "64K", "512M", "2G", "1.5G", "2GiB" -> bytes; 0 when not a size. */
static int parse_size(const char *s, size_t *out) {
  char *end;
  double v = strtod(s, &end), mul = 1;
  if (end == s || !(v >= 0)) return 0;
  switch (*end) {
    case 'k': case 'K': mul = 1024.0; end++; break;
    case 'm': case 'M': mul = 1024.0 * 1024; end++; break;
    case 'g': case 'G': mul = 1024.0 * 1024 * 1024; end++; break;
    default: break;
  }
  if (mul > 1 && (strcmp(end, "iB") == 0 || strcmp(end, "B") == 0)) end += strlen(end);
  if (*end != '\0' || v * mul > 1e18) return 0;
  *out = (size_t)(v * mul);
  return 1;
}

static int parse_seconds(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (end == s || *end != '\0' || !(v >= 0) || v > 1e9) return 0;
  *out = v;
  return 1;
}

struct opts {
  int trust, traceback;
  int have_memory, have_timeout;  /* given on the command line */
  size_t max_memory;
  double timeout;
  const char *segment;   /* --segment, for rank and show */
  const char *codes[64];
  int ncodes;
  const char *dirs[64];
  int ndirs;
};

/* Parses options at argv[*i...]; stops at the first non-option. */
static int parse_options(int argc, char **argv, int *i, struct opts *o,
                         int view) {
  for (; *i < argc; (*i)++) {
    const char *a = argv[*i];
    if (view && strcmp(a, "--segment") == 0) {
      if (*i + 1 >= argc) {
        fprintf(stderr, "%s: option '--segment' needs a segment's name\n",
                progname);
        usage_hint();
        return CANVAS_USAGE;
      }
      o->segment = argv[++*i];
      continue;
    }
    if (view && strncmp(a, "--segment=", 10) == 0) {
      o->segment = a + 10;
      continue;
    }
    if (strcmp(a, "--") == 0) {
      (*i)++;
      return CANVAS_OK;
    }
    if (a[0] != '-' || strcmp(a, "-") == 0) return CANVAS_OK;
    if (strcmp(a, "--trust") == 0) {
      o->trust = 1;
    } else if (strcmp(a, "--traceback") == 0) {
      o->traceback = 1;
    } else if (strcmp(a, "-e") == 0 || strcmp(a, "-I") == 0) {
      if (*i + 1 >= argc) {
        fprintf(stderr, "%s: option '%s' needs a value\n", progname, a);
        return CANVAS_USAGE;
      }
      if (a[1] == 'e') {
        if (o->ncodes == 64) {
          fprintf(stderr, "%s: too many -e options (at most 64)\n", progname);
          return CANVAS_USAGE;
        }
        o->codes[o->ncodes++] = argv[++*i];
      } else {
        if (o->ndirs == 64) {
          fprintf(stderr, "%s: too many -I options (at most 64)\n", progname);
          return CANVAS_USAGE;
        }
        o->dirs[o->ndirs++] = argv[++*i];
      }
    } else if (strcmp(a, "--max-memory") == 0 || strcmp(a, "--timeout") == 0 ||
               strncmp(a, "--max-memory=", 13) == 0 ||
               strncmp(a, "--timeout=", 10) == 0) {
      int mem = a[2] == 'm';
      const char *v = strchr(a, '=');
      if (v != NULL) {
        v++;
      } else if (*i + 1 < argc) {
        v = argv[++*i];
      } else {
        fprintf(stderr, "%s: option '%s' needs a value\n", progname, a);
        usage_hint();
        return CANVAS_USAGE;
      }
      if (mem ? !parse_size(v, &o->max_memory) : !parse_seconds(v, &o->timeout)) {
        fprintf(stderr, "%s: %s: '%s' is not %s\n", progname,
                mem ? "--max-memory" : "--timeout", v,
                mem ? "a size (bytes, or a number with K, M or G: 512M, 2G; 0 for no limit)"
                    : "a number of seconds (e.g. 30 or 2.5; 0 for no limit)");
        return CANVAS_USAGE;
      }
      if (mem) o->have_memory = 1;
      else o->have_timeout = 1;
    } else if (strncmp(a, "-I", 2) == 0) {
      if (o->ndirs == 64) return CANVAS_USAGE;
      o->dirs[o->ndirs++] = a + 2;
    } else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
      help();
      exit(0);
    } else if (strcmp(a, "--version") == 0 || strcmp(a, "-v") == 0) {
      printf("canvas %s\n", canvas_version());
      exit(0);
    } else {
      fprintf(stderr, "%s: unknown option '%s'\n", progname, a);
      usage_hint();
      return CANVAS_USAGE;
    }
  }
  return CANVAS_OK;
}

/*
** The last resort: when a script is stuck inside a Lua library function
** that runs in C, the count hook that enforces --timeout never fires. A
** timer set well past the time limit then ends the process, with exit 4.
*/
static char watchdog_msg[512];
static size_t watchdog_len;

static void on_watchdog(int sig) {
  (void)sig;
  if (write(STDERR_FILENO, watchdog_msg, watchdog_len) < 0) _exit(CANVAS_LIMIT);
  _exit(CANVAS_LIMIT);
}

/* Copies s to buf with control characters written as \NNN, as messages do. */
static void escape(char *buf, size_t size, const char *s) {
  size_t n = 0;
  for (; *s != '\0' && n + 5 < size; s++) {
    unsigned char ch = (unsigned char)*s;
    if (ch < 32 || ch == 127) n += (size_t)snprintf(buf + n, size - n, "\\%03d", ch);
    else buf[n++] = (char)ch;
  }
  buf[n] = '\0';
}

static void arm_watchdog(canvas *c, const char *script) {
  double t = canvas_get_timeout(c);
  struct itimerval it;
  int n;
  if (t <= 0) return;
  char name[256];
  escape(name, sizeof name, script ? (strcmp(script, "-") == 0 ? "stdin" : script)
                                   : "(command line)");
  n = snprintf(watchdog_msg, sizeof watchdog_msg,
               "%s: error: the time limit was reached (%g s) inside a Lua library "
               "function that cannot be interrupted; the run was stopped (raise "
               "it with --timeout SECONDS, or 0 for no limit)\n",
               name, t);
  watchdog_len = n < 0 ? 0 : (size_t)n < sizeof watchdog_msg ? (size_t)n
                                                             : sizeof watchdog_msg - 1;
  memset(&it, 0, sizeof it);
  t = 2 * t + 1;   /* well past the limit that the hook enforces */
  it.it_value.tv_sec = (time_t)t;
  it.it_value.tv_usec = (suseconds_t)((t - floor(t)) * 1e6);
  signal(SIGALRM, on_watchdog);
  setitimer(ITIMER_REAL, &it, NULL);
}

/* Ctrl-C stops the running script; a second one ends the process. */
static canvas *volatile current;

static void on_interrupt(int sig) {
  (void)sig;
  signal(SIGINT, SIG_DFL);
  if (current != NULL) canvas_interrupt(current);
}

/*
** Makes an interpreter with the options, runs the -e codes and the script
** (argv[i] and its arguments after it). Returns the status; *out gets the
** interpreter, which the caller frees, or NULL when none could be made.
*/
static int load(int argc, char **argv, int i, struct opts *o, canvas **out) {
  canvas *c;
  const char *script = NULL;
  char *code = NULL;      /* the script read from standard input */
  size_t codelen = 0;
  int status = CANVAS_OK, k;
  *out = NULL;
  if (i < argc) script = argv[i++];
  if (script == NULL && o->ncodes == 0) {
    if (isatty(STDIN_FILENO)) {
      fprintf(stderr, "%s: no script given\n", progname);
      fprintf(stderr, "Usage: canvas [options] script [args...]\n");
      usage_hint();
      return CANVAS_USAGE;
    }
    script = "-";
  }
  if (script != NULL && strcmp(script, "-") == 0) {
    const char *why;
    code = read_stdin(&codelen, &why);
    if (code == NULL) {
      fprintf(stderr, "%s: cannot read the script from standard input: %s\n",
              progname, why);
      return CANVAS_LOAD;
    }
  }
  c = canvas_new();
  if (c == NULL) {
    fprintf(stderr, "%s: not enough memory to start\n", progname);
    free(code);
    return CANVAS_LIMIT;
  }
  *out = c;
  if (canvas_error(c) != NULL) { /* before any load: the set-up failed */
    fprintf(stderr, "%s: %s\n", progname, canvas_error(c));
    free(code);
    return CANVAS_LOAD;
  }
  canvas_set_trust(c, o->trust);
  canvas_set_traceback(c, o->traceback);
  if (o->have_memory) canvas_set_max_memory(c, o->max_memory);
  if (o->have_timeout) canvas_set_timeout(c, o->timeout);
  arm_watchdog(c, script);
  current = c;
  signal(SIGINT, on_interrupt);
  for (k = 0; k < o->ndirs; k++) {
    if (canvas_add_include_dir(c, o->dirs[k]) != CANVAS_OK) {
      fprintf(stderr, "%s: -I %s: no such folder\n", progname, o->dirs[k]);
      free(code);
      return CANVAS_USAGE;
    }
  }
  canvas_set_args(c, argc - i, (const char *const *)(argv + i));
  for (k = 0; k < o->ncodes && status == CANVAS_OK; k++) {
    status = canvas_load_string(c, o->codes[k], strlen(o->codes[k]),
                                "(command line)");
    print_diagnostics(c, status);
  }
  if (status == CANVAS_OK && script != NULL) {
    if (code != NULL)
      status = canvas_load_string(c, code, codelen, "stdin");
    else
      status = canvas_load_file(c, script);
    print_diagnostics(c, status);
  }
  free(code);
  return status;
}

static int run(int argc, char **argv, int i, struct opts *o) {
  canvas *c;
  int status = load(argc, argv, i, o, &c);
  current = NULL;
  if (fflush(stdout) != 0 && status == CANVAS_OK) {
    fprintf(stderr, "%s: cannot write the output\n", progname);
    status = CANVAS_LOAD;
  }
  canvas_free(c);
  return status;
}

/*
** canvas rank|show [options] script [--segment NAME]: options may come
** before or after the script; the script takes no arguments.
*/
static int view(const char *what, int argc, char **argv, int i, struct opts *o) {
  canvas *c;
  const char *script = NULL;
  char *one[1];
  int status, j;
  for (j = i; j < argc; j++) {
    status = parse_options(argc, argv, &j, o, 1);
    if (status != CANVAS_OK) return status;
    if (j >= argc) break;
    if (script != NULL) {
      fprintf(stderr, "%s: %s takes one script; '%s' is one too many\n",
              progname, what, argv[j]);
      usage_hint();
      return CANVAS_USAGE;
    }
    script = argv[j];
  }
  if (script == NULL) {
    fprintf(stderr, "%s: %s needs a script (or '-' for standard input)\n",
            progname, what);
    usage_hint();
    return CANVAS_USAGE;
  }
  one[0] = (char *)script;
  status = load(1, one, 0, o, &c);
  if (status == CANVAS_OK) {
    status = canvas_render(c, what, o->segment, output_width(),
                           use_colour(STDOUT_FILENO), stdout);
    if (status == CANVAS_USAGE)
      fprintf(stderr, "%s: %s\n", progname, canvas_error(c));
    else if (status != CANVAS_OK)
      print_diagnostics(c, status);
  }
  current = NULL;
  canvas_free(c);
  return status;
}

int main(int argc, char **argv) {
  struct opts o;
  int i = 1, status;
  memset(&o, 0, sizeof o);
  if (argc > 1 && strcmp(argv[1], "help") == 0) {
    help();
    return 0;
  }
  if (argc > 1 && (strcmp(argv[1], "rank") == 0 || strcmp(argv[1], "show") == 0))
    return view(argv[1], argc, argv, 2, &o);
  if (argc > 1 && strcmp(argv[1], "run") == 0) {
    i = 2;
    status = parse_options(argc, argv, &i, &o, 0);
    if (status != CANVAS_OK) return status;
    if (i >= argc) {
      fprintf(stderr, "%s: run needs a script (or '-' for standard input)\n",
              progname);
      usage_hint();
      return CANVAS_USAGE;
    }
    return run(argc, argv, i, &o);
  }
  status = parse_options(argc, argv, &i, &o, 0);
  if (status != CANVAS_OK) return status;
  return run(argc, argv, i, &o);
}
