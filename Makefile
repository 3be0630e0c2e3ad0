# Two commands on a fresh machine with only Python 3.11 and make: `make demo`, `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
AUDIT_VENV := .venv-audit
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SAMPLE := tests/fixtures/seed.pdf

.PHONY: demo test lint bench fixtures audit clean

# (setup.py and the C source too: an editable install compiles the optional extension
# govletter.extract._glyphs once, so a change to either must install again)
$(STAMP): pyproject.toml setup.py src/govletter/extract/_glyphs.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/govletter parse $(SAMPLE)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools
	$(BIN)/mypy

# The review site's and the HTML report's browser tests drive Debian's chromium, and the review
# site's also Debian's firefox-esr (over WebDriver BiDi; nothing is downloaded from a browser vendor),
# with a Chinese font for the pages and the panel. As root (CI) they are installed; elsewhere the
# tests say they are skipped for want of the browser.
$(VENV)/.chromium-stamp: $(STAMP)
	{ command -v chromium >/dev/null && { command -v firefox-esr || command -v firefox; } >/dev/null \
		&& fc-list :lang=zh 2>/dev/null | grep -q .; } \
		|| { [ "$$(id -u)" != 0 ] && echo "chromium, firefox-esr or a Chinese font missing, not root: browser tests may be skipped" >&2; } \
		|| { apt-get update -qq && apt-get install -y -qq chromium firefox-esr fonts-wqy-microhei; }
	touch $@

# pytest exits 5 when it collected no tests: that must never pass. The C glyph loop must have been
# built (tests/test_glyphs_c.py fails without it); on a machine without a C compiler, run
# `GOVLETTER_REQUIRE_EXTENSION=0 make test` (the package then runs its pure-Python loop).
test: export GOVLETTER_REQUIRE_EXTENSION ?= 1
test: lint $(VENV)/.chromium-stamp
	$(BIN)/pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest collected no tests" >&2; exit 1; fi; exit $$rc

# Known vulnerabilities in the installed runtime dependencies (pip-audit, in its own venv so that its
# own dependencies are not audited). Fails on a vulnerability; offline it says so and passes.
audit: $(STAMP)
	@test -x $(AUDIT_VENV)/bin/pip-audit || { $(PYTHON) -m venv $(AUDIT_VENV) && \
		$(AUDIT_VENV)/bin/python -m pip install --quiet 'pip-audit>=2.7,<3'; } || \
		echo "audit: pip-audit could not be installed (offline?)"
	$(BIN)/python tools/audit.py --pip-audit $(AUDIT_VENV)/bin/pip-audit

# pdftotext (Debian's poppler-utils) is the reference extractor of the benchmarks.
$(VENV)/.poppler-stamp: $(STAMP)
	command -v pdftotext >/dev/null || { apt-get update -qq && apt-get install -y -qq poppler-utils; }
	touch $@

bench: $(VENV)/.poppler-stamp
	$(BIN)/python bench/accuracy.py

# The scans are drawn by PDFium from seed.pdf, whose font is not embedded: it needs a Chinese system font.
fixtures: $(STAMP)
	fc-list :lang=zh | grep -q . || { apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei; }
	$(BIN)/python tests/fixtures/make_fixtures.py
	$(BIN)/python tests/fixtures/make_inputs.py

clean:
	rm -rf $(VENV) $(AUDIT_VENV) .mypy_cache .ruff_cache .pytest_cache
