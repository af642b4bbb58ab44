# newsutils: four filters for news articles.  GNU make.
#
#   make                 build the filters into build/
#   make check           build, then run the tests on the plain build and
#                        on an AddressSanitizer/UBSan build, and lint the
#                        man pages (installs the pinned bats-core if needed)
#   make install         PREFIX=/usr/local DESTDIR=
#   make samples         run the filters on tests/samples/
#   make model           retrain tag-entities' weights, common/entmodel.c,
#                        from the CoNLL-2003 training articles in $(CORPORA)
#   make bench           speed and memory of each filter (tests/bench.sh)
#   make fuzz            fuzz each filter FUZZ_SECONDS (default 60) with
#                        libFuzzer, ASan and UBSan (installs clang if missing)
#   make memcheck        run each filter on the seed articles under valgrind
#   make clean

CC	?= cc
# -flto: the tools call across common/'s modules in their inner loops
# (tag-entities: 4 % fewer instructions); they link the objects, not
# libnews.a, so that no archiver need know the compiler's LTO objects.
CFLAGS	?= -O2 -g -flto
WARN	= -std=c11 -Wall -Wextra -Wpedantic
LDFLAGS	?=
PREFIX	?= /usr/local
BINDIR	= $(PREFIX)/bin
MANDIR	= $(PREFIX)/share/man

# Output directory: build/ for the release build, build/san for the
# sanitizer build (see check).
B	?= build

PROGS	= split-article dateline extract-quotes tag-entities
SRCS	:= $(sort $(wildcard common/*.c))
WORDS	:= $(sort $(wildcard common/words/*.txt))
OBJS	= $(SRCS:%.c=$(B)/%.o) $(B)/gen/words.o
BINS	= $(PROGS:%=$(B)/%)
MANS	= $(PROGS:%=man/%.1) man/newsutils.7

SANFLAGS = -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer

CORPORA	= ../shared/corpora
CONLL	= $(CORPORA)/conll2003-dev

# The fuzz targets (tests/fuzz.c around each cmd/X.c) need clang.
FUZZFLAGS = -O1 -g -fsanitize=address,undefined,fuzzer-no-link \
	-fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_SECONDS ?= 60

BATS_VERSION = 1.11.1
BATS	= build/tools/bats-$(BATS_VERSION)/bin/bats

all: $(BINS)

$(B)/%: $(B)/cmd/%.o $(OBJS)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^

$(B)/libnews.a: $(OBJS)
	rm -f $@
	ar rcs $@ $(OBJS)

# Objects hang on the Makefile too: its flags make them.
$(B)/%.o: %.c Makefile | $(B)/gen/words.h
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) -Icommon -I$(B)/gen -MMD -MP -c -o $@ $<

$(B)/gen/words.o: $(B)/gen/words.c Makefile
	$(CC) $(WARN) $(CFLAGS) -Icommon -I$(B)/gen -c -o $@ $<

# One run writes both files; words.h comes with words.c (safe under -j).
$(B)/gen/words.c: common/mkwords.sh $(WORDS)
	sh common/mkwords.sh $(B)/gen $(WORDS)

$(B)/gen/words.h: $(B)/gen/words.c
	@:

-include $(shell find $(B) -name '*.d' 2>/dev/null)

# The record checker the tests use (tests/checkrecords.c).
$(B)/checkrecords: tests/checkrecords.c
	@mkdir -p $(@D)
	$(CC) $(WARN) $(CFLAGS) $(LDFLAGS) -o $@ tests/checkrecords.c

# A filter's main as a libFuzzer target: see tests/fuzz.c.
$(B)/fuzz-%: tests/fuzz.c cmd/%.c $(B)/libnews.a
	$(CC) $(WARN) $(CFLAGS) -Icommon -I$(B)/gen -Dmain=tool_main \
	    -c -o $@.o cmd/$*.c
	$(CC) $(WARN) $(CFLAGS) -DTOOL='"$*"' -fsanitize=fuzzer -o $@ \
	    tests/fuzz.c $@.o $(B)/libnews.a

fuzzers: $(PROGS:%=$(B)/fuzz-%)

fuzz: all
	sh tests/needpkg.sh clang libclang-rt-14-dev
	$(MAKE) B=build/fuzz CC=clang CFLAGS="$(FUZZFLAGS)" fuzzers
	sh tests/fuzz.sh $(FUZZ_SECONDS) build/fuzz $(PROGS)

memcheck: all
	sh tests/needpkg.sh valgrind
	sh tests/memcheck.sh build $(PROGS)

san:
	$(MAKE) B=build/san CFLAGS="$(SANFLAGS)" LDFLAGS="$(SANFLAGS)"

$(BATS):
	sh tests/getbats.sh $(BATS_VERSION) build/tools

check: all san $(BATS) $(B)/checkrecords
	sh tests/manlint.sh $(wildcard man/*.[0-9])
	BIN=$(CURDIR)/build $(BATS) tests
	BIN=$(CURDIR)/build/san \
	    ASAN_OPTIONS=abort_on_error=0:exitcode=99 \
	    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
	    $(BATS) tests

samples: all
	@for p in $(PROGS); do echo "== $$p tests/samples/*.txt"; \
	    build/$$p tests/samples/*.txt || exit 1; done

build/benchrun: tests/benchrun.c
	@mkdir -p build
	$(CC) $(WARN) -O2 -o $@ tests/benchrun.c

bench:
	$(MAKE) B=build
	$(MAKE) build/benchrun
	sh tests/bench.sh build

# The trainer is not part of the filters; common/entmodel.c is committed.
# It links without the old weights, so a stale table cannot stop it.
TRAINOBJS = $(filter-out $(B)/common/entmodel.o $(B)/common/entities.o,$(OBJS))

model: $(TRAINOBJS)
	$(CC) $(WARN) $(CFLAGS) -Icommon -I$(B)/gen -o $(B)/train-entities \
	    common/model/train.c $(TRAINOBJS) -lm
	$(B)/train-entities -g $(CONLL)/gold/entities.tsv -o common/entmodel.c \
	    $(CONLL)/articles/conll-train-*.txt

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	for p in $(PROGS); do install -m 755 build/$$p $(DESTDIR)$(BINDIR)/$$p; done
	for p in $(PROGS); do install -m 644 man/$$p.1 $(DESTDIR)$(MANDIR)/man1/$$p.1; done
	install -m 644 man/newsutils.7 $(DESTDIR)$(MANDIR)/man7/newsutils.7

clean:
	rm -rf build/san build/fuzz build/gen build/cmd build/common \
	    build/libnews.a build/benchrun build/bench build/checkrecords $(BINS)

.SECONDARY:
.PHONY: all san check samples bench model install clean fuzz fuzzers memcheck
