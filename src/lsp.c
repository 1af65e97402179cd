/*
** lsp.c: canvas_lsp, a Language Server Protocol server (include/canvas.h).
** This file frames messages (Content-Length headers over a byte stream)
** and keeps one interpreter per open document; the protocol itself (JSON,
** methods, positions) is stdlib/lsp/server.lua, run in the caller's
** interpreter, and what a document answers is stdlib/lsp/doc.lua, run in
** the document's own.
*/
#include <ctype.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "canvas.h"
#include "canvas_internal.h"

/* The largest message read; a larger one is skipped with an error. */
#define MAX_MESSAGE ((size_t)CANVAS_MAX_SCRIPT_SIZE * 4)
/* The longest header line kept; the rest of a longer one is skipped. */
#define MAX_HEADER 1024

struct doc {
  char *uri;
  canvas *c;       /* the document's interpreter, or NULL */
};

/*
** The input, read from its file descriptor through a buffer of our own, so
** that the server can tell whether another message is waiting already
** (then the documents changed by a burst of typing are checked once).
*/
struct input {
  int fd;
  size_t pos, len;
  char buf[65536];
};

struct server {
  canvas *main;    /* the protocol's interpreter: the caller's */
  struct input in;
  FILE *out;
  FILE *sink;      /* where documents' own output (print) goes */
  int out_failed;
  size_t max_memory;
  double timeout;
  struct doc *docs;
  size_t ndocs, cap;
  char *result;    /* the last snapshot, kept until the next */
};

/* ------------------------------------------------------------------------
** Documents
** --------------------------------------------------------------------- */

static struct doc *find_doc(struct server *s, const char *uri) {
  size_t i;
  for (i = 0; i < s->ndocs; i++)
    if (strcmp(s->docs[i].uri, uri) == 0) return &s->docs[i];
  return NULL;
}

static struct doc *add_doc(struct server *s, const char *uri) {
  struct doc *d = find_doc(s, uri);
  size_t len;
  if (d != NULL) return d;
  if (s->ndocs == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 8;
    struct doc *more = realloc(s->docs, cap * sizeof *more);
    if (more == NULL) return NULL;
    s->docs = more;
    s->cap = cap;
  }
  len = strlen(uri);
  d = &s->docs[s->ndocs];
  d->uri = malloc(len + 1);
  if (d->uri == NULL) return NULL;
  memcpy(d->uri, uri, len + 1);
  d->c = NULL;
  s->ndocs++;
  return d;
}

static void close_doc(struct server *s, struct doc *d) {
  canvas_free(d->c);
  free(d->uri);
  *d = s->docs[--s->ndocs];
}

/*
** A fresh interpreter for a document: untrusted, with the limits of the
** server's, its output thrown away, and the include folders listed in
** `dirs` (one a line).
*/
static canvas *new_doc(struct server *s, const char *dirs) {
  canvas *c = canvas_new();
  if (c == NULL) return NULL;
  canvas_set_max_memory(c, s->max_memory);
  canvas_set_timeout(c, s->timeout);
  if (s->sink != NULL) canvas_set_output(c, s->sink);
  while (*dirs != '\0') {
    const char *nl = strchr(dirs, '\n');
    size_t n = nl ? (size_t)(nl - dirs) : strlen(dirs);
    char dir[4096];
    if (n > 0 && n < sizeof dir) {
      memcpy(dir, dirs, n);
      dir[n] = '\0';
      canvas_add_include_dir(c, dir);
    }
    dirs += n + (nl != NULL);
  }
  return c;
}

/*
** "open": loads `payload` (the document's text) as the file named on the
** first line of `extra` (the include folders follow, one a line) into a
** new interpreter, checks it, and returns its snapshot. "ask": the
** document's answer to the request `payload`. "close": forgets it.
*/
static const char *doc_call(void *ud, const char *action, const char *uri, const char *payload,
                            size_t plen, const char *extra, size_t *rlen) {
  struct server *s = ud;
  struct doc *d;
  canvas *fresh;
  const char *r;
  int status, ignored;
  char ask[64];
  *rlen = 0;
  if (strcmp(action, "close") == 0) {
    d = find_doc(s, uri);
    if (d != NULL) close_doc(s, d);
    return NULL;
  }
  if (strcmp(action, "ask") == 0) {
    d = find_doc(s, uri);
    if (d == NULL || d->c == NULL) return NULL;
    return canvas_call_text(d->c, "lsp_doc", payload, plen, rlen, &status, 1);
  }
  if (strcmp(action, "open") == 0) {
    const char *nl = strchr(extra, '\n');
    size_t n = nl ? (size_t)(nl - extra) : strlen(extra);
    char path[4096];
    if (n == 0 || n >= sizeof path) return NULL;
    memcpy(path, extra, n);
    path[n] = '\0';
    d = add_doc(s, uri);
    if (d == NULL) return NULL;
    fresh = new_doc(s, nl ? nl + 1 : "");
    if (fresh == NULL) return NULL;
    status = canvas_load_buffer(fresh, payload, plen, path);
    /* as canvas check does: the checks judge a script that loaded */
    if (status == CANVAS_OK) status = canvas_check(fresh);
    snprintf(ask, sizeof ask, "{\"what\":\"snapshot\",\"status\":%d}", status);
    r = canvas_call_text(fresh, "lsp_doc", ask, strlen(ask), rlen, &ignored, 1);
    free(s->result);
    s->result = NULL;
    if (r != NULL && (s->result = malloc(*rlen + 1)) != NULL) memcpy(s->result, r, *rlen + 1);
    /*
    ** Text being typed often does not compile, and then the model is empty:
    ** completion, hover and definition go on answering from the last
    ** version that declared something.
    */
    if (status == CANVAS_LOAD && canvas_segment_count(fresh) == 0 && d->c != NULL &&
        canvas_segment_count(d->c) > 0) {
      canvas_free(fresh);
    } else {
      canvas_free(d->c);
      d->c = fresh;
    }
    if (s->result == NULL) *rlen = 0;
    return s->result;
  }
  return NULL;
}

/* ------------------------------------------------------------------------
** Messages
** --------------------------------------------------------------------- */

static int send_message(void *ud, const char *json, size_t len) {
  struct server *s = ud;
  if (s->out_failed) return 0;
  if (fprintf(s->out, "Content-Length: %zu\r\n\r\n", len) < 0 ||
      fwrite(json, 1, len, s->out) != len || fflush(s->out) != 0) {
    s->out_failed = 1;
    return 0;
  }
  return 1;
}

/* Refills the buffer; 0 at the end of the input (or a read error). */
static int fill(struct input *in) {
  ssize_t n;
  do n = read(in->fd, in->buf, sizeof in->buf);
  while (n < 0 && errno == EINTR);
  if (n <= 0) return 0;
  in->pos = 0;
  in->len = (size_t)n;
  return 1;
}

static int next_byte(struct input *in) {
  if (in->pos == in->len && !fill(in)) return EOF;
  return (unsigned char)in->buf[in->pos++];
}

/* Reads len bytes into dst (NULL: skips them); 0 when the input ends first. */
static int read_bytes(struct input *in, char *dst, size_t len) {
  while (len > 0) {
    size_t n;
    if (in->pos == in->len && !fill(in)) return 0;
    n = in->len - in->pos < len ? in->len - in->pos : len;
    if (dst != NULL) {
      memcpy(dst, in->buf + in->pos, n);
      dst += n;
    }
    in->pos += n;
    len -= n;
  }
  return 1;
}

/* Whether more input is there to read without waiting. */
static int waiting(struct input *in) {
  struct pollfd p;
  if (in->pos < in->len) return 1;
  p.fd = in->fd;
  p.events = POLLIN;
  p.revents = 0;
  return poll(&p, 1, 0) > 0;
}

/*
** Reads one header line into buf (without its line ending). Returns its
** length, -1 at the end of input before any byte, -2 for a line too long
** (skipped to its end).
*/
static long header_line(struct input *in, char *buf, size_t size) {
  size_t n = 0;
  int ch, long_line = 0;
  while ((ch = next_byte(in)) != EOF && ch != '\n') {
    if (n + 1 < size) buf[n++] = (char)ch;
    else long_line = 1;
  }
  if (ch == EOF && n == 0 && !long_line) return -1;
  if (n > 0 && buf[n - 1] == '\r') n--;
  buf[n] = '\0';
  return long_line ? -2 : (long)n;
}

/* Whether line starts with name, ignoring case (header names do). */
static int header_is(const char *line, const char *name) {
  for (; *name != '\0'; line++, name++)
    if (tolower((unsigned char)*line) != tolower((unsigned char)*name)) return 0;
  return 1;
}

/*
** Reads one message: 1 with *body (malloc'd) and *len; 0 at the end of
** the input; -1 for a message that cannot be read, skipped, with why
** saying what was wrong.
*/
static int read_message(struct input *in, char **body, size_t *len, char *why, size_t whysize) {
  char line[MAX_HEADER];
  int have_length = 0, bad = 0, any = 0;
  size_t length = 0;
  *body = NULL;
  *why = '\0';
  for (;;) {
    long n = header_line(in, line, sizeof line);
    if (n == -1) return 0;   /* the input ended: between messages or in a header */
    if (n == 0) {
      if (!any) continue;    /* blank lines between messages */
      break;
    }
    any = 1;
    if (n == -2) {
      if (!bad) snprintf(why, whysize, "a header line longer than %d bytes", MAX_HEADER - 1);
      bad = 1;
    } else if (header_is(line, "Content-Length:")) {
      const char *p = line + 15;
      char *end;
      unsigned long long v;
      while (*p == ' ' || *p == '\t') p++;
      v = isdigit((unsigned char)*p) ? strtoull(p, &end, 10) : 0;
      if (!isdigit((unsigned char)*p) || (*end != '\0' && *end != ' ' && *end != '\t')) {
        if (!bad) snprintf(why, whysize, "a Content-Length that is not a number: %.40s", line + 15);
        bad = 1;
      } else {
        length = (size_t)v;
        have_length = 1;
        if (v > MAX_MESSAGE) {
          if (!read_bytes(in, NULL, length)) return 0;
          snprintf(why, whysize, "a message of %llu bytes; the largest read is %zu", v,
                   (size_t)MAX_MESSAGE);
          return -1;
        }
      }
    } else if (strchr(line, ':') == NULL) {
      if (!bad) snprintf(why, whysize, "a header line without a colon: %.40s", line);
      bad = 1;
    }
  }
  if (!have_length) {
    if (!bad) snprintf(why, whysize, "a message without a Content-Length header");
    return -1;
  }
  *body = malloc(length + 1);
  if (*body == NULL) {
    if (!read_bytes(in, NULL, length)) return 0;
    snprintf(why, whysize, "not enough memory for a message of %zu bytes", length);
    return -1;
  }
  if (!read_bytes(in, *body, length)) {
    free(*body);
    *body = NULL;
    return 0;
  }
  (*body)[length] = '\0';
  *len = length;
  if (bad) {
    free(*body);
    *body = NULL;
    return -1;
  }
  return 1;
}

int canvas_lsp(canvas *c, FILE *in, FILE *out) {
  struct server s;
  struct canvas_lsp_host host;
  int shut_down = 0, code = -1;
  size_t i;
  if (c == NULL || in == NULL || out == NULL || canvas_error(c) != NULL || fileno(in) < 0)
    return CANVAS_USAGE;
  memset(&s, 0, sizeof s);
  s.main = c;
  s.in.fd = fileno(in);
  s.out = out;
  s.max_memory = canvas_get_max_memory(c);
  s.timeout = canvas_get_timeout(c);
  s.sink = fopen("/dev/null", "w");
  host.send = send_message;
  host.doc = doc_call;
  host.ud = &s;
  if (canvas_set_lsp_host(c, &host) != CANVAS_OK) {
    if (s.sink) fclose(s.sink);
    return CANVAS_USAGE;
  }
  while (code < 0 && !s.out_failed) {
    char *body, why[256];
    size_t len = 0, rlen;
    int status;
    const char *r;
    int got;
    if (!waiting(&s.in)) {
      /* nothing more to read for now: check what changed */
      r = canvas_call_text(c, "lsp_idle", "", 0, &rlen, &status, 0);
      if (r == NULL)
        fprintf(stderr, "canvas lsp: %s\n", canvas_error(c) ? canvas_error(c) : "internal error");
    }
    got = read_message(&s.in, &body, &len, why, sizeof why);
    if (got == 0) break;
    if (got < 0) r = canvas_call_text(c, "lsp_bad_message", why, strlen(why), &rlen, &status, 0);
    else r = canvas_call_text(c, "lsp_message", body, len, &rlen, &status, 0);
    free(body);
    if (r == NULL) {
      /* the protocol's code failed: say so on standard error, go on */
      fprintf(stderr, "canvas lsp: %s\n", canvas_error(c) ? canvas_error(c) : "internal error");
      continue;
    }
    if (strcmp(r, "shutdown") == 0) shut_down = 1;
    else if (strcmp(r, "exit") == 0) code = shut_down ? 0 : 1;
  }
  for (i = 0; i < s.ndocs; i++) {
    canvas_free(s.docs[i].c);
    free(s.docs[i].uri);
  }
  free(s.docs);
  free(s.result);
  canvas_set_lsp_host(c, NULL);
  if (s.sink) fclose(s.sink);
  if (code < 0) code = shut_down ? 0 : 1;   /* the input ended */
  return code;
}
