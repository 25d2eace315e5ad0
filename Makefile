# Orgbook — the two commands people need are `make serve` and `make test`.
SWIFT      ?= swift
CONFIG     ?= release
ORGBOOK    := .build/$(CONFIG)/orgbook
HOST       ?= 127.0.0.1
PORT       ?= 8000
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT        := DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get

.PHONY: all deps build serve check test bench clean

all: build

# libcmark is the Markdown engine; install it when pkg-config cannot find it.
deps:
	@pkg-config --exists libcmark 2>/dev/null || { \
	  echo "==> installing libcmark-dev"; \
	  $(APT) update -qq && $(APT) install -y -qq libcmark-dev pkg-config; }

$(ORGBOOK): deps $(shell find Sources -type f 2>/dev/null) Package.swift
	$(SWIFT) build -c $(CONFIG) --product orgbook

build: $(ORGBOOK)
	$(ORGBOOK) build

# Until the preview server lands: an offline build that opens straight from the disk.
serve: $(ORGBOOK)
	$(ORGBOOK) build --offline
	@echo "Site built in Public/ — open file://$(CURDIR)/Public/index.html in a browser"

check: $(ORGBOOK)
	$(ORGBOOK) check

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build Public/*
