# Orgbook — the two commands people need are `make serve` and `make test`.
SWIFT      ?= swift
CONFIG     ?= release
ORGBOOK    := .build/$(CONFIG)/orgbook
HOST       ?= 127.0.0.1
PORT       ?= 8000
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT        := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get

.PHONY: all deps build serve check test test-swift fuzz bench clean

all: build

# libcmark is the Markdown engine, libyaml the YAML parser and mimalloc the allocator;
# install them when missing.
deps:
	@{ pkg-config --exists libcmark yaml-0.1 2>/dev/null && /sbin/ldconfig -p | grep -q libmimalloc.so.2; } || { \
	  echo "==> installing libcmark-dev libyaml-dev libmimalloc2.0"; \
	  $(APT) update -qq && $(APT) install -y -qq libcmark-dev libyaml-dev libmimalloc2.0 pkg-config; }

$(ORGBOOK): deps $(shell find Sources -type f 2>/dev/null) Package.swift
	$(SWIFT) build -c $(CONFIG) --product orgbook

build: $(ORGBOOK)
	$(ORGBOOK) build

# Build, serve on http://$(HOST):$(PORT)/ and rebuild and reload pages on every save.
serve: $(ORGBOOK)
	$(ORGBOOK) serve --host $(HOST) --port $(PORT)

check: $(ORGBOOK)
	$(ORGBOOK) check

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	ORGBOOK=.build/debug/orgbook bash Tests/Browser/run.sh
	ORGBOOK=.build/debug/orgbook bash Tests/Office/run.sh

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
