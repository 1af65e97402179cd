/* repl.h: the interactive side of the command line (src/repl.c). */
#ifndef CANVAS_REPL_H
#define CANVAS_REPL_H

#include "canvas.h"

/* What the REPL needs from the rest of the command line. */
struct repl_hooks {
  const char *progname;
  /* arms (1) or disarms (0) the watchdog around a running statement */
  void (*watch)(canvas *c, int on);
  /* prints the diagnostics of the last call as the command line does */
  void (*diagnostics)(canvas *c, int status);
};

/*
** Runs the REPL on interpreter c (a script may be loaded into it already):
** with GNU readline when standard input is a terminal, else reading
** statements from standard input without prompts. Returns the exit
** status: 0, or for piped input the worst status of a statement (3 a
** statement failed, 4 a limit stopped one, 130 interrupted).
*/
int repl_run(canvas *c, const struct repl_hooks *hooks);

#endif
