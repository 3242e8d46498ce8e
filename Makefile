# The two commands a person needs are `make demo` and `make test`; both set everything up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# Qt 6 / QtWebEngine runtime libraries on Debian (the wheels bundle Qt, not these).
QT_DEBS := libpulse0 libnss3 libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 \
           libdbus-1-3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 libxkbfile1 \
           libgbm1 libxcb-cursor0 libxshmfence1 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
           libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1

TEST_ENV := QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
            QTWEBENGINE_CHROMIUM_FLAGS=--use-fake-device-for-media-stream

.PHONY: setup demo test lint bench clean syslibs

setup: syslibs $(STAMP)

# Installs only what is missing, and only where apt-get can (Debian, as root).
syslibs:
	@if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  missing=""; for p in $(QT_DEBS); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	  done; \
	  if [ -n "$$missing" ]; then \
	    echo "Installing Qt runtime libraries:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	  fi; \
	fi

$(STAMP): pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $(STAMP)

demo: setup
	$(BIN)/srs-kiosk --windowed

lint: setup
	$(BIN)/ruff check kiosk tests
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(TEST_ENV) $(BIN)/python -m pytest

bench: setup
	$(TEST_ENV) $(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
