/*
** main.c: the `canvas` command line, a thin client of include/canvas.h.
**
** A table of commands drives it: each has a name, a synopsis, a summary,
** the options it takes besides the global ones and a handler. --help,
** `canvas COMMAND --help`, `canvas help COMMAND` and --list-commands (read
** by the tests and by shell completion) all come from the table. Global
** options may stand before or after the command, as git and cargo take them.
*/
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "canvas.h"
#include "canvas_internal.h"
#include "canvas_limits.h"
#include "repl.h"

/* Where `make install` puts the language reference (set by the Makefile). */
#if !defined(CANVAS_DOCDIR)
#define CANVAS_DOCDIR "/usr/local/share/doc/canvas"
#endif

static const char *progname = "canvas";

static void usage_hint(void) {
  fprintf(stderr, "Try '%s --help' for more information.\n", progname);
}

/* ------------------------------------------------------------------------
** Options
** --------------------------------------------------------------------- */

enum {
  OPT_CODE, OPT_DIR, OPT_TRUST, OPT_TRACEBACK, OPT_MEMORY, OPT_TIMEOUT,
  OPT_SEGMENT, OPT_FORMAT, OPT_STRICT, OPT_ONLY, OPT_IGNORE, OPT_CONFIG,
  OPT_OUTPUT, OPT_SUMMARY, OPT_JOBS, OPT_MARKET, OPT_SEGMENTS, OPT_FORCE, OPT_HELP, OPT_VERSION, OPT_COUNT
};
#define BIT(o) (1u << (o))
/* The options every command takes, before or after its name. */
#define GLOBAL                                                             \
  (BIT(OPT_CODE) | BIT(OPT_DIR) | BIT(OPT_TRUST) | BIT(OPT_TRACEBACK) |    \
   BIT(OPT_MEMORY) | BIT(OPT_TIMEOUT) | BIT(OPT_HELP) | BIT(OPT_VERSION))

struct option {
  const char *name;    /* "--timeout" */
  const char *alias;   /* "-h", or NULL */
  const char *arg;     /* the value's name ("SECONDS"), NULL for none */
  const char *help;    /* a printf format; %g is the option's default */
  double dflt;
};

static const struct option options[OPT_COUNT] = {
  [OPT_CODE] = {"-e", NULL, "CODE", "run CODE before the script (may be repeated)", 0},
  [OPT_DIR] = {"-I", NULL, "DIR", "let include and require read scripts in DIR too", 0},
  [OPT_TRUST] = {"--trust", NULL, NULL,
                 "give the script the whole Lua library (io, os,\n"
                 "debug...); only for scripts you wrote or checked", 0},
  [OPT_TRACEBACK] = {"--traceback", NULL, NULL, "add a Lua traceback to runtime errors", 0},
  [OPT_MEMORY] = {"--max-memory", NULL, "SIZE",
                  "the most memory a script may use: bytes, or with K, M\n"
                  "or G (default %gG for untrusted scripts; 0: no limit)",
                  (double)CANVAS_DEFAULT_MAX_MEMORY / (1 << 30)},
  [OPT_TIMEOUT] = {"--timeout", NULL, "SECONDS",
                   "the longest a script may run (default %g for\n"
                   "untrusted scripts; 0: no limit)", CANVAS_DEFAULT_TIMEOUT},
  [OPT_SEGMENT] = {"--segment", NULL, "NAME", "only the segment with this name or id", 0},
  [OPT_FORMAT] = {"--format", NULL, "FORMAT",
                  "check: text (the default), json, sarif (SARIF\n"
                  "2.1.0) or github (GitHub Actions workflow commands);\n"
                  "export: text, md, json, svg, html or lua", 0},
  [OPT_STRICT] = {"--strict", NULL, NULL, "warnings fail the check too (exit 1)", 0},
  [OPT_ONLY] = {"--only", NULL, "IDS", "run only these rules (CS003,CS005)", 0},
  [OPT_IGNORE] = {"--ignore", NULL, "IDS", "leave these rules out (CS003,CS005)", 0},
  [OPT_CONFIG] = {"--config", NULL, "FILE",
                  "the project file to use instead of the .canvas.lua\n"
                  "found in the script's folder or above it", 0},
  [OPT_OUTPUT] = {"--output", "-o", "FILE",
                  "write to FILE (atomically: a failure or Ctrl-C leaves\n"
                  "no partial file) instead of standard output", 0},
  [OPT_SUMMARY] = {"--summary", NULL, NULL,
                   "one line for each script: its findings by severity\n"
                   "and the fit coverage of its top notes", 0},
  [OPT_JOBS] = {"--jobs", "-j", "N",
                "how many scripts to check at once: the worker\n"
                "processes, each checking scripts one after another, as\n"
                "fresh for each as a new interpreter (default: one for\n"
                "each processor; 1: one after another, as trusted scripts\n"
                "always are)", 0},
  [OPT_MARKET] = {"--market", NULL, "PATTERN",
                  "mass, niche (the default), segmented, diversified\n"
                  "or multi-sided", 0},
  [OPT_SEGMENTS] = {"--segments", NULL, "N",
                    "how many segments (1 for mass and niche, else 2\n"
                    "or more; 2 by default)", 0},
  [OPT_FORCE] = {"--force", NULL, NULL, "write over an existing -o file", 0},
  [OPT_HELP] = {"--help", "-h", NULL, "show this help", 0},
  [OPT_VERSION] = {"--version", "-v", NULL, "show the version", 0},
};

/* What the command line asked for. */
struct cli {
  const struct command *cmd;
  int explicit_cmd;             /* the command was named, not implied */
  int trust, traceback;
  int have_memory, have_timeout;
  size_t max_memory;
  double timeout;
  const char *segment;
  const char *format;           /* check --format */
  int strict;
  int summary;                  /* check --summary */
  int jobs;                     /* check --jobs (0: one for each processor) */
  const char *market;           /* new --market */
  int nsegments;                /* new --segments (0: the pattern's usual) */
  int force;                    /* new --force */
  const char *only, *ignore, *config;
  const char *output;           /* export -o */
  const char **scripts;         /* check's scripts */
  int nscripts;
  const char **codes;           /* -e, in order */
  int ncodes;
  const char **dirs;            /* -I, in order */
  int ndirs;
  const char *script;           /* NULL: none given */
  const char *topic;            /* help's argument */
  char **args;                  /* the script's arguments */
  int nargs;
};

/* ------------------------------------------------------------------------
** Commands
** --------------------------------------------------------------------- */

static int cmd_run(struct cli *o);
static int cmd_view(struct cli *o);
static int cmd_help(struct cli *o);
static int cmd_check(struct cli *o);
static int cmd_explain(struct cli *o);
static int cmd_repl(struct cli *o);
static int cmd_export(struct cli *o);
static int cmd_diff(struct cli *o);
static int cmd_new(struct cli *o);
static int cmd_lsp(struct cli *o);
static int check_options(canvas *c, struct cli *o);

/* What a command takes after its options. */
enum { TAKES_NOTHING, TAKES_SCRIPT, TAKES_SCRIPT_ARGS, TAKES_SCRIPTS, TAKES_TOPIC };

#define CHECK_OPTIONS                                                       \
  (BIT(OPT_FORMAT) | BIT(OPT_STRICT) | BIT(OPT_ONLY) | BIT(OPT_IGNORE) | BIT(OPT_CONFIG) | \
   BIT(OPT_SUMMARY) | BIT(OPT_JOBS))

struct command {
  const char *name;
  const char *synopsis;   /* after "canvas NAME " */
  const char *summary;    /* one line for the list of commands */
  const char *details;    /* a paragraph for `canvas NAME --help` */
  unsigned options;       /* BIT(OPT_...) besides the global ones */
  int takes;
  int (*handler)(struct cli *);
};

static const struct command commands[] = {
  {"run", "[options] [SCRIPT [ARGS...]]",
   "run a script (the default command)",
   "Runs a canvas script and reports its load errors and unresolved\n"
   "references. SCRIPT '-', or no SCRIPT when standard input is not a\n"
   "terminal, reads the script from standard input. ARGS reach the script\n"
   "as ... and arg[1], arg[2]...; options after SCRIPT are ARGS too.",
   0, TAKES_SCRIPT_ARGS, cmd_run},
  {"rank", "[options] SCRIPT",
   "each profile's jobs, pains and gains in rank order",
   "Loads SCRIPT and lists each segment's jobs, pains and gains in rank\n"
   "order, one note a line: its rank, its score and its text. What the\n"
   "script prints goes to standard error; standard output holds the list.",
   BIT(OPT_SEGMENT), TAKES_SCRIPT, cmd_view},
  {"show", "[options] SCRIPT",
   "the profiles as a text canvas",
   "Loads SCRIPT and draws each profile as a text canvas fitted to the\n"
   "width (COLUMNS, else the terminal's, else 80; at least 24): side by\n"
   "side from 90 columns, then each value map for it in the same columns,\n"
   "every reliever, creator and helper with the note it addresses. What\n"
   "the script prints goes to standard error; standard output holds the\n"
   "canvas.",
   BIT(OPT_SEGMENT), TAKES_SCRIPT, cmd_view},
  {"fit", "[options] SCRIPT",
   "how the value map addresses each profile's top notes",
   "Loads SCRIPT and shows, for each segment, its top-ranked jobs, pains and\n"
   "gains (the first top_k, 3 unless checks { top_k = N } in the script or\n"
   "the project file says otherwise, and any tied with the last of them),\n"
   "each marked + with what addresses it or - when nothing does, the\n"
   "coverage, and the fit stage: 'in the market' when every addressed top\n"
   "note is observed or validated and has evidence, else 'on paper'.",
   BIT(OPT_SEGMENT) | BIT(OPT_CONFIG), TAKES_SCRIPT, cmd_view},
  {"export", "[options] SCRIPT --format FORMAT [-o FILE]",
   "write the canvas as text, Markdown, JSON, SVG, HTML or a script",
   "Loads SCRIPT and writes its model: text (the show and fit views), md\n"
   "(Markdown), json (the data model of docs/model.schema.json), svg\n"
   "(pictures of the profiles with their value maps, and of the segments),\n"
   "html (one self-contained page) or lua (the canonical script). Without\n"
   "-o it writes to standard output; with -o the file is written whole or\n"
   "not at all, and --format may be left to the file's extension (.txt,\n"
   ".md, .json, .svg, .html, .lua). --segment limits it to one segment.",
   BIT(OPT_FORMAT) | BIT(OPT_OUTPUT) | BIT(OPT_SEGMENT), TAKES_SCRIPT, cmd_export},
  {"diff", "[options] OLD NEW [--format text|json]",
   "what changed in the model between two scripts",
   "Loads OLD and NEW, each in an interpreter of its own, and compares the\n"
   "models: segments, notes, fields, ranks, value maps, fit and findings\n"
   "added, removed or changed. Notes match by id, else by text, so a note\n"
   "with an id that was reworded is changed, not removed and added; a\n"
   "change of only declaration order, formatting or comments is none. Exit\n"
   "status: 0 the same, 1 they differ, 2 usage, 3 a script failed to load.",
   BIT(OPT_FORMAT), TAKES_SCRIPTS, cmd_diff},
  {"new", "NAME [-o FILE] [--market PATTERN] [--segments N] [--force]",
   "a commented template script to start a canvas from",
   "Writes a template script for a canvas called NAME: the annotated\n"
   "template of examples/template.lua (its worked example to replace, step\n"
   "by step) with the market pattern asked for, and, for the patterns with\n"
   "several segments, the others as empty segments whose comments ask the\n"
   "questions of the five steps (the sides of a multi-sided platform name\n"
   "each other with depends_on). It loads; canvas check on it says what is\n"
   "still missing. -o writes FILE atomically, and not over an existing one\n"
   "without --force.",
   BIT(OPT_OUTPUT) | BIT(OPT_MARKET) | BIT(OPT_SEGMENTS) | BIT(OPT_FORCE), TAKES_TOPIC, cmd_new},
  {"repl", "[options] [SCRIPT]",
   "explore a canvas interactively",
   "Starts the interactive canvas: loads SCRIPT if given (a load error is\n"
   "reported and the session starts anyway), then reads statements at a\n"
   "prompt with line editing, history and Tab completion, prints the value\n"
   "of each expression, and keeps going after errors. help() lists the\n"
   "topics; Ctrl-C stops a running statement or clears the line; Ctrl-D\n"
   "leaves. The limits apply to each statement. History is kept in\n"
   "$XDG_STATE_HOME/canvas/history (CANVAS_HISTORY names another file, or\n"
   "turns it off when empty). With standard input not a terminal, the\n"
   "statements run without prompts, and the exit status is the worst of\n"
   "theirs. 'canvas' alone on a terminal starts it too.",
   0, TAKES_SCRIPT, cmd_repl},
  {"check", "[options] SCRIPT...",
   "check scripts against the framework's rules",
   "Loads each SCRIPT in an interpreter of its own, runs every enabled rule\n"
   "(canvas explain lists them) and the script's own checks, and prints the\n"
   "findings as 'file:line: severity[ID] name: message', sorted by file and\n"
   "line, then a summary. Several scripts are checked at once (--jobs),\n"
   "their findings still in the order given. Exit status: 0 no error\n"
   "findings; 1 error findings (or warnings, with --strict); 2 usage; 3 a\n"
   "script failed to load (the others are still checked); 4 a limit stopped\n"
   "one.",
   CHECK_OPTIONS, TAKES_SCRIPTS, cmd_check},
  {"lsp", "[options]",
   "a language server for editors, on standard input and output",
   "Speaks the Language Server Protocol (JSON-RPC with Content-Length\n"
   "framing) on standard input and output, for any editor with an LSP\n"
   "client: the findings of canvas check as diagnostics while you type,\n"
   "completion, hover help, go to definition from a reference, and an\n"
   "outline of segments and notes. Each open document is loaded untrusted\n"
   "in an interpreter of its own, under the limits (the time limit is\n"
   "10 s unless --timeout says otherwise); -I folders apply to every one.\n"
   "Messages go to standard error. Exit status: 0 after shutdown and exit,\n"
   "1 when the client left without shutdown. docs/editors.md shows how to\n"
   "set it up in Neovim, VS Code, Helix and Emacs.",
   0, TAKES_NOTHING, cmd_lsp},
  {"explain", "[RULE]",
   "a rule's explanation and examples, or the list of rules",
   "Prints what rule RULE (e.g. CS003) finds, why it matters, its thresholds\n"
   "and a script it reports next to one it does not; without RULE, lists\n"
   "every rule by ID, name and severity.",
   0, TAKES_TOPIC, cmd_explain},
  {"help", "[TOPIC | COMMAND]",
   "the framework's concepts, or a command's usage",
   "Lists the help topics: every concept of the framework (segments, the\n"
   "five signs, market patterns, archetypes, jobs, pains, gains and their\n"
   "kinds, the five steps, value map, fit, evidence, ranking, checks), each\n"
   "with an example, the rules that check it and the examples that show it;\n"
   "the same texts as help() in the REPL. TOPIC may be any word of a topic\n"
   "(obstacle, multi-sided). COMMAND shows that command's usage.",
   0, TAKES_TOPIC, cmd_help},
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static const struct command *find_command(const char *name) {
  size_t i;
  for (i = 0; i < NCOMMANDS; i++)
    if (strcmp(commands[i].name, name) == 0) return &commands[i];
  return NULL;
}

/* Prints one option's line(s) of help, indented, the text from column 18. */
static void option_help(const struct option *op) {
  char head[64], text[512];
  const char *p, *nl;
  int n;
  n = snprintf(head, sizeof head, "  %s%s%s", op->name, op->arg ? " " : "",
               op->arg ? op->arg : "");
  snprintf(text, sizeof text, op->help, op->dflt);
  if (n > 16) printf("%s\n%18s", head, "");
  else printf("%-18s", head);
  for (p = text; (nl = strchr(p, '\n')) != NULL; p = nl + 1)
    printf("%.*s\n%18s", (int)(nl - p), p, "");
  printf("%s\n", p);
}

static void options_help(unsigned set) {
  int k;
  for (k = 0; k < OPT_COUNT; k++)
    if (set & BIT(k)) option_help(&options[k]);
}

static void help(void) {
  size_t i;
  printf("Usage: canvas [options] [SCRIPT [ARGS...]]\n"
         "       canvas COMMAND [options] ...\n"
         "\n"
         "Runs canvas scripts: Lua 5.4 with declarations for the customer\n"
         "segments of a Business Model Canvas and the customer profiles (jobs,\n"
         "pains, gains) of a Value Proposition Canvas.\n"
         "\n"
         "Commands:\n");
  for (i = 0; i < NCOMMANDS; i++) printf("  %-8s %s\n", commands[i].name, commands[i].summary);
  printf("\n"
         "Options (before or after the command):\n");
  options_help(GLOBAL);
  printf("  --              end of options\n"
         "  --list-commands print the commands, one a line\n"
         "  --completion bash\n"
         "                  print a bash completion script (make install\n"
         "                  installs it)\n"
         "\n"
         "Scripts run untrusted by default: no files, no processes, only the\n"
         "canvas scripts they include from the script's folder, the working\n"
         "directory or an -I folder, and limited in memory and time. --trust\n"
         "lifts the limits too, unless --max-memory or --timeout are given.\n"
         "\n"
         "Diagnostics have the form 'file:line: error: message'. Unresolved\n"
         "and ambiguous references are reported as 'file:line: warning[ID] ...'.\n"
         "\n"
         "Exit status:\n"
         "  0  the script ran (check: no error findings)\n"
         "  1  check: an error finding, or with --strict a warning\n"
         "  2  the command line was wrong (e.g. an unknown --segment)\n"
         "  3  the script failed to load (syntax, runtime or declaration error)\n"
         "  4  a memory or time limit stopped the script\n"
         "  130  interrupted (Ctrl-C)\n"
         "\n"
         "'canvas COMMAND --help' describes a command. See canvas(1) for the\n"
         "details and %s/language.md for the language.\n",
         CANVAS_DOCDIR);
}

static void command_help(const struct command *cmd) {
  printf("Usage: canvas %s %s\n\n%s\n", cmd->name, cmd->synopsis, cmd->details);
  if (cmd->options) {
    printf("\nOptions:\n");
    options_help(cmd->options);
  }
  if (cmd->takes != TAKES_TOPIC) {
    printf("\nGlobal options:\n");
    options_help(GLOBAL & ~(BIT(OPT_HELP) | BIT(OPT_VERSION)));
  }
  printf("\nSee canvas(1) for the exit statuses and the details.\n");
}

/* ------------------------------------------------------------------------
** Shell completion
** --------------------------------------------------------------------- */

/* Collects the words canvas_complete offers, one a line with a prefix. */
struct words_out {
  const char *prefix;
};

static void print_word(void *ud, const char *w) {
  struct words_out *o = ud;
  size_t n = strlen(w);
  if (n > 0 && w[n - 1] == '"') n--;      /* a completed string's quote */
  if (memchr(w, ' ', n) != NULL) return;  /* a shell word has no space */
  printf("%s%.*s ", o->prefix, (int)n, w);
}

/* Prints the options a command takes (its own and the global ones). */
static void option_words(unsigned bits) {
  int k;
  for (k = 0; k < OPT_COUNT; k++) {
    if (!(bits & BIT(k))) continue;
    printf("%s ", options[k].name);
    if (options[k].alias) printf("%s ", options[k].alias);
  }
}

/*
** canvas --completion bash: a bash completion script made from the command
** table, the options, the formats, and, through the completion engine of
** the REPL, the rule IDs and the help topics. `make install` installs it
** where bash-completion looks.
*/
static int bash_completion(void) {
  canvas *c = canvas_new();
  struct words_out w = {""};
  size_t k;
  if (c == NULL) return CANVAS_LIMIT;
  printf("# bash completion for canvas %s, made by canvas --completion bash\n",
         canvas_version());
  printf("_canvas() {\n  local cur prev cmd i\n  COMPREPLY=()\n");
  printf("  cur=\"${COMP_WORDS[COMP_CWORD]}\"\n  prev=\"${COMP_WORDS[COMP_CWORD-1]}\"\n");
  printf("  cmd=\n  for ((i = 1; i < COMP_CWORD; i++)); do\n");
  printf("    case \"${COMP_WORDS[i]}\" in\n      ");
  {   /* the options that take a value, from the table: their value is no command */
    const char *sep = "";
    for (k = 0; k < OPT_COUNT; k++) {
      if (options[k].arg == NULL) continue;
      printf("%s%s", sep, options[k].name);
      if (options[k].alias != NULL) printf("|%s", options[k].alias);
      sep = "|";
    }
  }
  printf(") ((i++)) ;;\n");
  printf("      -*) ;;\n      *) cmd=\"${COMP_WORDS[i]}\"; break ;;\n    esac\n  done\n");
  printf("  local commands=\"");
  for (k = 0; k < NCOMMANDS; k++) printf("%s ", commands[k].name);
  printf("\"\n  local rules=\"");
  canvas_complete(c, "explain \"CS", 9, 11, print_word, &w);
  printf("\"\n  local topics=\"");
  canvas_complete(c, "help \"", 6, 6, print_word, &w);
  printf("\"\n");
  printf("  case \"$prev\" in\n");
  printf("    --only|--ignore)\n      local done=\n      [[ \"$cur\" == *,* ]] && done=\"${cur%%,*},\"\n"
         "      COMPREPLY=($(compgen -P \"$done\" -W \"$rules\" -- \"${cur##*,}\")); return ;;\n");
  printf("    --format)\n      case \"$cmd\" in\n");
  printf("        export) COMPREPLY=($(compgen -W \"text md json svg html lua\" -- \"$cur\")) ;;\n");
  printf("        diff) COMPREPLY=($(compgen -W \"text json\" -- \"$cur\")) ;;\n");
  printf("        *) COMPREPLY=($(compgen -W \"text json sarif github\" -- \"$cur\")) ;;\n");
  printf("      esac\n      return ;;\n");
  printf("    --market) COMPREPLY=($(compgen -W \"mass niche segmented diversified "
         "multi-sided\" -- \"$cur\")); return ;;\n");
  printf("    --config|-o|--output|-I) COMPREPLY=($(compgen -f -- \"$cur\")); return ;;\n");
  printf("    -e|--max-memory|--timeout|--segment|--segments|--jobs|-j) return ;;\n");
  printf("  esac\n");
  printf("  if [[ \"$cur\" == -* ]]; then\n    case \"$cmd\" in\n");
  for (k = 0; k < NCOMMANDS; k++) {
    printf("      %s) COMPREPLY=($(compgen -W \"", commands[k].name);
    option_words(commands[k].options | GLOBAL);
    printf("\" -- \"$cur\")) ;;\n");
  }
  printf("      *) COMPREPLY=($(compgen -W \"");
  option_words(GLOBAL);
  printf("--list-commands\" -- \"$cur\")) ;;\n    esac\n    return\n  fi\n");
  printf("  case \"$cmd\" in\n");
  printf("    '') COMPREPLY=($(compgen -W \"$commands\" -- \"$cur\") "
         "$(compgen -f -X '!*.lua' -- \"$cur\") $(compgen -d -- \"$cur\")) ;;\n");
  printf("    explain) COMPREPLY=($(compgen -W \"$rules\" -- \"$cur\")) ;;\n");
  printf("    help) COMPREPLY=($(compgen -W \"$topics $commands\" -- \"$cur\")) ;;\n");
  printf("    new) ;;\n");
  printf("    *) COMPREPLY=($(compgen -f -X '!*.lua' -- \"$cur\") $(compgen -d -- \"$cur\")) ;;\n");
  printf("  esac\n}\ncomplete -o filenames -F _canvas canvas\n");
  canvas_free(c);
  return fflush(stdout) == 0 ? CANVAS_OK : CANVAS_LOAD;
}

/* The names of the commands, "run, rank, show and help". */
static void command_list(FILE *f) {
  size_t i;
  for (i = 0; i < NCOMMANDS; i++)
    fprintf(f, "%s%s", i == 0 ? "" : i + 1 == NCOMMANDS ? " and " : ", ", commands[i].name);
}

/*
** "; did you mean 'x'?" for a word that is none of `names`, found by the
** interpreter's own did-you-mean; "" when nothing is close.
*/
static void suggestion(char *buf, size_t n, const char *word, const char *const *names,
                       size_t count) {
  canvas *c = canvas_new();
  const char *best = c ? canvas_closest(c, word, names, count) : NULL;
  if (best) snprintf(buf, n, "; did you mean '%s'?", best);
  else buf[0] = '\0';
  canvas_free(c);
}

static int unknown_command(const char *word) {
  const char *names[NCOMMANDS];
  char hint[128];
  size_t i;
  for (i = 0; i < NCOMMANDS; i++) names[i] = commands[i].name;
  suggestion(hint, sizeof hint, word, names, NCOMMANDS);
  fprintf(stderr, "%s: '%s' is not a command%s\n", progname, word, hint);
  fprintf(stderr, "The commands are ");
  command_list(stderr);
  fprintf(stderr, "; a script to run is a file that exists.\n");
  usage_hint();
  return CANVAS_USAGE;
}

/* ------------------------------------------------------------------------
** Parsing
** --------------------------------------------------------------------- */

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

/*
** Which option argv word `a` is: its index, or -1. *value points at a
** value written in the same word ("--timeout=3", "-Idir"), else NULL.
*/
static int which_option(const char *a, const char **value) {
  int k;
  *value = NULL;
  for (k = 0; k < OPT_COUNT; k++) {
    const struct option *op = &options[k];
    size_t len = strlen(op->name);
    if (strcmp(a, op->name) == 0 || (op->alias && strcmp(a, op->alias) == 0)) return k;
    if (op->arg && strncmp(a, op->name, len) == 0) {
      if (a[len] == '=') { *value = a + len + 1; return k; }
      if (len == 2 && a[len] != '\0') { *value = a + len; return k; }  /* -Idir, -ecode */
    }
  }
  return -1;
}

static int unknown_option(const char *a) {
  const char *names[OPT_COUNT];
  char hint[128];
  int k;
  for (k = 0; k < OPT_COUNT; k++) names[k] = options[k].name;
  suggestion(hint, sizeof hint, a, names, OPT_COUNT);
  fprintf(stderr, "%s: unknown option '%s'%s\n", progname, a, hint);
  usage_hint();
  return CANVAS_USAGE;
}

/*
** Parses the option at argv[*i] (which starts with '-') for command cmd
** (NULL before the command word). Returns CANVAS_OK and moves *i past it,
** or a usage status after saying what is wrong. --help and --version end
** the program.
*/

/* The value of option `name` as a whole number from lo to hi into *out;
   0 after a message saying what it takes. */
static int whole_number(const char *name, const char *v, long lo, long hi, int *out) {
  char *end;
  long n = strtol(v, &end, 10);
  if (*v == '\0' || *end != '\0' || n < lo || n > hi) {
    fprintf(stderr, "%s: %s: '%s' is not a whole number from %ld to %ld\n", progname, name, v,
            lo, hi);
    return 0;
  }
  *out = (int)n;
  return 1;
}
static int parse_option(int argc, char **argv, int *i, struct cli *o,
                        const struct command *cmd) {
  const char *a = argv[*i], *v;
  int k = which_option(a, &v);
  unsigned allowed = GLOBAL | (cmd ? cmd->options : 0);
  if (k < 0) return unknown_option(a);
  if (!(allowed & BIT(k))) {
    const char *takers[NCOMMANDS];
    size_t j, m = 0;
    for (j = 0; j < NCOMMANDS; j++)
      if (commands[j].options & BIT(k)) takers[m++] = commands[j].name;
    if (cmd) fprintf(stderr, "%s: %s does not take '%s'", progname, cmd->name, options[k].name);
    else fprintf(stderr, "%s: '%s' goes after the command", progname, options[k].name);
    for (j = 0; j < m; j++)
      fprintf(stderr, "%s%s", j == 0 ? " (" : j + 1 == m ? " and " : ", ", takers[j]);
    fprintf(stderr, "%s\n", m == 0 ? "" : m == 1 ? " takes it)" : " take it)");
    usage_hint();
    return CANVAS_USAGE;
  }
  if (options[k].arg && v == NULL) {
    if (*i + 1 >= argc) {
      fprintf(stderr, "%s: option '%s' needs a value\n", progname, options[k].name);
      usage_hint();
      return CANVAS_USAGE;
    }
    v = argv[++*i];
  } else if (!options[k].arg && v != NULL) {
    fprintf(stderr, "%s: option '%s' takes no value\n", progname, options[k].name);
    return CANVAS_USAGE;
  }
  (*i)++;
  switch (k) {
    case OPT_CODE: o->codes[o->ncodes++] = v; break;
    case OPT_DIR: o->dirs[o->ndirs++] = v; break;
    case OPT_TRUST: o->trust = 1; break;
    case OPT_TRACEBACK: o->traceback = 1; break;
    case OPT_SEGMENT: o->segment = v; break;
    case OPT_FORMAT: o->format = v; break;
    case OPT_STRICT: o->strict = 1; break;
    case OPT_SUMMARY: o->summary = 1; break;
    case OPT_MARKET: o->market = v; break;
    case OPT_FORCE: o->force = 1; break;
    case OPT_JOBS:
      if (!whole_number(options[k].name, v, 1, 64, &o->jobs)) return CANVAS_USAGE;
      break;
    case OPT_SEGMENTS:
      if (!whole_number(options[k].name, v, 1, 20, &o->nsegments)) return CANVAS_USAGE;
      break;
    case OPT_ONLY: o->only = v; break;
    case OPT_IGNORE: o->ignore = v; break;
    case OPT_CONFIG: o->config = v; break;
    case OPT_OUTPUT: o->output = v; break;
    case OPT_MEMORY:
      if (!parse_size(v, &o->max_memory)) {
        fprintf(stderr, "%s: --max-memory: '%s' is not a size (bytes, or a number with K, "
                "M or G: 512M, 2G; 0 for no limit)\n", progname, v);
        return CANVAS_USAGE;
      }
      o->have_memory = 1;
      break;
    case OPT_TIMEOUT:
      if (!parse_seconds(v, &o->timeout)) {
        fprintf(stderr, "%s: --timeout: '%s' is not a number of seconds (e.g. 30 or 2.5; "
                "0 for no limit)\n", progname, v);
        return CANVAS_USAGE;
      }
      o->have_timeout = 1;
      break;
    case OPT_HELP:
      if (cmd && o->explicit_cmd) command_help(cmd);
      else help();
      exit(0);
    case OPT_VERSION:
      printf("canvas %s\n", canvas_version());
      exit(0);
    default: break;
  }
  return CANVAS_OK;
}

/* Whether a first word that is no command names a script to run. */
static int names_script(const char *w) {
  return strcmp(w, "-") == 0 || strchr(w, '/') != NULL || strchr(w, '.') != NULL ||
         access(w, F_OK) == 0;
}

/*
** Fills o from the command line. Before the command word only global
** options; after it, the command's own as well. `run` stops at its script
** (what follows is the script's); the other commands take options anywhere.
*/
static int parse(int argc, char **argv, struct cli *o) {
  int i = 1, status, dashdash = 0;
  while (i < argc && argv[i][0] == '-' && strcmp(argv[i], "-") != 0) {
    if (strcmp(argv[i], "--") == 0) { dashdash = 1; i++; break; }
    if (strcmp(argv[i], "--list-commands") == 0) {
      size_t k;
      for (k = 0; k < NCOMMANDS; k++) printf("%s\n", commands[k].name);
      exit(0);
    }
    if (strcmp(argv[i], "--completion") == 0) {
      if (i + 1 >= argc || strcmp(argv[i + 1], "bash") != 0) {
        fprintf(stderr, "%s: --completion takes the shell: --completion bash\n", progname);
        return CANVAS_USAGE;
      }
      exit(bash_completion());
    }
    if ((status = parse_option(argc, argv, &i, o, NULL)) != CANVAS_OK) return status;
  }
  o->cmd = find_command("run");
  if (i < argc && !dashdash) {
    const struct command *cmd = find_command(argv[i]);
    if (cmd) {
      o->cmd = cmd;
      o->explicit_cmd = 1;
      i++;
    } else if (!names_script(argv[i])) {
      return unknown_command(argv[i]);
    }
  }
  for (; i < argc; i++) {
    const char *a = argv[i];
    if (!dashdash && a[0] == '-' && strcmp(a, "-") != 0) {
      if (strcmp(a, "--") == 0) { dashdash = 1; continue; }
      if ((status = parse_option(argc, argv, &i, o, o->cmd)) != CANVAS_OK) return status;
      i--;
      continue;
    }
    switch (o->cmd->takes) {
      case TAKES_SCRIPT_ARGS:
        o->script = a;
        o->args = argv + i + 1;
        o->nargs = argc - i - 1;
        return CANVAS_OK;
      case TAKES_SCRIPTS:
        o->scripts[o->nscripts++] = a;
        break;
      case TAKES_SCRIPT:
        if (o->script != NULL) {
          fprintf(stderr, "%s: %s takes one script; '%s' is one too many\n", progname,
                  o->cmd->name, a);
          usage_hint();
          return CANVAS_USAGE;
        }
        o->script = a;
        break;
      case TAKES_TOPIC:
        if (o->topic != NULL) {
          fprintf(stderr, "%s: %s takes one topic; '%s' is one too many\n", progname,
                  o->cmd->name, a);
          return CANVAS_USAGE;
        }
        o->topic = a;
        break;
      default:
        fprintf(stderr, "%s: %s takes no arguments; got '%s'\n", progname, o->cmd->name, a);
        return CANVAS_USAGE;
    }
  }
  if (o->cmd->takes == TAKES_SCRIPTS && o->nscripts == 0) {
    fprintf(stderr, "%s: %s needs one or more scripts (or '-' for standard input)\n",
            progname, o->cmd->name);
    usage_hint();
    return CANVAS_USAGE;
  }
  if (o->cmd->takes == TAKES_SCRIPT && o->script == NULL && o->cmd->handler != cmd_repl) {
    fprintf(stderr, "%s: %s needs a script (or '-' for standard input)\n", progname,
            o->cmd->name);
    usage_hint();
    return CANVAS_USAGE;
  }
  return CANVAS_OK;
}

/* ------------------------------------------------------------------------
** Output
** --------------------------------------------------------------------- */

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

/*
** Prints the diagnostics of the last load: all of them, or with
** `errors_only` the load errors alone (findings are about the whole model,
** so they are printed once, after the last load).
*/
static void print_diagnostics(canvas *c, int status, int errors_only) {
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
    if (errors_only && d.id != NULL) continue;
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

/* ------------------------------------------------------------------------
** Running
** --------------------------------------------------------------------- */

/*
** The last resort: when a script is stuck inside a Lua library function
** that runs in C, the hook that enforces --timeout cannot stop it. A
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
  char name[256];
  int n;
  if (t <= 0) return;
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

static void disarm_watchdog(void) {
  struct itimerval it;
  memset(&it, 0, sizeof it);
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
** Makes an interpreter with the command line's settings: trust, traceback,
** where the script prints, the limits, the include folders. Returns the
** status, after a message if it is not CANVAS_OK; *out gets the
** interpreter (NULL when none could be made), which the caller frees.
*/
static int setup(struct cli *o, FILE *script_out, canvas **out) {
  canvas *c = canvas_new();
  int k;
  *out = c;
  if (c == NULL) {
    fprintf(stderr, "%s: not enough memory to start\n", progname);
    return CANVAS_LIMIT;
  }
  if (canvas_error(c) != NULL) { /* before any load: the set-up failed */
    fprintf(stderr, "%s: %s\n", progname, canvas_error(c));
    return CANVAS_LOAD;
  }
  canvas_set_trust(c, o->trust);
  canvas_set_traceback(c, o->traceback);
  canvas_set_output(c, script_out);
  if (o->have_memory) canvas_set_max_memory(c, o->max_memory);
  if (o->have_timeout) canvas_set_timeout(c, o->timeout);
  for (k = 0; k < o->ndirs; k++) {
    if (canvas_add_include_dir(c, o->dirs[k]) != CANVAS_OK) {
      fprintf(stderr, "%s: -I %s: no such folder\n", progname, o->dirs[k]);
      return CANVAS_USAGE;
    }
  }
  return CANVAS_OK;
}

/*
** Runs the -e codes, then the script (`code`, when read from standard
** input; NULL: none), in c, under the watchdog, Ctrl-C interrupting it.
** With `quiet`, the diagnostics are left to the caller.
*/
static int run_script(struct cli *o, canvas *c, const char *script, const char *code,
                      size_t codelen, int quiet) {
  char name[64];
  int status = CANVAS_OK, k;
  arm_watchdog(c, script);
  current = c;
  signal(SIGINT, on_interrupt);
  canvas_set_args(c, o->nargs, (const char *const *)o->args);
  for (k = 0; k < o->ncodes && status == CANVAS_OK; k++) {
    int last = k + 1 == o->ncodes && script == NULL;
    if (o->ncodes == 1) snprintf(name, sizeof name, "(command line)");
    else snprintf(name, sizeof name, "(command line %d)", k + 1);
    status = canvas_load_string(c, o->codes[k], strlen(o->codes[k]), name);
    if (!quiet) print_diagnostics(c, status, status == CANVAS_OK && !last);
  }
  if (status == CANVAS_OK && script != NULL) {
    if (code != NULL)
      status = canvas_load_string(c, code, codelen, "stdin");
    else
      status = canvas_load_file(c, script);
    if (!quiet) print_diagnostics(c, status, 0);
  }
  return status;
}

/*
** Makes an interpreter with the options and runs the -e codes and the
** script. Returns the status; *out gets the interpreter, which the caller
** frees, or NULL when none could be made. `script_out` receives what the
** script prints. With `quiet`, the diagnostics are left to the caller.
*/
static int load_prepared(struct cli *o, FILE *script_out, int quiet, canvas **out,
                         int (*prepare)(canvas *, struct cli *));

static int load(struct cli *o, FILE *script_out, int quiet, canvas **out) {
  return load_prepared(o, script_out, quiet, out, NULL);
}

/* load, with `prepare` (when not NULL) run on the interpreter before the
   script: what it returns other than CANVAS_OK stops the load. */
static int load_prepared(struct cli *o, FILE *script_out, int quiet, canvas **out,
                         int (*prepare)(canvas *, struct cli *)) {
  const char *script = o->script;
  char *code = NULL;      /* the script read from standard input */
  size_t codelen = 0;
  int status;
  *out = NULL;
  if (script == NULL && o->ncodes == 0 && o->cmd->handler != cmd_repl) {
    if (isatty(STDIN_FILENO)) {
      fprintf(stderr, "%s: no script given\n", progname);
      fprintf(stderr, "Usage: canvas [options] SCRIPT [ARGS...]\n");
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
  status = setup(o, script_out, out);
  if (status == CANVAS_OK && prepare != NULL) status = prepare(*out, o);
  if (status == CANVAS_OK) status = run_script(o, *out, script, code, codelen, quiet);
  free(code);
  return status;
}

/*
** Frees the interpreter a command is done with, except the last one of an
** untrusted run: freeing a model object by object takes long (half a
** second for a million notes) and the process ends anyway, so that one is
** left to the operating system; `left` keeps it reachable for leak
** checkers. A trusted script may hold open files that only closing the
** interpreter flushes, so its interpreter is always closed.
*/
static canvas *left;
/* canvas check's report, left likewise; volatile, since a store that nothing
   reads could be dropped. The workers' template is kept reachable too, for
   a check that a trusted script ends (os.exit) in a worker. */
static canvas *volatile left_report;
static canvas *volatile left_template;

static void release(canvas *c, struct cli *o) {
  canvas_free(left);
  left = NULL;
  if (o->trust) canvas_free(c);
  else left = c;
}

static int cmd_run(struct cli *o) {
  canvas *c;
  int status = load(o, stdout, 0, &c);
  current = NULL;
  if (fflush(stdout) != 0 && status == CANVAS_OK) {
    fprintf(stderr, "%s: cannot write the output\n", progname);
    status = CANVAS_LOAD;
  }
  release(c, o);
  return status;
}

/* rank, show: standard output holds the view; the script prints to stderr. */
static int cmd_view(struct cli *o) {
  canvas *c;
  int status = load(o, stderr, 0, &c);
  if (status == CANVAS_OK && o->config != NULL)
    status = check_options(c, o);
  if (status == CANVAS_OK) {
    status = canvas_render(c, o->cmd->name, o->segment, output_width(),
                           use_colour(STDOUT_FILENO), stdout);
    if (status == CANVAS_USAGE)
      fprintf(stderr, "%s: %s\n", progname, canvas_error(c));
    else if (status != CANVAS_OK)
      print_diagnostics(c, status, 0);
  }
  current = NULL;
  release(c, o);
  return status;
}

/* ------------------------------------------------------------------------
** canvas export
** --------------------------------------------------------------------- */

/* The temporary file of an export being written, removed if it fails or
** the process is interrupted (a second Ctrl-C ends it at once). */
static char export_tmp[4096];
static volatile sig_atomic_t export_tmp_set;

/* A second Ctrl-C (or SIGTERM) while the file is written: remove the
** temporary file and end at once. */
static void on_export_second(int sig) {
  (void)sig;
  if (export_tmp_set) unlink(export_tmp);
  _exit(CANVAS_INTERRUPTED);
}

/* The first: stop the export, which then removes the temporary file. */
static void on_export_interrupt(int sig) {
  (void)sig;
  if (current != NULL) canvas_interrupt(current);
  signal(SIGINT, on_export_second);
  signal(SIGTERM, on_export_second);
}

/* The format an output file's extension names, or NULL. */
static const char *format_of(const char *path) {
  static const char *const ext[][2] = {
    {".txt", "text"}, {".text", "text"}, {".md", "md"}, {".markdown", "md"},
    {".json", "json"}, {".svg", "svg"}, {".html", "html"}, {".htm", "html"}, {".lua", "lua"},
  };
  size_t n = strlen(path), i;
  for (i = 0; i < sizeof ext / sizeof ext[0]; i++) {
    size_t e = strlen(ext[i][0]);
    if (n > e && strcmp(path + n - e, ext[i][0]) == 0) return ext[i][1];
  }
  return NULL;
}

/*
** Opens a temporary file beside `path` to write it atomically; NULL after
** a message when it cannot. Ctrl-C and SIGTERM stop the interpreter being
** run (a second one removes the temporary file and ends the process).
*/
static FILE *atomic_open(const char *path) {
  const char *slash = strrchr(path, '/');
  FILE *f;
  int n, fd;
  if (slash == NULL)
    n = snprintf(export_tmp, sizeof export_tmp, ".%s.XXXXXX", path);
  else
    n = snprintf(export_tmp, sizeof export_tmp, "%.*s/.%s.XXXXXX", (int)(slash - path), path,
                 slash + 1);
  if (n < 0 || (size_t)n >= sizeof export_tmp) {
    fprintf(stderr, "%s: %s: the path is too long\n", progname, path);
    return NULL;
  }
  fd = mkstemp(export_tmp);
  if (fd >= 0) export_tmp_set = 1;
  signal(SIGINT, on_export_interrupt);
  signal(SIGTERM, on_export_interrupt);
  if (fd < 0 || (f = fdopen(fd, "w")) == NULL) {
    fprintf(stderr, "%s: cannot write %s: %s\n", progname, path, strerror(errno));
    if (fd >= 0) {
      close(fd);
      unlink(export_tmp);
      export_tmp_set = 0;
    }
    return NULL;
  }
  return f;
}

/*
** Ends an atomic write: when `status` is CANVAS_OK, flushes the file to
** disk and renames it over `path` (an existing file's permissions kept, a
** new file's from the umask); otherwise, or when that fails, removes it.
** Returns the status, CANVAS_LOAD after a message when writing failed.
*/
static int atomic_close(FILE *f, const char *path, int status) {
  struct stat st;
  int ok = status == CANVAS_OK && fflush(f) == 0 && fsync(fileno(f)) == 0;
  if (ok) {
    mode_t mask = umask(0);
    umask(mask);
    ok = fchmod(fileno(f), stat(path, &st) == 0 ? st.st_mode & 07777 : 0666 & ~mask) == 0;
  }
  if (fclose(f) != 0) ok = 0;
  signal(SIGINT, on_export_second);
  if (ok && rename(export_tmp, path) != 0) ok = 0;
  if (!ok) {
    int e = errno;
    unlink(export_tmp);
    if (status == CANVAS_OK) {
      fprintf(stderr, "%s: cannot write %s: %s\n", progname, path, strerror(e));
      status = CANVAS_LOAD;
    }
  }
  export_tmp_set = 0;
  return status;
}

static int cmd_export(struct cli *o) {
  canvas *c;
  const char *format = o->format;
  FILE *out = stdout;
  int status;
  if (format == NULL && o->output != NULL) format = format_of(o->output);
  if (format == NULL) {
    fprintf(stderr, "%s: export needs --format text, md, json, svg, html or lua%s\n", progname,
            o->output ? " (or an -o file ending in .txt, .md, .json, .svg, .html or .lua)" : "");
    usage_hint();
    return CANVAS_USAGE;
  }
  status = load(o, stderr, 0, &c);
  if (status == CANVAS_OK && o->output != NULL && (out = atomic_open(o->output)) == NULL)
    status = CANVAS_LOAD;
  if (status != CANVAS_OK) {
    current = NULL;
    release(c, o);
    return status;
  }
  status = canvas_export(c, format, o->segment, output_width(), out);
  if (status == CANVAS_USAGE)
    fprintf(stderr, "%s: %s\n", progname, canvas_error(c));
  else
    print_diagnostics(c, status, 0);
  if (o->output != NULL) {
    status = atomic_close(out, o->output, status);
  } else if (fflush(stdout) != 0 && status == CANVAS_OK) {
    fprintf(stderr, "%s: cannot write the output\n", progname);
    status = CANVAS_LOAD;
  }
  current = NULL;
  release(c, o);
  return status;
}

/*
** canvas new NAME: a template script for a market pattern, on standard
** output or into -o FILE (which must not exist unless --force).
*/
static int cmd_new(struct cli *o) {
  canvas *c;
  FILE *out = stdout;
  int status;
  if (o->topic == NULL) {
    fprintf(stderr, "%s: new needs the canvas's name: canvas new \"Pedal City\" -o pedal.lua\n",
            progname);
    usage_hint();
    return CANVAS_USAGE;
  }
  if (o->output != NULL && !o->force && access(o->output, F_OK) == 0) {
    fprintf(stderr, "%s: %s exists; give --force to write over it\n", progname, o->output);
    return CANVAS_USAGE;
  }
  c = canvas_new();
  if (c == NULL) {
    fprintf(stderr, "%s: not enough memory to start\n", progname);
    return CANVAS_LIMIT;
  }
  if (o->output != NULL && (out = atomic_open(o->output)) == NULL) {
    canvas_free(c);
    return CANVAS_LOAD;
  }
  current = c;
  status = canvas_new_script(c, o->topic, o->market, o->nsegments, out);
  if (status == CANVAS_USAGE) fprintf(stderr, "%s: %s\n", progname, canvas_error(c));
  if (o->output != NULL) status = atomic_close(out, o->output, status);
  else if (fflush(stdout) != 0 && status == CANVAS_OK) status = CANVAS_LOAD;
  current = NULL;
  canvas_free(c);
  return status;
}

/* ------------------------------------------------------------------------
** canvas diff
** --------------------------------------------------------------------- */

/* Loads `script` alone and returns its model as JSON (malloc'd), or NULL
** with *status saying why. */
static char *model_json(struct cli *o, const char *script, int *status) {
  canvas *c;
  char *buf = NULL;
  size_t len = 0;
  FILE *mem;
  const char *saved = o->script;
  o->script = script;
  *status = load(o, stderr, 0, &c);
  o->script = saved;
  current = NULL;
  if (*status != CANVAS_OK) {
    release(c, o);
    return NULL;
  }
  mem = open_memstream(&buf, &len);
  if (mem == NULL) {
    fprintf(stderr, "%s: not enough memory\n", progname);
    *status = CANVAS_LIMIT;
    release(c, o);
    return NULL;
  }
  *status = canvas_export(c, "json", NULL, 80, mem);
  if (fclose(mem) != 0 && *status == CANVAS_OK) *status = CANVAS_LIMIT;
  if (*status != CANVAS_OK) {
    print_diagnostics(c, *status, 0);
    free(buf);
    buf = NULL;
  }
  release(c, o);
  return buf;
}

static int cmd_diff(struct cli *o) {
  char *old_json, *new_json;
  canvas *c;
  int status;
  if (o->nscripts != 2) {
    fprintf(stderr, "%s: diff compares two scripts: canvas diff OLD NEW\n", progname);
    usage_hint();
    return CANVAS_USAGE;
  }
  if (o->format && strcmp(o->format, "text") != 0 && strcmp(o->format, "json") != 0) {
    fprintf(stderr, "%s: --format '%s' is not a format of diff; use text or json\n", progname,
            o->format);
    usage_hint();
    return CANVAS_USAGE;
  }
  old_json = model_json(o, o->scripts[0], &status);
  if (old_json == NULL) return status;
  new_json = model_json(o, o->scripts[1], &status);
  if (new_json == NULL) {
    free(old_json);
    return status;
  }
  c = canvas_new();
  if (c == NULL) {
    fprintf(stderr, "%s: not enough memory\n", progname);
    free(old_json);
    free(new_json);
    return CANVAS_LIMIT;
  }
  canvas_set_timeout(c, 0);
  status = canvas_diff(c, old_json, new_json, o->format ? o->format : "text", stdout);
  if (status == CANVAS_USAGE || status == CANVAS_LOAD)
    fprintf(stderr, "%s: %s\n", progname, canvas_error(c) ? canvas_error(c) : "diff failed");
  free(old_json);
  free(new_json);
  canvas_free(c);
  return status;
}

/* ------------------------------------------------------------------------
** canvas repl
** --------------------------------------------------------------------- */

static void repl_watch(canvas *c, int on) {
  if (on) arm_watchdog(c, "stdin");
  else disarm_watchdog();
}

static void repl_diagnostics(canvas *c, int status) { print_diagnostics(c, status, 0); }

static int cmd_repl(struct cli *o) {
  canvas *c;
  struct repl_hooks hooks = {NULL, repl_watch, repl_diagnostics};
  int status;
  hooks.progname = progname;
  if (o->script != NULL && strcmp(o->script, "-") == 0) {
    fprintf(stderr, "%s: repl reads its statements from standard input; give the script as a "
            "file, or pipe the statements in\n", progname);
    usage_hint();
    return CANVAS_USAGE;
  }
  status = load(o, stdout, 0, &c);
  disarm_watchdog();
  current = NULL;
  if (c == NULL) return status;
  if (status == CANVAS_USAGE) {
    release(c, o);
    return status;
  }
  /* a script that failed to load was reported; the session starts anyway,
     and with piped statements the failure counts in the exit status */
  {
    int loaded = status;
    status = repl_run(c, &hooks);
    if (!isatty(STDIN_FILENO) && status == CANVAS_OK) status = loaded;
  }
  release(c, o);
  return status;
}

/* The time limit of a document in the language server, unless --timeout. */
#define LSP_TIMEOUT 10.0

static int cmd_lsp(struct cli *o) {
  canvas *c;
  int k, status;
  if (o->trust || o->ncodes > 0) {
    fprintf(stderr, "%s: lsp loads every document untrusted; it takes no %s\n", progname,
            o->trust ? "--trust" : "-e");
    usage_hint();
    return CANVAS_USAGE;
  }
  c = canvas_new();
  if (c == NULL || canvas_error(c) != NULL) {
    fprintf(stderr, "%s: %s\n", progname,
            c ? canvas_error(c) : "not enough memory to start");
    canvas_free(c);
    return CANVAS_LIMIT;
  }
  canvas_set_traceback(c, o->traceback);
  if (o->have_memory) canvas_set_max_memory(c, o->max_memory);
  canvas_set_timeout(c, o->have_timeout ? o->timeout : LSP_TIMEOUT);
  for (k = 0; k < o->ndirs; k++) {
    if (canvas_add_include_dir(c, o->dirs[k]) != CANVAS_OK) {
      fprintf(stderr, "%s: -I %s: no such folder\n", progname, o->dirs[k]);
      canvas_free(c);
      return CANVAS_USAGE;
    }
  }
  status = canvas_lsp(c, stdin, stdout);
  canvas_free(c);
  return status;
}

/* Which of two exit statuses of checked files wins: 4, then 3, then 1. */
static int worse(int a, int b) {
  static const int rank[] = {0, 2, 5, 3, 4};   /* by status 0..4 */
  int ra = a >= 0 && a <= 4 ? rank[a] : 6, rb = b >= 0 && b <= 4 ? rank[b] : 6;
  return rb > ra ? b : a;
}

/* Sets the command line's check options on c; CANVAS_USAGE after a message. */
static int check_options(canvas *c, struct cli *o) {
  const char *names[] = {"only", "ignore", "config", "strict"};
  const char *values[] = {o->only, o->ignore, o->config, o->strict ? "1" : NULL};
  int k;
  for (k = 0; k < 4; k++) {
    if (values[k] == NULL) continue;
    if (canvas_set_check_option(c, names[k], values[k]) != CANVAS_OK) {
      fprintf(stderr, "%s: %s\n", progname, canvas_error(c));
      usage_hint();
      return CANVAS_USAGE;
    }
  }
  return CANVAS_OK;
}

/*
** canvas check of several files: one interpreter is set up with the
** options and loaded with what a check needs (the language, the rules),
** then copied (fork) into worker processes, up to --jobs of them, which
** check the files one after another. Before each file but its first, a
** worker makes its interpreter fresh (canvas_fresh: a new model, a new
** script environment, nothing of the file before), so that each script is
** checked as by a new interpreter, without the cost of loading the stdlib
** or of a process for every file. For each file the worker sends its
** outcome through a pipe: a record of integers and strings, which the
** parent adds to the report in the order of the files.
**
** A worker ends after a file that a limit or Ctrl-C stopped (its
** interpreter may have no room or time left), and after each file of a
** trusted script, which may change anything in its interpreter. A file
** that a limit stopped, or whose worker died, in a worker that had checked
** files before it is checked again as the first file of a new worker: what
** the files before it left for the collector never counts against its
** memory limit.
*/

/* The end of a record: a record without it was cut short. */
#define RECORD_SEAL 0x43565231LL

struct record {
  char *p;
  size_t len, cap;
  int failed;      /* out of memory: the record is not sent */
};

static void put(struct record *r, const void *data, size_t n) {
  if (r->failed) return;
  if (r->len + n > r->cap) {
    size_t cap = r->cap ? r->cap : 4096;
    char *more;
    while (cap < r->len + n) cap *= 2;
    more = realloc(r->p, cap);
    if (more == NULL) {
      r->failed = 1;
      return;
    }
    r->p = more;
    r->cap = cap;
  }
  memcpy(r->p + r->len, data, n);
  r->len += n;
}

static void put_int(struct record *r, long long v) { put(r, &v, sizeof v); }

/* A string with its NUL, so that the reader can point into the record; -1
   for NULL. */
static void put_str(struct record *r, const char *s) {
  long long n = s ? (long long)strlen(s) : -1;
  put_int(r, n);
  if (s != NULL) put(r, s, (size_t)n + 1);
}

static int get_int(struct record *r, size_t *pos, long long *v) {
  if (r->len - *pos < sizeof *v) return 0;
  memcpy(v, r->p + *pos, sizeof *v);
  *pos += sizeof *v;
  return 1;
}

static int get_str(struct record *r, size_t *pos, const char **s) {
  long long n;
  if (!get_int(r, pos, &n) || n < -1) return 0;
  if (n == -1) {
    *s = NULL;
    return 1;
  }
  if ((unsigned long long)n >= r->len - *pos || r->p[*pos + (size_t)n] != '\0') return 0;
  *s = r->p + *pos;
  *pos += (size_t)n + 1;
  return 1;
}

/* Writes all of p to fd; 0 if it could not. */
static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return 0;
    p += w;
    n -= (size_t)w;
  }
  return 1;
}

/* CANVAS_MALLOC set to a non-empty value: every block from malloc. */
static int use_malloc(void) {
  const char *v = getenv("CANVAS_MALLOC");
  return v != NULL && *v != '\0';
}

/* Files sent to a worker ahead of its reports: the next file waits in the
   pipe while the worker checks one, so that it never waits for the parent.
   With one job at a time, one: what a script prints goes straight out, and
   must come after the findings of the file before. */
#define WORKER_DEPTH 2

/* Reads one int from fd; 0 at its end or on an error. */
static int read_int(int fd, int *v) {
  char *p = (char *)v;
  size_t got = 0;
  while (got < sizeof *v) {
    ssize_t r = read(fd, p + got, sizeof *v - got);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return 0;
    got += (size_t)r;
  }
  return 1;
}

/* Sends a record to fd, its length first (-1: no more records, the
   worker is leaving); 0 if it could not. */
static int send_record(int fd, struct record *r) {
  long long len = (long long)r->len;
  return write_all(fd, (const char *)&len, sizeof len) && write_all(fd, r->p, r->len);
}

/* A record that says only that the file could not be reported on. */
static void send_failure(int fd, int status, const char *why) {
  struct record r = {NULL, 0, 0, 0};
  put_int(&r, status);
  put_str(&r, why);
  put_str(&r, NULL);
  put_int(&r, 0);
  put_int(&r, RECORD_SEAL);
  if (!r.failed) send_record(fd, &r);
  free(r.p);
}

/*
** In a worker: checks o->script in c and sends the outcome to fd. What the
** script prints goes where c's output is: standard error, or `out`, which
** is flushed before the record goes (the parent then reads it). `lines`
** (-1, or the colour): the report streams text, and takes the findings as
** their lines, made here, where the file was checked (a count of -1 in
** the record). Returns the file's status.
*/
static int check_file(canvas *c, struct cli *o, int fit, int lines, int fd, FILE *out) {
  struct record r = {NULL, 0, 0, 0};
  canvas_diagnostic *list = NULL;
  size_t i, got = 0;
  const char *text = NULL;
  int status = run_script(o, c, o->script, NULL, 0, 1);
  if (status == CANVAS_OK) status = canvas_check(c);
  disarm_watchdog();   /* armed by run_script for this file only */
  current = NULL;
  put_int(&r, status);
  put_str(&r, canvas_error(c));
  put_str(&r, fit && (status == CANVAS_OK || status == CANVAS_FINDINGS) ? canvas_fit_json(c)
                                                                        : NULL);
  /* a file that failed with no diagnostic is reported with why: as a list */
  if (lines >= 0 && (status == CANVAS_OK || status == CANVAS_FINDINGS ||
                     canvas_diagnostic_count(c) > 0))
    text = canvas_diagnostic_lines(c, lines);
  if (text != NULL) {
    put_int(&r, -1);
    put_str(&r, text);
  } else {
    if ((list = canvas_diagnostics(c, &got)) == NULL) r.failed = 1;
    put_int(&r, (long long)got);
    for (i = 0; i < got; i++) {
      put_str(&r, list[i].file);
      put_int(&r, list[i].line);
      put_str(&r, list[i].severity);
      put_str(&r, list[i].id);
      put_str(&r, list[i].name);
      put_str(&r, list[i].message);
    }
  }
  put_int(&r, RECORD_SEAL);
  fflush(out != NULL ? out : stderr);
  if (r.failed) {
    status = CANVAS_LIMIT;
    send_failure(fd, status, "not enough memory to report the findings of this file");
  } else {
    send_record(fd, &r);
  }
  free(list);
  free(r.p);
  return status;
}

/*
** A worker's life: checks the files whose numbers come through cmd, one
** after another, sends each one's record through res, and ends the
** process when cmd is closed, or when it must not check another file.
** out[] (NULL with one job at a time): the files its scripts print to, by
** turns, each emptied before a file.
*/
static volatile sig_atomic_t worker_interrupted;
static void on_worker_interrupt(int sig) {
  (void)sig;
  worker_interrupted = 1;
}

static void worker(canvas *c, struct cli *o, int fit, int lines, int cmd, int res, FILE **out) {
  long long m = 0;
  int k;
  signal(SIGPIPE, SIG_DFL);
  /* Ctrl-C between two files: the next one is not begun (the worker
     leaves, and the parent, which had it too, sends no other) */
  signal(SIGINT, on_worker_interrupt);
  /* a timer does not cross the fork: this process makes its own */
  canvas_limits_use_signal(SIGRTMIN);
  if (!use_malloc()) canvas_use_own_memory(c);
  while (!worker_interrupted && read_int(cmd, &k) && k >= 0 && k < o->nscripts &&
         !worker_interrupted) {
    FILE *f = out[0] != NULL ? out[m % WORKER_DEPTH] : NULL;
    int status;
    if (f != NULL) {
      rewind(f);
      if (ftruncate(fileno(f), 0) != 0) f = NULL;
      else canvas_set_output(c, f);
    }
    if (m > 0 && canvas_fresh(c) != CANVAS_OK) {
      send_failure(res, CANVAS_LIMIT, "the interpreter could not be made ready for this file");
      break;
    }
    o->script = o->scripts[k];
    status = check_file(c, o, fit, lines, res, f);
    signal(SIGINT, on_worker_interrupt);   /* (the run had its own) */
    m++;
    if (o->trust || status == CANVAS_LIMIT || status == CANVAS_INTERRUPTED) break;
  }
  {  /* leaving: the files sent and not begun go to another worker */
    long long bye = -1;
    write_all(res, (const char *)&bye, sizeof bye);
  }
  close(res);
  /* files a trusted script left open are flushed when it is closed */
  if (o->trust) canvas_free(c);
  fflush(NULL);
  _exit(0);
}

/*
** Adds a record to the report. 0 if the record is not whole (the worker
** ended some other way).
*/
static int add_record(canvas *report, const char *file, struct record *r, int *status) {
  size_t pos = 0, i;
  long long st, n, line = 0, seal;
  const char *why, *fit;
  canvas_diagnostic *list;
  int ok;
  if (!get_int(r, &pos, &st) || !get_str(r, &pos, &why) || !get_str(r, &pos, &fit) ||
      !get_int(r, &pos, &n) || n < -1 || (n >= 0 && (unsigned long long)n > r->len / 8))
    return 0;
  if (n == -1) {   /* the findings as lines of text */
    const char *lines;
    if (!get_str(r, &pos, &lines) || lines == NULL || !get_int(r, &pos, &seal) ||
        seal != RECORD_SEAL || pos != r->len)
      return 0;
    *status = (int)st;
    if (canvas_report_add_lines(report, file, *status, lines) != CANVAS_OK) *status = CANVAS_LIMIT;
    return 1;
  }
  list = calloc(n > 0 ? (size_t)n : 1, sizeof *list);
  if (list == NULL) return 0;
  ok = 1;
  for (i = 0; ok && i < (size_t)n; i++) {
    ok = get_str(r, &pos, &list[i].file) && get_int(r, &pos, &line) &&
         get_str(r, &pos, &list[i].severity) && get_str(r, &pos, &list[i].id) &&
         get_str(r, &pos, &list[i].name) && get_str(r, &pos, &list[i].message);
    list[i].line = (int)line;
  }
  if (ok) ok = get_int(r, &pos, &seal) && seal == RECORD_SEAL && pos == r->len;
  if (ok) {
    *status = (int)st;
    if (canvas_report_add_list(report, file, *status, list, (size_t)n, why, fit) != CANVAS_OK)
      *status = CANVAS_LIMIT;
  }
  free(list);
  return ok;
}

/* Ctrl-C while a worker checks a file: the worker stops its script; the
   parent checks no more files. */
static volatile sig_atomic_t parent_interrupted;
static void on_parent_interrupt(int sig) {
  (void)sig;
  parent_interrupted = 1;
}

/* One worker, as the parent sees it. */
struct worker {
  pid_t pid;                 /* 0: none running in this place */
  int cmd, res;              /* file numbers go out through cmd, records come in through res */
  int q[WORKER_DEPTH], nq;   /* the files sent and not reported on yet, in order */
  long long sent, reported;
  FILE *out[WORKER_DEPTH];   /* what its scripts print, with more than one job */
  struct record in;          /* what came through res, not yet a whole record */
};

/* One file of the check. */
enum { FILE_WAITING, FILE_SENT, FILE_DONE };
struct slot {
  int state;
  int again;         /* to be checked as the first file of a new worker */
  int died;          /* no record: its worker ended with wstatus */
  int wstatus;
  struct record r;   /* its record */
  FILE *out;         /* what its script printed, kept for its turn */
};

/* Copies the first n bytes of the file f into a new temporary file, for a
   file's turn; NULL when there are none (or no temporary file). */
static FILE *copy_out(FILE *f) {
  struct stat st;
  FILE *to;
  char buf[65536];
  off_t pos = 0;
  if (f == NULL || fstat(fileno(f), &st) != 0 || st.st_size <= 0) return NULL;
  if ((to = tmpfile()) == NULL) return NULL;
  while (pos < st.st_size) {
    ssize_t got = pread(fileno(f), buf, sizeof buf, pos);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) break;
    fwrite(buf, 1, (size_t)got, to);
    pos += got;
  }
  fflush(to);
  return to;
}

static void close_worker_files(struct worker *w) {
  int j;
  if (w->cmd >= 0) close(w->cmd);
  if (w->res >= 0) close(w->res);
  w->cmd = w->res = -1;
  for (j = 0; j < WORKER_DEPTH; j++) {
    if (w->out[j] != NULL) fclose(w->out[j]);
    w->out[j] = NULL;
  }
}

/*
** Starts a worker in place i of w[0..nw) from tmpl; 0 if none could be
** started. With `keep`, what its scripts print goes to files of its own,
** written out in each file's turn, so that files checked at once do not mix
** their output.
*/
static int start_worker(canvas *tmpl, canvas *report, struct cli *o, int keep,
                        struct worker *w, int nw, int i) {
  struct worker *me = &w[i];
  int cmd[2], res[2], j;
  memset(me, 0, sizeof *me);
  me->cmd = me->res = -1;
  if (keep)
    for (j = 0; j < WORKER_DEPTH; j++)
      if ((me->out[j] = tmpfile()) == NULL) {
        close_worker_files(me);
        return 0;
      }
  if (pipe(cmd) != 0) {
    close_worker_files(me);
    return 0;
  }
  if (pipe(res) != 0) {
    close(cmd[0]);
    close(cmd[1]);
    close_worker_files(me);
    return 0;
  }
  for (j = 0; j < 2; j++) {
    fcntl(cmd[j], F_SETFD, FD_CLOEXEC);
    fcntl(res[j], F_SETFD, FD_CLOEXEC);
  }
  /* nothing buffered to be written twice: the worker flushes what it has
     when it ends, a copy of the parent's buffers included */
  fflush(NULL);
  me->pid = fork();
  if (me->pid < 0) {
    me->pid = 0;
    close(cmd[0]);
    close(cmd[1]);
    close(res[0]);
    close(res[1]);
    close_worker_files(me);
    return 0;
  }
  if (me->pid == 0) {
    /* the other workers' pipes: their ends must be theirs and the parent's alone */
    for (j = 0; j < nw; j++)
      if (j != i && w[j].pid > 0) {
        int t;
        if (w[j].cmd >= 0) close(w[j].cmd);
        if (w[j].res >= 0) close(w[j].res);
        for (t = 0; t < WORKER_DEPTH; t++)
          if (w[j].out[t] != NULL) close(fileno(w[j].out[t]));
      }
    close(cmd[1]);
    close(res[0]);
    /* what a trusted script's os.exit leaves here stays reachable */
    left_report = report;
    left_template = tmpl;
    worker(tmpl, o, canvas_report_wants_fit(report), canvas_report_text_colour(report), cmd[0],
           res[1], me->out);
  }
  close(cmd[0]);
  close(res[1]);
  me->cmd = cmd[1];
  me->res = res[0];
  return 1;
}

/* Sends file k to worker w; 0 if it could not (the worker has ended). */
static int send_file(struct worker *w, struct slot *s, int k) {
  if (w->cmd < 0 || !write_all(w->cmd, (const char *)&k, sizeof k)) return 0;
  w->q[w->nq++] = k;
  w->sent++;
  s[k].state = FILE_SENT;
  return 1;
}

/* The record of w's oldest file has come (whole, in w->in up to `len`
   bytes after its length): it goes to that file, or sends the file back
   to wait for a new worker. */
static void take_record(struct worker *w, struct slot *s, size_t start, size_t len) {
  int k = w->q[0], j;
  struct slot *f = &s[k];
  long long st = 0;
  FILE *out = w->out[0] != NULL ? w->out[w->reported % WORKER_DEPTH] : NULL;
  memcpy(&st, w->in.p + start, len >= sizeof st ? sizeof st : 0);
  for (j = 1; j < w->nq; j++) w->q[j - 1] = w->q[j];
  w->nq--;
  if (st == CANVAS_LIMIT && w->reported > 0 && !f->again) {
    f->again = 1;
    f->state = FILE_WAITING;
  } else {
    f->r.len = 0;
    put(&f->r, w->in.p + start, len);
    f->out = copy_out(out);
    f->state = FILE_DONE;
  }
  w->reported++;
}

/* w's pipe is at its end: the worker has ended; reaps it. Its oldest file,
   if any, is reported as it ended (or checked again by a new worker); the
   ones sent after it wait for another worker. */
static void worker_ended(struct worker *w, struct slot *s) {
  int wstatus = 0, j;
  while (waitpid(w->pid, &wstatus, 0) < 0 && errno == EINTR) {}
  if (w->nq > 0) {
    struct slot *f = &s[w->q[0]];
    if (w->reported > 0 && !f->again && !WIFEXITED(wstatus)) {
      f->again = 1;
      f->state = FILE_WAITING;
    } else {
      f->died = 1;
      f->wstatus = wstatus;
      f->out = copy_out(w->out[0] != NULL ? w->out[w->reported % WORKER_DEPTH] : NULL);
      f->state = FILE_DONE;
    }
    for (j = 1; j < w->nq; j++) s[w->q[j]].state = FILE_WAITING;
  }
  w->nq = 0;
  w->pid = 0;
  free(w->in.p);
  memset(&w->in, 0, sizeof w->in);
  close_worker_files(w);
}

/* Reads what the workers send until at least one record has come or one
   worker has ended. */
static void pump(struct worker *w, int nw, struct slot *s) {
  struct pollfd fds[64];
  int map[64], i, m = 0, done = 0;
  char buf[65536];
  for (i = 0; i < nw && m < 64; i++)
    if (w[i].pid > 0 && w[i].res >= 0) {
      fds[m].fd = w[i].res;
      fds[m].events = POLLIN;
      map[m++] = i;
    }
  while (!done && m > 0) {
    if (poll(fds, (nfds_t)m, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (i = 0; i < m; i++) {
      struct worker *wk = &w[map[i]];
      ssize_t got;
      size_t pos = 0;
      long long len;
      if (fds[i].fd < 0 || fds[i].revents == 0) continue;
      got = read(wk->res, buf, sizeof buf);
      if (got < 0 && errno == EINTR) continue;
      if (got <= 0) {
        worker_ended(wk, s);
        fds[i].fd = -1;
        done = 1;
        continue;
      }
      put(&wk->in, buf, (size_t)got);
      if (wk->in.failed) {   /* no memory for it: the worker is stopped */
        kill(wk->pid, SIGKILL);
        continue;
      }
      /* the whole records come out, oldest first */
      while (wk->in.len - pos >= sizeof len) {
        memcpy(&len, wk->in.p + pos, sizeof len);
        if (len == -1) {   /* leaving: what it was sent and has not begun waits */
          int j;
          for (j = 0; j < wk->nq; j++) s[wk->q[j]].state = FILE_WAITING;
          wk->nq = 0;
          if (wk->cmd >= 0) close(wk->cmd);
          wk->cmd = -1;
          pos += sizeof len;
          continue;
        }
        if (wk->nq == 0 || len < 0 || (unsigned long long)len > wk->in.len - pos - sizeof len)
          break;
        take_record(wk, s, pos + sizeof len, (size_t)len);
        pos += sizeof len + (size_t)len;
        done = 1;
      }
      if (pos > 0) {
        memmove(wk->in.p, wk->in.p + pos, wk->in.len - pos);
        wk->in.len -= pos;
      }
    }
  }
}

/* Ends the workers: those with files still sent are stopped, the others
   leave when their pipe closes. */
static void stop_workers(struct worker *w, int nw) {
  int i;
  for (i = 0; i < nw; i++) {
    if (w[i].pid <= 0) continue;
    if (w[i].nq > 0) kill(w[i].pid, SIGKILL);
    close(w[i].cmd);
    w[i].cmd = -1;
  }
  for (i = 0; i < nw; i++) {
    int wstatus;
    if (w[i].pid <= 0) continue;
    while (waitpid(w[i].pid, &wstatus, 0) < 0 && errno == EINTR) {}
    w[i].pid = 0;
    free(w[i].in.p);
    w[i].in.p = NULL;
    close_worker_files(&w[i]);
  }
}

/*
** Adds a finished file to the report, and writes what its script printed;
** returns the file's status, or -1 when its worker ended the process
** (os.exit in a trusted script, or the last-resort watchdog), *exit_status
** then being its status.
*/
static int finish_file(canvas *report, const char *file, struct slot *f, int *exit_status) {
  int status = CANVAS_LOAD, wstatus = f->wstatus;
  char why[160];
  if (f->out != NULL) {   /* the script's output, in its turn */
    char buf[65536];
    size_t got;
    rewind(f->out);
    while ((got = fread(buf, 1, sizeof buf, f->out)) > 0) fwrite(buf, 1, got, stderr);
    fflush(stderr);
    fclose(f->out);
    f->out = NULL;
  }
  if (!f->died && !f->r.failed && add_record(report, file, &f->r, &status)) return status;
  if (WIFEXITED(wstatus)) {
    *exit_status = WEXITSTATUS(wstatus);
    return -1;
  }
  if (WIFSIGNALED(wstatus) && WTERMSIG(wstatus) == SIGINT) {
    status = CANVAS_INTERRUPTED;
    snprintf(why, sizeof why, "interrupted");
  } else {
    status = CANVAS_LIMIT;
    snprintf(why, sizeof why, "the check of this file was stopped by signal %d (%s)",
             WIFSIGNALED(wstatus) ? WTERMSIG(wstatus) : 0,
             WIFSIGNALED(wstatus) ? strsignal(WTERMSIG(wstatus)) : "unknown");
  }
  if (canvas_report_add_list(report, file, status, NULL, 0, why, NULL) != CANVAS_OK)
    status = CANVAS_LIMIT;
  return status;
}

/* How many scripts to check at once: --jobs, or one for each processor;
   one after another for trusted scripts, whose effects keep their order. */
static int jobs_for(struct cli *o) {
  long n = o->jobs;
  if (o->trust) return 1;
  if (n <= 0) n = sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) n = 1;
  if (n > 64) n = 64;
  return (int)n;
}

/*
** Sends the waiting files, in order, to workers with room in their pipe,
** starting workers where there are fewer than `jobs`. A file to be checked
** again goes only to a new worker. *cannot is set when a worker could not
** be started.
*/
static void send_files(canvas *tmpl, canvas *report, struct cli *o, struct worker *w, int jobs,
                       struct slot *s, int from, int *cannot) {
  int k, i, depth = jobs > 1 ? WORKER_DEPTH : 1;
  for (k = from; k < o->nscripts; k++) {
    struct worker *to = NULL;
    if (s[k].state != FILE_WAITING) continue;
    for (i = 0; i < jobs; i++) {   /* the worker with the fewest files waiting */
      if (w[i].pid <= 0 || w[i].cmd < 0 || w[i].nq >= depth) continue;
      if (s[k].again && w[i].sent > 0) continue;
      if (to == NULL || w[i].nq < to->nq) to = &w[i];
    }
    if (to == NULL || to->nq > 0) {   /* a new worker, if there is room for one */
      for (i = 0; i < jobs && !*cannot; i++)
        if (w[i].pid <= 0) {
          if (start_worker(tmpl, report, o, jobs > 1, w, jobs, i)) to = &w[i];
          else *cannot = 1;
          break;
        }
    }
    if (to == NULL) {
      if (s[k].again) continue;   /* it waits for a new worker; others may go on */
      return;
    }
    if (!send_file(to, s, k)) {   /* it has ended: its pipe tells, and the file waits */
      close(to->cmd);
      to->cmd = -1;
      return;
    }
  }
}

/*
** Checks the scripts in workers copied from tmpl and adds each to the
** report in the order given. Returns how many were checked: fewer than all
** when no worker could be started (the caller checks the rest itself) or
** when Ctrl-C stopped the check (then *stopped is set).
*/
static int check_in_workers(canvas *tmpl, canvas *report, struct cli *o, int *worst,
                            int *stopped) {
  int jobs = jobs_for(o), done = 0, n = o->nscripts, cannot = 0, i;
  struct worker *w = calloc((size_t)jobs, sizeof *w);
  struct slot *s = calloc((size_t)n, sizeof *s);
  void (*old_pipe)(int);
  *stopped = 0;
  if (w == NULL || s == NULL) {
    free(w);
    free(s);
    return 0;
  }
  for (i = 0; i < jobs; i++) w[i].cmd = w[i].res = -1;
  signal(SIGINT, on_parent_interrupt);
  old_pipe = signal(SIGPIPE, SIG_IGN);   /* a worker that has ended: its pipe says so */
  while (done < n) {
    int status, code = 0, busy = 0;
    if (s[done].state == FILE_DONE) {   /* its turn: before more files go out */
      status = finish_file(report, o->scripts[done], &s[done], &code);
      free(s[done].r.p);
      s[done].r.p = NULL;
      done++;
      if (status < 0) {   /* the script ended the process: so does canvas */
        stop_workers(w, jobs);
        fflush(stdout);
        left_report = report;
        left_template = tmpl;
        exit(code);
      }
      fflush(stdout);   /* what streamed out stays out, whatever comes next */
      *worst = worse(*worst, status);
      if (status == CANVAS_INTERRUPTED || parent_interrupted) {
        *worst = worse(*worst, CANVAS_INTERRUPTED);
        *stopped = 1;
        break;
      }
      continue;
    }
    if (!parent_interrupted) send_files(tmpl, report, o, w, jobs, s, done, &cannot);
    for (i = 0; i < jobs; i++) busy += w[i].pid > 0 && w[i].nq > 0;
    if (busy == 0) {   /* nothing on its way: no worker could be started */
      if (parent_interrupted) {
        *worst = worse(*worst, CANVAS_INTERRUPTED);
        *stopped = 1;
      }
      break;   /* the rest are the caller's */
    }
    pump(w, jobs, s);
  }
  stop_workers(w, jobs);
  signal(SIGPIPE, old_pipe);
  for (i = 0; i < n; i++) {
    free(s[i].r.p);
    if (s[i].out != NULL) fclose(s[i].out);
  }
  free(s);
  free(w);
  return done;
}

/*
** The interpreter that the files of canvas check are copied from, or NULL
** when they are checked without one (one file, -e codes, standard input, or
** a set-up that failed: each file then reports for itself). *status
** becomes CANVAS_USAGE after a message for bad check options.
*/
static canvas *check_template(struct cli *o, canvas *report, int *status) {
  canvas *t;
  int k;
  *status = CANVAS_OK;
  if (o->nscripts < 2 || o->ncodes > 0) return NULL;
  for (k = 0; k < o->nscripts; k++)
    if (strcmp(o->scripts[k], "-") == 0) return NULL;
  if ((k = setup(o, stderr, &t)) != CANVAS_OK) {   /* said why */
    canvas_free(t);
    *status = k == CANVAS_USAGE ? CANVAS_USAGE : CANVAS_OK;
    return NULL;
  }
  if (check_options(t, o) != CANVAS_OK) {
    canvas_free(t);
    *status = CANVAS_USAGE;
    return NULL;
  }
  if (canvas_warm_check(t, canvas_report_wants_fit(report)) != CANVAS_OK) {
    canvas_free(t);
    return NULL;
  }
  return t;
}

/*
** canvas check of one script: its own interpreter makes the report too, so
** that no second one starts, unless a limit or Ctrl-C stopped the script
** (its interpreter may then have no room or time left): a new one then
** reports it. The check options are set before the script runs, and bad
** ones stop it from running at all.
*/
static int check_one(struct cli *o, const char *format) {
  canvas *c, *report;
  const char *file = strcmp(o->scripts[0], "-") == 0 ? "stdin" : o->scripts[0];
  const char *mode = o->summary ? "summary" : format;
  int colour = use_colour(STDOUT_FILENO), status, written;
  o->script = o->scripts[0];
  status = load_prepared(o, stderr, 1, &c, check_options);
  if (c == NULL || status == CANVAS_USAGE) {
    canvas_free(c);
    return status;
  }
  if (status == CANVAS_OK) status = canvas_check(c);
  current = NULL;
  report = c;
  if ((status != CANVAS_OK && status != CANVAS_FINDINGS && status != CANVAS_LOAD) ||
      canvas_report_begin(c, mode, colour, stdout) != CANVAS_OK) {
    report = canvas_new();
    if (report == NULL || canvas_error(report) != NULL) {
      fprintf(stderr, "%s: %s\n", progname, report ? canvas_error(report) : "not enough memory");
      return CANVAS_LIMIT;
    }
    canvas_report_begin(report, mode, colour, stdout);
  }
  if (canvas_report_add(report, c, file, status) != CANVAS_OK) status = CANVAS_LIMIT;
  fflush(stdout);
  written = canvas_report_write(report, format, colour, stdout);
  if (written != CANVAS_OK) {
    fprintf(stderr, "%s: %s\n", progname, canvas_error(report));
    status = worse(status, written == CANVAS_USAGE ? CANVAS_LOAD : written);
  }
  /* both are left to the end of the process (reachable, for leak checkers) */
  if (report != c) left_report = report;
  release(c, o);
  return status;
}

/*
** canvas check SCRIPT...: each script in an interpreter of its own, its
** diagnostics gathered in a report that is written once, in one format.
*/
static int cmd_check(struct cli *o) {
  canvas *report, *tmpl;
  const char *format = o->format ? o->format : "text";
  int worst = CANVAS_OK, k, status;
  if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0 &&
      strcmp(format, "sarif") != 0 && strcmp(format, "github") != 0) {
    const char *formats[] = {"text", "json", "sarif", "github"};
    canvas *c = canvas_new();
    const char *best = c != NULL ? canvas_closest(c, format, formats, 4) : NULL;
    fprintf(stderr, "%s: --format '%s' is not a format of findings; use text, json, sarif or "
            "github%s%s%s\n", progname, format, best ? "; did you mean '" : "",
            best ? best : "", best ? "'?" : "");
    canvas_free(c);
    return CANVAS_USAGE;
  }
  /* text goes out file by file, so the watchdog cannot take what was found */
  if (o->summary && strcmp(format, "text") != 0) {
    fprintf(stderr, "%s: --summary is a form of the text format; it does not go with --format "
            "%s\n", progname, format);
    usage_hint();
    return CANVAS_USAGE;
  }
  if (o->nscripts == 1) return check_one(o, format);
  report = canvas_new();
  if (report == NULL || canvas_error(report) != NULL) {
    fprintf(stderr, "%s: %s\n", progname, report ? canvas_error(report) : "not enough memory");
    canvas_free(report);
    return CANVAS_LIMIT;
  }
  if (check_options(report, o) != CANVAS_OK) {   /* bad IDs: before any script runs */
    canvas_free(report);
    return CANVAS_USAGE;
  }
  canvas_report_begin(report, o->summary ? "summary" : format, use_colour(STDOUT_FILENO), stdout);
  tmpl = check_template(o, report, &status);
  if (status == CANVAS_USAGE) {
    canvas_free(report);
    return status;
  }
  k = 0;
  if (tmpl != NULL) {
    int stopped;
    k = check_in_workers(tmpl, report, o, &worst, &stopped);
    if (stopped) k = o->nscripts;
  }
  for (; k < o->nscripts; k++) {
    canvas *c;
    o->script = o->scripts[k];
    status = load(o, stderr, 1, &c);
    if (c == NULL || status == CANVAS_USAGE) {
      canvas_free(c);
      canvas_free(report);
      return status;
    }
    if (status == CANVAS_OK) {
      if (check_options(c, o) != CANVAS_OK) status = CANVAS_USAGE;
      else status = canvas_check(c);
    }
    current = NULL;
    if (canvas_report_add(report, c, strcmp(o->script, "-") == 0 ? "stdin" : o->script,
                          status) != CANVAS_OK)
      status = CANVAS_LIMIT;
    fflush(stdout);   /* what streamed out stays out, whatever comes next */
    release(c, o);
    worst = worse(worst, status);
    if (status == CANVAS_INTERRUPTED || status == CANVAS_USAGE) break;
  }
  status = canvas_report_write(report, format, use_colour(STDOUT_FILENO), stdout);
  if (status != CANVAS_OK) {
    fprintf(stderr, "%s: %s\n", progname, canvas_error(report));
    worst = worse(worst, status == CANVAS_USAGE ? CANVAS_LOAD : status);
  }
  /* the report runs no script: like the last file's, it is left to the end
     of the process (reachable, for leak checkers) */
  left_report = report;
  if (tmpl != NULL) release(tmpl, o);
  return worst;
}

static int cmd_explain(struct cli *o) {
  canvas *c = canvas_new();
  int status;
  if (c == NULL) {
    fprintf(stderr, "%s: not enough memory to start\n", progname);
    return CANVAS_LIMIT;
  }
  status = canvas_explain(c, o->topic, output_width(), stdout);
  if (status != CANVAS_OK) fprintf(stderr, "%s: %s\n", progname, canvas_error(c));
  canvas_free(c);
  return status;
}

/*
** canvas help [TOPIC]: the framework's topics (the REPL's help() texts),
** or a command's usage. A word that names a command and a topic (fit,
** check) gives both: the command's usage, then the topic.
*/
static int cmd_help(struct cli *o) {
  const struct command *cmd;
  canvas *c;
  int status;
  c = canvas_new();
  if (c == NULL) {
    fprintf(stderr, "%s: not enough memory to start\n", progname);
    return CANVAS_LIMIT;
  }
  cmd = o->topic ? find_command(o->topic) : NULL;
  if (cmd != NULL) {
    command_help(cmd);
    fflush(stdout);
    /* the topic of the same name, if there is one */
    if (canvas_help(c, o->topic, output_width(), 1, stdout) == CANVAS_OK) {}
    canvas_free(c);
    return CANVAS_OK;
  }
  status = canvas_help(c, o->topic, output_width(), 0, stdout);
  if (status == CANVAS_OK && o->topic == NULL)
    printf("\nThe commands: canvas --help. One command's usage: canvas help COMMAND.\n");
  if (status == CANVAS_USAGE) {
    fprintf(stderr, "%s: %s\n(the commands are ", progname, canvas_error(c));
    command_list(stderr);
    fprintf(stderr, ")\n");
  } else if (status != CANVAS_OK) {
    fprintf(stderr, "%s: %s\n", progname, canvas_error(c) ? canvas_error(c) : "help failed");
  }
  canvas_free(c);
  return status;
}

int main(int argc, char **argv) {
  struct cli o;
  int status;
  memset(&o, 0, sizeof o);
  /* room for every -e and -I the command line can hold */
  o.codes = malloc(sizeof *o.codes * (size_t)argc);
  o.dirs = malloc(sizeof *o.dirs * (size_t)argc);
  o.scripts = malloc(sizeof *o.scripts * (size_t)argc);
  if (o.codes == NULL || o.dirs == NULL || o.scripts == NULL) {
    fprintf(stderr, "%s: not enough memory to start\n", progname);
    return CANVAS_LIMIT;
  }
  status = parse(argc, argv, &o);
  /* canvas alone on a terminal: the REPL */
  if (status == CANVAS_OK && !o.explicit_cmd && o.cmd->handler == cmd_run && o.script == NULL &&
      o.ncodes == 0 && isatty(STDIN_FILENO))
    o.cmd = find_command("repl");
  /* one script runs at a time, but in the language server (several
     documents' interpreters, one run inside another): the time limit can
     come from a timer signal rather than a thread */
  if (status == CANVAS_OK && o.cmd->handler != cmd_lsp) canvas_limits_use_signal(SIGRTMIN);
  /* a command that runs its interpreters one after another and ends takes
     their small blocks from an arena (src/limits.c); the REPL and the
     language server, which live long, keep malloc, which gives memory back,
     and so does every command with CANVAS_MALLOC set (for memory checkers
     such as valgrind, which see malloc's blocks only) */
  if (status == CANVAS_OK && o.cmd->handler != cmd_lsp && o.cmd->handler != cmd_repl &&
      !use_malloc())
    canvas_limits_arena(CANVAS_ARENA_RESERVE);
  if (status == CANVAS_OK) status = o.cmd->handler(&o);
  free(o.codes);
  free(o.dirs);
  free(o.scripts);
  return status;
}
