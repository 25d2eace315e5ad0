# Orgbook — the two commands people need are `make serve` and `make test`.
SWIFT      ?= swift
CONFIG     ?= release
ORGBOOK    := .build/$(CONFIG)/orgbook
# `make serve` reuses the debug build `make test` made when there is no release build yet,
# rather than starting a first release build (about 7 minutes on 2 cores); the debug binary
# builds the bundled playbook in about 1.2 s instead of a fraction of that. SERVE_CONFIG=release
# forces the release build.
SERVE_CONFIG ?= $(if $(wildcard .build/release/orgbook),release,$(if $(wildcard .build/debug/orgbook),debug,$(CONFIG)))
HOST       ?= 127.0.0.1
PORT       ?= 8000
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT        := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get

PREFIX     ?= /usr/local
BINDIR     := $(DESTDIR)$(PREFIX)/bin

.PHONY: all deps build serve check test test-swift lint format fuzz bench clean install uninstall embed

all: build

# libcmark is the Markdown engine, libyaml the YAML parser and mimalloc the allocator;
# Chromium prints the PDF export, and Liberation Sans is the font the diagrams are measured
# in (without it a browser draws their labels in another font, wider than their boxes).
# Each is installed when missing, so a second `make deps` prints nothing. Tests/Browser/run.sh
# runs this target for them too.
deps:
	@{ pkg-config --exists libcmark yaml-0.1 2>/dev/null && /sbin/ldconfig -p | grep -q libmimalloc.so.2; } || { \
	  echo "==> installing libcmark-dev libyaml-dev libmimalloc2.0"; \
	  $(APT) update -qq && $(APT) install -y -qq libcmark-dev libyaml-dev libmimalloc2.0 pkg-config; }
	@{ command -v chromium >/dev/null && fc-list 2>/dev/null | grep -q "Liberation Sans"; } || { \
	  echo "==> installing chromium fonts-liberation (the PDF export and the diagrams' font)"; \
	  $(APT) update -qq && $(APT) install -y -qq chromium fonts-liberation >/dev/null; }

# The first build compiles the dependencies too (about 7 minutes for a release build on 2
# cores); later ones only what changed. SwiftPM's own [n/N] progress lines are shown.
.build/%/orgbook: deps $(shell find Sources -type f 2>/dev/null) Package.swift
	@[ -d .build/$* ] || echo "==> first $* build of orgbook: compiles every dependency first (a release build takes about 7 minutes on 2 cores)"
	$(SWIFT) build -c $* --product orgbook

build: $(ORGBOOK)
	$(ORGBOOK) build

# Build, serve on http://$(HOST):$(PORT)/ and rebuild and reload pages on every save.
serve: .build/$(SERVE_CONFIG)/orgbook
	@[ "$(SERVE_CONFIG)" = release ] || echo "==> serving with the $(SERVE_CONFIG) build (make serve SERVE_CONFIG=release for the fast one)"
	.build/$(SERVE_CONFIG)/orgbook serve --host $(HOST) --port $(PORT)

# --strict: warnings fail too, as they should in CI.
check: $(ORGBOOK)
	$(ORGBOOK) check --strict

# Puts orgbook on the PATH (PREFIX=/usr/local by default; DESTDIR for packaging). The
# templates, starter sites and schemas are compiled in; at run time it needs libcmark,
# libyaml and mimalloc (Debian: libcmark0.30.2 libyaml-0-2 libmimalloc2.0, which `deps`
# installs) and the Swift runtime of the toolchain that built it, found through its
# RUNPATH. (--static-swift-stdlib does not link here: static FoundationXML lacks its CF half.)
INSTALL_CONFIG ?= release
install: deps
	@[ -d .build/$(INSTALL_CONFIG) ] || echo "==> first $(INSTALL_CONFIG) build of orgbook: compiles every dependency, about 7 minutes on 2 cores"
	$(SWIFT) build -c $(INSTALL_CONFIG) --product orgbook
	install -d "$(BINDIR)"
	install -m 755 .build/$(INSTALL_CONFIG)/orgbook "$(BINDIR)/orgbook"
	@echo "installed $(BINDIR)/orgbook ($$("$(BINDIR)/orgbook" --version))"

uninstall:
	rm -f "$(BINDIR)/orgbook"

# Regenerates the Swift source that carries Templates/, Starter/ and the JSON Schemas in the
# binary; EmbeddedFilesTests fail until this is run after editing them.
embed:
	python3 Sources/BuiltInFiles/generate_embedded_files.py

test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	ORGBOOK=.build/debug/orgbook bash Tests/Schemas/run.sh
	ORGBOOK=.build/debug/orgbook bash Tests/Browser/run.sh
	ORGBOOK=.build/debug/orgbook bash Tests/Office/run.sh

# The Swift files as `swift format` writes them (.swift-format); `make format` rewrites them.
# The generated embedded files are left as their generator writes them.
SWIFT_FILES = $(shell git ls-files 'Sources/*.swift' 'Tests/*.swift' Package.swift | grep -v 'Generated.swift$$')
lint:
	@echo "==> swift format lint (make format rewrites the files)"
	@$(SWIFT) format lint --strict --configuration .swift-format $(SWIFT_FILES)

format:
	@$(SWIFT) format -i --configuration .swift-format $(SWIFT_FILES)

# The Swift tests alone: the fast loop while working on the code.
test-swift: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# A long seeded fuzz run of every input format (Markdown, front matter, YAML data, CSV,
# templates); FUZZ_ITERATIONS inputs per format, FUZZ_SEED to replay a failure.
FUZZ_ITERATIONS ?= 5000
FUZZ_SEED ?= $(shell date +%s)
fuzz: deps
	$(SWIFT) build --build-tests
	ORGBOOK_FUZZ_ITERATIONS=$(FUZZ_ITERATIONS) ORGBOOK_FUZZ_SEED=$(FUZZ_SEED) $(SWIFT) test --skip-build --filter FuzzTests

# Builds a generated 1,000- and 10,000-page playbook with Orgbook, Hugo and a libcmark floor,
# alternating runs; prints medians, ratios and peak memory (BENCH_ARGS="--rounds 3" etc.).
bench: $(ORGBOOK)
	ORGBOOK=$(ORGBOOK) Tests/Benchmarks/build/run.sh $(BENCH_ARGS)

clean:
	rm -rf .build Public/*
