# The two commands a person needs are `make demo` and `make test`; both set everything up first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGE_STAMP := $(VENV)/.installed-package

# Qt 6 / QtWebEngine runtime libraries on Debian (the wheels bundle Qt, not these).
QT_DEBS := libpulse0 libnss3 libxkbcommon0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 \
           libdbus-1-3 libxcomposite1 libxdamage1 libxrandr2 libxtst6 libasound2 libxkbfile1 \
           libgbm1 libxcb-cursor0 libxshmfence1 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
           libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 \
           libssl3 libgssapi-krb5-2 coturn iproute2
# Only the tests need these: makensis compiles the Windows installer script, shellcheck checks
# the macOS packaging script (tests/e2e/test_installers.py); a bare X server and the tools that
# look at it from outside (tests/gui/x11.py): Xvfb, Xephyr (a resizable screen), xrandr,
# xdotool, xwininfo, import; a screen reader's side of AT-SPI (tests/gui/test_atspi.py).
TEST_DEBS := nsis shellcheck xvfb xserver-xephyr x11-xserver-utils xdotool x11-utils imagemagick \
             at-spi2-core python3-pyatspi dbus-daemon

# The bundle (and its tests) need these: strip and readelf, and a C compiler (gcc) that links the
# trimmed ICU data library (packaging/icu_data.py).
PACKAGE_DEBS := binutils gcc

TEST_ENV := QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 \
            QTWEBENGINE_CHROMIUM_FLAGS=--use-fake-device-for-media-stream

# The interface languages: translations/kiosk_<lang>.ts are committed (edit them with Qt
# Linguist), the .qm catalogues the app loads are built from them and never committed.
LANGS := de fr it en
TS_FILES := $(LANGS:%=translations/kiosk_%.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
# The tracked sources (a plain find outside a git checkout); lupdate reads no other file.
I18N_SOURCES = $$(git ls-files 'kiosk/*.py' 2>/dev/null | grep . || find kiosk -name '*.py' | sort)

.PHONY: setup demo test lint bench clean syslibs package package-test translations qm

setup: syslibs $(STAMP) qm

# Extracts every marked text into the .ts files (new texts arrive unfinished, vanished ones are
# dropped; no source locations, so re-running it changes nothing), then compiles the catalogues.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -source-language en \
	    $(I18N_SOURCES) -ts $(TS_FILES)
	$(MAKE) --no-print-directory qm

qm: $(QM_FILES)

translations/%.qm: translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Installs only what is missing, and only where apt-get can (Debian, as root).
syslibs:
	@if command -v apt-get >/dev/null && command -v dpkg-query >/dev/null && [ "$$(id -u)" = 0 ]; then \
	  missing=""; for p in $(QT_DEBS) $(EXTRA_DEBS); do \
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
	@if [ "$$(uname)" = Linux ] && [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "make demo needs a display (X11 or Wayland). Without one: 'xvfb-run make demo', or"; \
	  echo "'$(BIN)/srs-kiosk screenshots --out shots' writes every screen as a PNG."; exit 1; \
	fi
	@# Training mode loads only the simulator's own pages: as root (where Chromium's sandbox cannot
	@# run) the demo accepts running them unsandboxed; the kiosk itself refuses without the flag.
	@if [ "$$(id -u)" = 0 ]; then \
	  echo "Running as root: web pages run without Chromium's sandbox."; \
	  export QTWEBENGINE_DISABLE_SANDBOX=1; \
	fi; $(BIN)/srs-kiosk --windowed

lint: setup
	$(BIN)/ruff check kiosk tests
	$(BIN)/ruff format --check kiosk tests
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/vulture

# The test suite, then the frozen app: build the Linux bundle and run its --self-test.
test: EXTRA_DEBS := $(TEST_DEBS) $(PACKAGE_DEBS)
test: lint
	$(TEST_ENV) $(BIN)/python -m pytest
	$(MAKE) --no-print-directory package-test

# The onedir bundle dist/srs-kiosk/ (PyInstaller; packaging/pyinstaller/srs-kiosk.spec).
package: EXTRA_DEBS += $(PACKAGE_DEBS)
package: setup $(PACKAGE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	    packaging/pyinstaller/srs-kiosk.spec

# The bundle's --self-test, judged by packaging/smoke_test.py: a non-zero exit or anything on
# stderr outside its allow-list (HARMLESS_STDERR) fails. No test environment variables: the
# bundle must find its own way without a display. Then its size and the libraries it takes
# from the system (packaging/bundle_check.py).
package-test: package
	$(BIN)/python packaging/smoke_test.py -- dist/srs-kiosk/srs-kiosk --self-test
	$(BIN)/python packaging/bundle_check.py dist/srs-kiosk

$(PACKAGE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -q -e '.[package]'
	@touch $@

# Figures, not pass/fail: SRS round trips, 500 tracked orders, UI start-up, readiness check.
bench: setup
	$(TEST_ENV) $(BIN)/python -m tests.bench
	$(TEST_ENV) $(BIN)/python -m tests.bench.tracking
	$(TEST_ENV) $(BIN)/python -m tests.bench.ui
	$(TEST_ENV) $(BIN)/python -m tests.bench.checks
	$(TEST_ENV) $(BIN)/python -m tests.bench.dashboard

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache $(QM_FILES)
