# canvas: a customer-segment and customer-profile language on Lua 5.4.
# `make` builds build/canvas; `make check` runs every test; `make demo` runs
# the Tidepool example. Missing Debian packages are installed when run as
# root (tools/deps.sh), otherwise the exact apt-get command is printed.

PREFIX ?= /usr/local
DESTDIR ?=
BUILD ?= build
CC ?= cc
CFLAGS ?= -O2 -g
WARN = -std=c11 -Wall -Wextra -Wpedantic
SAN ?=

# Recursively expanded so pkg-config runs after tools/deps.sh has made sure
# it and the libraries are there.
PKG_CFLAGS = $(shell pkg-config --cflags lua5.4 readline)
PKG_LIBS = $(shell pkg-config --libs lua5.4 readline) -lm

SRC = src/canvas.c src/host.c src/main.c
LIBSRC = src/canvas.c src/host.c
STDLIB = $(sort $(wildcard stdlib/*.lua stdlib/*/*.lua))
OBJ = $(patsubst src/%.c,$(BUILD)/obj/%.o,$(SRC)) $(BUILD)/obj/stdlib_data.o
LIBOBJ = $(patsubst src/%.c,$(BUILD)/obj/%.o,$(LIBSRC)) $(BUILD)/obj/stdlib_data.o

.PHONY: all deps demo check check-asan test install uninstall clean lint

all: $(BUILD)/canvas

$(BUILD)/.deps-build:
	@sh tools/deps.sh build
	@mkdir -p $(BUILD) && touch $@

$(BUILD)/.deps-check:
	@sh tools/deps.sh check
	@mkdir -p $(BUILD) && touch $@

$(BUILD)/tools/embed: tools/embed.c | $(BUILD)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) $(WARN) -O1 -o $@ $<

# The generated file is replaced only when its content changes.
$(BUILD)/gen/stdlib_data.c: $(BUILD)/tools/embed $(STDLIB)
	@mkdir -p $(dir $@)
	$(BUILD)/tools/embed stdlib $(STDLIB) > $@.tmp
	@if cmp -s $@.tmp $@; then rm $@.tmp; else mv $@.tmp $@; fi

$(BUILD)/obj/stdlib_data.o: $(BUILD)/gen/stdlib_data.c src/stdlib_data.h
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -Isrc -c -o $@ $<

$(BUILD)/obj/%.o: src/%.c include/canvas.h src/host.h src/stdlib_data.h | $(BUILD)/.deps-build
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -Iinclude -Isrc $(PKG_CFLAGS) -c -o $@ $<

$(BUILD)/canvas: $(OBJ)
	$(CC) $(CFLAGS) $(SAN) -o $@ $(OBJ) $(PKG_LIBS) $(LDFLAGS)

$(BUILD)/test-api: tests/api/test_api.c $(LIBOBJ)
	$(CC) $(WARN) $(CFLAGS) $(SAN) -Iinclude $(PKG_CFLAGS) -o $@ $< $(LIBOBJ) $(PKG_LIBS)

demo: $(BUILD)/canvas
	$(BUILD)/canvas show examples/tidepool.lua

# Every test layer through prove (TAP); the summary is prove's.
check: $(BUILD)/canvas $(BUILD)/test-api $(BUILD)/.deps-check
	CANVAS=$(BUILD)/canvas TEST_API=$(BUILD)/test-api prove -r tests/

test: check

# The same suite with AddressSanitizer and UndefinedBehaviorSanitizer.
check-asan: $(BUILD)/.deps-check
	$(MAKE) --no-print-directory BUILD=build/asan CFLAGS="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined" \
	  build/asan/canvas build/asan/test-api
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  CANVAS=build/asan/canvas TEST_API=build/asan/test-api prove -r tests/

lint: $(BUILD)/.deps-check
	luacheck stdlib examples

install: $(BUILD)/canvas
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BUILD)/canvas $(DESTDIR)$(PREFIX)/bin/canvas
	install -m 644 docs/canvas.1 $(DESTDIR)$(PREFIX)/share/man/man1/canvas.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/canvas $(DESTDIR)$(PREFIX)/share/man/man1/canvas.1

clean:
	rm -rf $(BUILD)
