/*
** repl.c: canvas repl, the interactive side of the command line, and the
** only file that includes GNU readline. What is typed runs through
** canvas_eval (the language and the printing of values live in the
** stdlib, stdlib/repl/); completion through canvas_complete; the history
** file through canvas_history_*. On a terminal, lines are read with
** readline's callback interface, so that Ctrl-C at the prompt clears the
** line and a resize is seen at once; from a pipe, with getline and no
** prompts.
**
** Ctrl-C while a statement runs calls canvas_interrupt, which stops it for
** good (no pcall in the statement can catch it) and returns to the prompt.
*/
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#include "repl.h"

#if !defined(REPL_HISTORY_LINES)
#define REPL_HISTORY_LINES 1000    /* kept in memory for the arrow keys */
#endif

static canvas *cur;                       /* the interpreter being used */
static const char *pending;               /* the lines of the statement so far */
static const struct repl_hooks *hooks;
static int tty;                           /* reading with readline */
static volatile sig_atomic_t running;     /* a statement runs */
static volatile sig_atomic_t nested;      /* a running statement asks a question */
static volatile sig_atomic_t got_int, got_winch, got_term;

/* SIGINT: stops a running statement; at a prompt, clears the line. */
static void on_int(int sig) {
  (void)sig;
  got_int = 1;
  if (running && !nested && cur != NULL) canvas_interrupt(cur);
}

static void on_winch(int sig) {
  (void)sig;
  got_winch = 1;
}

/* SIGTERM, SIGHUP: leave as at Ctrl-D (history saved, terminal restored). */
static void on_term(int sig) {
  (void)sig;
  got_term = 1;
  if (running && !nested && cur != NULL) canvas_interrupt(cur);
}

static void handle(int sig, void (*fn)(int)) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = fn;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;          /* no SA_RESTART: select must see EINTR */
  sigaction(sig, &sa, NULL);
}

/* ------------------------------------------------------------------------
** Reading a line
** --------------------------------------------------------------------- */

static char *got_line;
static int line_ready;

static void on_line(char *line) {
  got_line = line;
  line_ready = 1;
  rl_callback_handler_remove();
}

/*
** Reads a line at the terminal after `prompt`. Returns it (malloc'd), or
** NULL at the end of input (Ctrl-D on an empty line, or SIGTERM) or when
** Ctrl-C cancelled it: then *interrupted is 1 and *was_empty says whether
** nothing had been typed.
*/
static char *tty_read(const char *prompt, int *interrupted, int *was_empty) {
  int fd = fileno(rl_instream);
  *interrupted = 0;
  *was_empty = 1;
  got_line = NULL;
  line_ready = 0;
  got_int = 0;
  rl_callback_handler_install(prompt, on_line);
  while (!line_ready) {
    fd_set fds;
    int r;
    FD_ZERO(&fds);
    FD_SET(fd, &fds);
    r = select(fd + 1, &fds, NULL, NULL, NULL);
    if (got_winch) {
      got_winch = 0;
      rl_resize_terminal();
    }
    if (got_int || got_term) {
      *interrupted = got_int && !got_term;
      *was_empty = rl_end == 0;
      got_int = 0;
      /* keep what was typed on screen, forget it, give the terminal back */
      rl_point = rl_end;
      rl_redisplay();
      rl_free_line_state();
      rl_callback_sigcleanup();
      rl_callback_handler_remove();
      fputs("\n", rl_outstream);
      fflush(rl_outstream);
      return NULL;
    }
    if (r < 0) {
      if (errno == EINTR) continue;
      rl_callback_handler_remove();
      return NULL;
    }
    if (r > 0) rl_callback_read_char();
  }
  return got_line;
}

/* Reads a line from a pipe (without its newline); NULL at the end. */
static char *pipe_read(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) {
    free(line);
    return NULL;
  }
  if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
  return line;
}

/*
** canvas_set_reader's reader: a question a running statement asks (the
** tutorial). The statement's watchdog and Ctrl-C are off while it waits.
*/
static char *ask(void *ud, const char *prompt, int *interrupted) {
  char *line;
  int was_empty;
  (void)ud;
  *interrupted = 0;
  if (hooks->watch) hooks->watch(cur, 0);
  nested = 1;
  if (tty) {
    line = tty_read(prompt, interrupted, &was_empty);
  } else {
    line = pipe_read();
  }
  nested = 0;
  got_int = 0;
  if (hooks->watch) hooks->watch(cur, 1);
  return line;
}

/* ------------------------------------------------------------------------
** Completion
** --------------------------------------------------------------------- */

struct candidates {
  char **v;
  size_t n, cap;
  int failed;
};

static void add_candidate(void *ud, const char *s) {
  struct candidates *l = ud;
  char *copy;
  if (l->failed) return;
  if (l->n + 2 >= l->cap) {
    size_t cap = l->cap ? l->cap * 2 : 16;
    char **v = realloc(l->v, cap * sizeof *v);
    if (v == NULL) {
      l->failed = 1;
      return;
    }
    l->v = v;
    l->cap = cap;
  }
  copy = strdup(s);
  if (copy == NULL) {
    l->failed = 1;
    return;
  }
  l->v[++l->n] = copy;     /* slot 0 is for the common prefix */
}

/*
** readline's attempted-completion hook: the candidates come from the
** stdlib (canvas_complete); slot 0 of the list readline wants is their
** longest common prefix. Filenames are never offered.
*/
static char **complete(const char *text, int start, int end) {
  struct candidates l = {NULL, 0, 0, 0};
  size_t i, common;
  (void)text;
  rl_attempted_completion_over = 1;
  rl_completion_suppress_append = 1;    /* candidates carry their own ( . or " */
  rl_completion_suppress_quote = 1;
  int status;
  if (pending != NULL) {
    /* a continuation line: the statement's earlier lines give the context */
    size_t n = strlen(pending);
    char *all = malloc(n + 1 + (size_t)end + 1);
    if (all == NULL) return NULL;
    memcpy(all, pending, n);
    all[n] = '\n';
    memcpy(all + n + 1, rl_line_buffer, (size_t)end);
    all[n + 1 + (size_t)end] = '\0';
    status = canvas_complete(cur, all, n + 1 + (size_t)start, n + 1 + (size_t)end,
                             add_candidate, &l);
    free(all);
  } else {
    status = canvas_complete(cur, rl_line_buffer, (size_t)start, (size_t)end, add_candidate, &l);
  }
  if (status != CANVAS_OK || l.failed || l.n == 0) {
    for (i = 1; i <= l.n; i++) free(l.v[i]);
    free(l.v);
    return NULL;
  }
  common = strlen(l.v[1]);
  for (i = 2; i <= l.n; i++) {
    size_t k = 0;
    while (k < common && l.v[i][k] == l.v[1][k]) k++;
    common = k;
  }
  l.v[0] = malloc(common + 1);
  if (l.v[0] == NULL) {
    for (i = 1; i <= l.n; i++) free(l.v[i]);
    free(l.v);
    return NULL;
  }
  memcpy(l.v[0], l.v[1], common);
  l.v[0][common] = '\0';
  l.v[l.n + 1] = NULL;
  return l.v;
}

/* ------------------------------------------------------------------------
** The loop
** --------------------------------------------------------------------- */

static void add_history_entry(void *ud, const char *entry) {
  (void)ud;
  add_history(entry);
}

/* The prompt: the canvas's name (control characters left out, cut), then
** "> "; a continuation line gets dots under it. */
static void make_prompts(char *prompt, char *more, size_t size) {
  const char *name = canvas_name(cur);
  size_t n = 0, i, width;
  if (name == NULL || *name == '\0') name = "canvas";
  for (i = 0; name[i] != '\0' && n + 3 < size && n < 40; i++) {
    unsigned char ch = (unsigned char)name[i];
    if (ch >= 0x20 && ch != 0x7f) prompt[n++] = (char)ch;
  }
  memcpy(prompt + n, "> ", 3);
  width = 0;
  for (i = 0; i < n; i++)     /* display columns, roughly: UTF-8 lead bytes */
    if (((unsigned char)prompt[i] & 0xC0) != 0x80) width++;
  if (width + 3 > size) width = size - 3;
  memset(more, ' ', width);
  if (width >= 2) memcpy(more + width - 2, "..", 2);
  memcpy(more + width, "> ", 3);
}

/* Appends line to the statement being typed (after a newline). */
static char *join(char *buf, const char *line) {
  size_t a = buf ? strlen(buf) : 0, b = strlen(line);
  char *out = realloc(buf, a + b + 2);
  if (out == NULL) return NULL;
  if (a > 0) out[a++] = '\n';
  memcpy(out + a, line, b + 1);
  return out;
}

/* The worse of two statuses: interrupted, then a limit, then a failure. */
static int worse(int a, int b) {
  if (a == CANVAS_INTERRUPTED || b == CANVAS_INTERRUPTED) return CANVAS_INTERRUPTED;
  return b > a ? b : a;
}

/* Runs one whole statement; prints what it found. */
static int run(char *stmt) {
  int status;
  got_int = 0;
  running = 1;
  if (hooks->watch) hooks->watch(cur, 1);
  status = canvas_eval(cur, stmt, strlen(stmt), stdout);
  if (hooks->watch) hooks->watch(cur, 0);
  running = 0;
  got_int = 0;
  fflush(stdout);
  if (status == CANVAS_INTERRUPTED && tty) fputc('\n', stderr);   /* after the ^C */
  if (status != CANVAS_INCOMPLETE) hooks->diagnostics(cur, status);
  return status;
}

int repl_run(canvas *c, const struct repl_hooks *h) {
  char prompt[64], more[64];
  char *stmt = NULL;
  int result = CANVAS_OK;
  cur = c;
  hooks = h;
  tty = isatty(STDIN_FILENO);
  handle(SIGINT, on_int);
  handle(SIGTERM, on_term);
  handle(SIGHUP, on_term);
  canvas_set_reader(c, ask, NULL);
  if (tty) {
    const char *loc = setlocale(LC_CTYPE, "");
    /* wide and accented input needs a UTF-8 locale; C.UTF-8 is always there */
    if (loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0)
      setlocale(LC_CTYPE, "C.UTF-8");
    handle(SIGWINCH, on_winch);
    rl_readline_name = "canvas";
    rl_instream = stdin;
    rl_outstream = stdout;
    rl_catch_signals = 0;
    rl_catch_sigwinch = 0;
    rl_attempted_completion_function = complete;
    /* the stdlib's completion works out the context itself: the quotes
       are not word breaks, so that readline adds no quote of its own */
    rl_completer_word_break_characters = " \t\n`@$><=;|&{(,)}[]+-*/%^#~";
    rl_completer_quote_characters = "\"'";
    using_history();
    stifle_history(REPL_HISTORY_LINES);
    if (canvas_history_load(c, add_history_entry, NULL) != CANVAS_OK)
      fprintf(stderr, "%s: %s (history is off for this session)\n", h->progname,
              canvas_error(c));
    printf("canvas %s: help() for help, Ctrl-D to leave\n", canvas_version());
    fflush(stdout);
  }
  for (;;) {
    char *line;
    int interrupted = 0, was_empty = 1, status;
    if (got_term) break;
    if (tty) {
      make_prompts(prompt, more, sizeof prompt);
      pending = stmt;
      line = tty_read(stmt ? more : prompt, &interrupted, &was_empty);
      pending = NULL;
    } else {
      line = pipe_read();
    }
    if (line == NULL) {
      if (interrupted) {
        if (stmt == NULL && was_empty)
          printf("(to leave canvas, press Ctrl-D on an empty line)\n");
        free(stmt);
        stmt = NULL;
        continue;
      }
      break;    /* the end of input */
    }
    {
      char *joined = join(stmt, line);
      free(line);
      if (joined == NULL) {
        fprintf(stderr, "%s: not enough memory for the statement\n", h->progname);
        free(stmt);
        stmt = NULL;
        result = worse(result, CANVAS_LIMIT);
        continue;
      }
      stmt = joined;
    }
    if (stmt[strspn(stmt, " \t\r\n")] == '\0') {   /* nothing typed */
      free(stmt);
      stmt = NULL;
      continue;
    }
    status = run(stmt);
    if (status == CANVAS_INCOMPLETE) continue;
    if (tty) {
      add_history(stmt);
      canvas_history_add(c, stmt);
    }
    if (status != CANVAS_OK) result = worse(result, status);
    free(stmt);
    stmt = NULL;
  }
  if (stmt != NULL) {   /* input ended inside a statement */
    if (!tty) {
      fprintf(stderr, "stdin: error: the input ended inside an unfinished statement\n");
      result = worse(result, CANVAS_LOAD);
    }
    free(stmt);
  }
  if (tty) {
    putchar('\n');
    if (canvas_history_save(c) != CANVAS_OK)
      fprintf(stderr, "%s: %s\n", h->progname, canvas_error(c));
  }
  canvas_set_reader(c, NULL, NULL);
  fflush(stdout);
  return tty ? CANVAS_OK : result;
}
