# Set-up and everyday commands. `make demo` and `make test` work on a fresh machine (see README).
VENV  ?= .venv
PY    := $(VENV)/bin/python
# A CPU build of torch; an unpinned `torch` would pull a multi-GB CUDA build.
TORCH ?= torch==2.13.0
SUDO  := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test test-fast chromium nodejs vendor lint lint-js clean

$(VENV)/.base:
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet "$(TORCH)"
	touch $@

$(VENV)/.demo: $(VENV)/.base pyproject.toml
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test: $(VENV)/.base pyproject.toml
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

demo: $(VENV)/.demo  ## train a small MLP on sklearn digits with the callback and export its site
	$(VENV)/bin/latentris demo

chromium:  ## Debian's chromium for the browser tests (playwright drives it; no browser download)
	@command -v /usr/bin/chromium >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium)

nodejs:  ## Debian's node and npm for the JS linter (Biome, pinned in site_assets/package-lock.json)
	@command -v npm >/dev/null || ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq nodejs npm)

test: $(VENV)/.test chromium lint  ## the linters, then the whole test suite
	$(PY) -m pytest

lint: $(VENV)/.test nodejs  ## ruff, mypy and the stage import contract (pyproject.toml), Biome on the viewer
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(MAKE) --no-print-directory lint-js

test-fast: $(VENV)/.test  ## the tests marked neither slow nor browser (pyproject.toml's markers)
	$(PY) -m pytest -m "not slow and not browser"

vendor:  ## rebuild the committed three.js/msgpack/uPlot bundle (needs npm)
	sh site_assets/build-vendor.sh

lint-js: nodejs  ## lint the viewer's scripts (site_assets/js) with Biome, pinned in site_assets/package-lock.json
	cd site_assets && npm ci --silent && npm run lint

clean:
	rm -rf $(VENV) latentris-demo dist build
