# canvas: a customer-segment and customer-profile language on Lua 5.4.
# `make` builds build/canvas; `make check` runs every test; `make demo` runs
# the Tidepool example; `make check-asan` and `make check-valgrind` run the
# tests under the sanitizers and under valgrind; `make fuzz` fuzzes the
# script loader; `make deb` builds the Debian packages (debian/) into
# build/deb and runs lintian on them. Missing Debian packages are installed
# when run as root (tools/deps.sh), otherwise the exact apt-get command is
# printed.

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
CC ?= cc
CFLAGS ?= -O2 -g
WARN = -std=c11 -Wall -Wextra -Wpedantic
SAN ?=

# Recursively expanded so pkg-config runs after tools/deps.sh has made sure
# it and the libraries are there.
# lua-cjson and Lua are linked statically (their archives, by file name, in
# the folder pkg-config gives for Lua): the installed binary needs neither
# shared library, and calls into Lua skip the indirection of a shared one
# (about a tenth of the time of a big check). readline (with the terminfo
# library it needs) is linked statically too: binding its symbols was a
# tenth of the start-up of `canvas run`. Programs that embed the library
# link Lua as they like (canvas.pc).
PKG_CFLAGS = $(shell pkg-config --cflags lua5.4 readline lua5.4-cjson)
PKG_LIBS = -L$(shell pkg-config --variable=libdir lua5.4) -l:liblua5.4-cjson.a -l:liblua5.4.a \
  -Wl,-Bstatic $(shell pkg-config --libs readline) -Wl,-Bdynamic -ltinfo -lm -ldl -pthread

SRC = src/canvas.c src/host.c src/limits.c src/lsp.c src/main.c src/repl.c src/wordmap.c
LIBSRC = src/canvas.c src/host.c src/limits.c src/lsp.c src/wordmap.c
# Every .lua file under stdlib/, however deep, is embedded.
STDLIB = $(shell find stdlib -name '*.lua' | LC_ALL=C sort)
OBJ = $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRC)) $(BUILD)/obj/stdlib_data.o \
  $(BUILD)/obj/template_data.o $(BUILD)/obj/wordmap_data.o
LIBOBJ = $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIBSRC)) $(BUILD)/obj/stdlib_data.o \
  $(BUILD)/obj/template_data.o $(BUILD)/obj/wordmap_data.o

.PHONY: FORCE all deps demo check check-asan check-valgrind fuzz test install \
	uninstall clean lint bench deb

all: $(BUILD)/canvas

# A stamp per set of Debian packages: build, check, fuzz, valgrind, bench, deb.
$(BUILD)/.deps-%: tools/deps.sh
	@sh tools/deps.sh $*
	@mkdir -p $(BUILD) && touch $@

# canvas against plain Lua 5.4 doing the same work, as ratios (SPEC 8),
# also written to build/bench/results.json. BENCH_SMALL=1: tiny sizes, to see
# that it runs; BENCH_DIR: another folder for the scripts and the results.
bench: $(BUILD)/canvas $(BUILD)/.deps-bench
	CANVAS=$(BUILD)/canvas bash tools/bench.sh

$(BUILD)/tools/embed: tools/embed.c src/stdlib_data.h | $(BUILD)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O1 -Isrc $(PKG_CFLAGS) -o $@ $< $(PKG_LIBS)

# The generated file is replaced only when its content changes.
# The list of modules, rewritten only when a module is added or removed, so
# that removing one rebuilds the embedded stdlib too.
$(BUILD)/stdlib.list: FORCE
	@mkdir -p $(BUILD)
	@echo '$(STDLIB)' | cmp -s - $@ || echo '$(STDLIB)' > $@

$(BUILD)/gen/stdlib_data.c: $(BUILD)/tools/embed $(STDLIB) $(BUILD)/stdlib.list
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed stdlib $(STDLIB) > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

# The wording heuristics' word maps, made at build time (src/wordmap.c):
# the tool runs the word lists and writes the maps as constant data.
$(BUILD)/tools/wordmaps: tools/wordmaps.c src/wordmap.c src/wordmap.h | $(BUILD)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O1 -Isrc $(PKG_CFLAGS) -o $@ tools/wordmaps.c src/wordmap.c $(PKG_LIBS)

$(BUILD)/gen/wordmap_data.c: $(BUILD)/tools/wordmaps stdlib/checks/wordlists.lua
	@mkdir -p $(dir $@)
	$(BUILD)/tools/wordmaps stdlib/checks/wordlists.lua > $@.tmp
	@mv $@.tmp $@

$(BUILD)/obj/wordmap_data.o: $(BUILD)/gen/wordmap_data.c src/wordmap.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(SAN) -Isrc $(PKG_CFLAGS) -c -o $@ $<

# examples/template.lua, built in as text: canvas new writes it (one
# text, not a copy of it in the stdlib).
$(BUILD)/gen/template_data.c: examples/template.lua
	@mkdir -p $(dir $@)
	{ echo '#include <stddef.h>'; \
	  echo 'const unsigned char canvas_template[] = {'; \
	  od -An -v -tu1 examples/template.lua | sed 's/\([0-9][0-9]*\)/\1,/g'; \
	  echo '0};'; \
	  echo "const size_t canvas_template_len = sizeof canvas_template - 1;"; } > $@.tmp
	@mv $@.tmp $@

$(BUILD)/obj/template_data.o: $(BUILD)/gen/template_data.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(SAN) -c -o $@ $<

$(BUILD)/obj/stdlib_data.o: $(BUILD)/gen/stdlib_data.c src/stdlib_data.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(SAN) -Isrc -c -o $@ $<

$(BUILD)/obj/%.o: src/%.c include/canvas.h src/host.h src/canvas_limits.h src/canvas_internal.h src/stdlib_data.h src/wordmap.h | $(BUILD)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CPPFLAGS) $(CFLAGS) $(SAN) -Iinclude -Isrc $(PKG_CFLAGS) -c -o $@ $<

# The command line names the installed docs; it is rebuilt when PREFIX changes.
DOCDIR = $(PREFIX)/share/doc/canvas
$(BUILD)/prefix: FORCE
	@mkdir -p $(BUILD)
	@echo '$(DOCDIR)' | cmp -s - $@ || echo '$(DOCDIR)' > $@

$(BUILD)/obj/main.o: $(BUILD)/prefix
$(BUILD)/obj/main.o: CFLAGS += -DCANVAS_DOCDIR='"$(DOCDIR)"'

FORCE:

$(BUILD)/canvas: $(OBJ)
	$(CC) $(CFLAGS) $(SAN) $(LDFLAGS) -o $@ $(OBJ) $(PKG_LIBS)

$(BUILD)/test-api: tests/api/test_api.c $(LIBOBJ)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -Iinclude $(PKG_CFLAGS) -o $@ $< $(LIBOBJ) $(PKG_LIBS)

# The fuzz target's function run once on each file named (tests/fuzz.t).
$(BUILD)/fuzz-replay: tests/fuzz/replay.c tests/fuzz/fuzz_load.c $(LIBOBJ)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -Iinclude -o $@ tests/fuzz/replay.c \
	  tests/fuzz/fuzz_load.c $(LIBOBJ) $(PKG_LIBS)

# The libFuzzer target; built by `make fuzz` with clang.
$(BUILD)/fuzz-load: tests/fuzz/fuzz_load.c $(LIBOBJ)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -fsanitize=fuzzer -Iinclude -o $@ $< \
	  $(LIBOBJ) $(PKG_LIBS)

demo: $(BUILD)/canvas
	$(BUILD)/canvas show examples/tidepool.lua

# Every test layer through prove (TAP); the summary is prove's.
check: $(BUILD)/canvas $(BUILD)/test-api $(BUILD)/fuzz-replay $(BUILD)/.deps-check
	CANVAS=$(BUILD)/canvas TEST_API=$(BUILD)/test-api \
	  FUZZ_REPLAY=$(BUILD)/fuzz-replay CASE='$(CASE)' prove $(or $(T),-r tests/)

test: check

# The same suite with AddressSanitizer and UndefinedBehaviorSanitizer.
check-asan: $(BUILD)/.deps-check
	$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	  build/asan/canvas build/asan/test-api build/asan/fuzz-replay
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  CANVAS=build/asan/canvas TEST_API=build/asan/test-api \
	  FUZZ_REPLAY=build/asan/fuzz-replay CASE='$(CASE)' prove $(or $(T),-r tests/)

# Part of the suite under valgrind memcheck: the C API, every example, the
# sandbox cases, the check cases (canvas check and its reports), and
# through the fuzz corpus every language, sandbox and safety script. tests/safety.t itself is left out: its Ctrl-C cases send
# the signal at fixed times, before a program under valgrind is ready.
# Each program runs through a wrapper script in $(BUILD)/valgrind/, since
# the tests take one path per program. valgrind makes and removes files of
# its own in TMPDIR, which a test that watches TMPDIR would blame on the
# script, so the wrapper gives it a folder of its own. CANVAS_MALLOC makes
# canvas take every block from malloc, whose blocks are what memcheck
# checks (and it need not scan the arena's reserved address space at exit).
VALGRIND = valgrind --quiet --error-exitcode=99 --leak-check=full \
  --errors-for-leak-kinds=definite --show-leak-kinds=definite --num-callers=30
VALGRIND_PROGS = $(addprefix $(BUILD)/valgrind/,canvas test-api fuzz-replay)

$(VALGRIND_PROGS): $(BUILD)/valgrind/%: $(BUILD)/% Makefile
	@mkdir -p $(BUILD)/valgrind/tmp
	printf '#!/bin/sh\nTMPDIR=%s CANVAS_MALLOC=1 exec %s %s "$$@"\n' '$(CURDIR)/$(BUILD)/valgrind/tmp' \
	  '$(VALGRIND)' '$(CURDIR)/$<' >$@
	chmod +x $@

check-valgrind: $(VALGRIND_PROGS) $(BUILD)/.deps-check $(BUILD)/.deps-valgrind
	CANVAS=$(BUILD)/valgrind/canvas TEST_API=$(BUILD)/valgrind/test-api \
	  FUZZ_REPLAY=$(BUILD)/valgrind/fuzz-replay CASE='$(CASE)' \
	  prove $(or $(T),tests/api.t tests/examples.t tests/fuzz.t tests/sandbox.t tests/check_cases.t)

# Runs the fuzz target for FUZZ_TIME seconds from the seed corpus
# (tests/fuzz/seeds.sh). New inputs go to $(BUILD)/fuzz/corpus, crashes,
# hangs and leaks to $(BUILD)/fuzz/crashes; scripts' output is discarded.
FUZZ_TIME ?= 60
FUZZ = $(BUILD)/fuzz
FUZZ_FLAGS = -close_fd_mask=1 -timeout=10 -max_len=16384 \
  -dict=tests/fuzz/canvas.dict -print_final_stats=1

fuzz: $(BUILD)/.deps-fuzz
	$(MAKE) --no-print-directory BUILD=$(FUZZ) CC=clang \
	  CFLAGS="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
	  $(FUZZ)/fuzz-load
	rm -rf $(FUZZ)/seeds
	mkdir -p $(FUZZ)/seeds $(FUZZ)/corpus $(FUZZ)/crashes
	sh tests/fuzz/seeds.sh | while read -r f; do \
	  cp "$$f" "$(FUZZ)/seeds/$$(printf %s "$$f" | tr / -)"; done
	UBSAN_OPTIONS=print_stacktrace=1 $(FUZZ)/fuzz-load $(FUZZ_FLAGS) \
	  -max_total_time=$(FUZZ_TIME) -artifact_prefix=$(FUZZ)/crashes/ \
	  $(FUZZ)/corpus $(FUZZ)/seeds

lint: $(BUILD)/.deps-check
	luacheck stdlib examples

DOCS = README.md docs/language.md docs/security.md docs/architecture.md docs/formats.md \
  docs/checks.md docs/repl.md docs/course.md docs/ci.md docs/editors.md \
  docs/model.schema.json
LIBDIR = $(PREFIX)/lib
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
INCLUDEDIR = $(PREFIX)/include

# The library for programs that embed canvas (examples/embed/), and its
# pkg-config file: `pkg-config --cflags --libs --static canvas`.
$(BUILD)/libcanvas.a: $(LIBOBJ)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(BUILD)/canvas.pc: FORCE
	@mkdir -p $(BUILD)
	@printf '%s\n' 'prefix=$(PREFIX)' \
	  'libdir=$(patsubst $(PREFIX)/%,$${prefix}/%,$(LIBDIR))' \
	  'includedir=$(patsubst $(PREFIX)/%,$${prefix}/%,$(INCLUDEDIR))' '' \
	  'Name: canvas' \
	  'Description: customer segments and customer profiles on Lua 5.4 (the canvas interpreter)' \
	  'Version: $(shell sed -n "s/^#define CANVAS_VERSION \"\(.*\)\"/\1/p" include/canvas.h)' \
	  'Requires.private: lua5.4' \
	  'Cflags: -I$${includedir}' \
	  'Libs: -L$${libdir} -lcanvas' \
	  'Libs.private: -l:liblua5.4-cjson.a -lm -pthread' > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

install: $(BUILD)/canvas $(BUILD)/libcanvas.a $(BUILD)/canvas.pc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(DOCDIR) \
	  $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(DOCDIR)/embed
	install -m 755 $(BUILD)/canvas $(DESTDIR)$(PREFIX)/bin/canvas
	install -m 644 docs/canvas.1 $(DESTDIR)$(PREFIX)/share/man/man1/canvas.1
	install -m 644 $(DOCS) $(DESTDIR)$(DOCDIR)
	install -m 644 $(BUILD)/libcanvas.a $(DESTDIR)$(LIBDIR)/libcanvas.a
	install -m 644 include/canvas.h $(DESTDIR)$(INCLUDEDIR)/canvas.h
	install -m 644 $(BUILD)/canvas.pc $(DESTDIR)$(LIBDIR)/pkgconfig/canvas.pc
	install -m 644 examples/embed/embed.c $(DESTDIR)$(DOCDIR)/embed/embed.c
	install -d $(DESTDIR)$(BASHCOMPDIR)
	$(BUILD)/canvas --completion bash > $(DESTDIR)$(BASHCOMPDIR)/canvas

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/canvas $(DESTDIR)$(PREFIX)/share/man/man1/canvas.1
	rm -f $(addprefix $(DESTDIR)$(DOCDIR)/,$(notdir $(DOCS))) $(DESTDIR)$(DOCDIR)/embed/embed.c
	rm -f $(DESTDIR)$(BASHCOMPDIR)/canvas
	rm -f $(DESTDIR)$(LIBDIR)/libcanvas.a $(DESTDIR)$(INCLUDEDIR)/canvas.h \
	  $(DESTDIR)$(LIBDIR)/pkgconfig/canvas.pc
	-rmdir $(DESTDIR)$(DOCDIR)/embed $(DESTDIR)$(DOCDIR) 2>/dev/null

# The Debian packages, built from this tree by dpkg-buildpackage (-b: no
# source package). It writes them beside the tree; they are moved, with the
# .buildinfo and .changes, to $(BUILD)/deb. Errors of lintian fail the target.
DEB_OUT = $(BUILD)/deb
deb: $(BUILD)/.deps-deb
	dpkg-buildpackage -us -uc -b
	rm -rf $(DEB_OUT)
	mkdir -p $(DEB_OUT)
	for f in $$(awk '{ print $$1 }' debian/files) \
	    $$(sed -n 's/\.buildinfo .*/.changes/p' debian/files); do \
	  mv "../$$f" $(DEB_OUT)/ || exit 1; done
	lintian --fail-on error $(DEB_OUT)/*.changes
	@echo "canvas: the Debian packages are in $(DEB_OUT)/:"; ls $(DEB_OUT)

# What a package build leaves in debian/ (dpkg-buildpackage -b).
DEB_LEFTOVERS = debian/.debhelper debian/build debian/tmp debian/canvas debian/libcanvas-dev \
  debian/files debian/*.substvars debian/*.debhelper.log debian/debhelper-build-stamp

clean:
	rm -rf $(BUILD) $(DEB_LEFTOVERS)
