# Two commands on a fresh machine: `make site` builds the example into site/, `make test` runs every test.
# Everything is installed from the lock files (every package, with its hashes), never from ranges.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
# The stamps of an installed .venv are named by the content of what was installed, not dated: a
# .venv restored from a CI cache (whose checkout makes every file look new) is recognised as current.
SITE_STAMP := $(VENV)/site-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)
TEST_STAMP := $(VENV)/test-$(shell cat requirements-test.lock | sha256sum | cut -c1-16)
BENCH_STAMP := $(VENV)/bench-$(shell cat requirements-bench.lock | sha256sum | cut -c1-16)
# The engine: ProperDocs, the maintained continuation of MkDocs 1.6 (MkDocs 1.6.1 builds the same bytes).
ENGINE := $(BIN)/properdocs

.PHONY: site check test test-fast serve bench schemas catalogs lock dist house clean

# Check mkdocs.yml and the data first (MkDocs reads mkdocs.yml before any plugin could),
# then build into a new folder and put it in place only when the build succeeded.
site: $(SITE_STAMP)
	$(BIN)/python -m stek.editing.check --config-only
	rm -rf .site-new
	$(ENGINE) build -f mkdocs.yml --strict --site-dir .site-new
	rm -rf site && mv .site-new site

# Validation only: the same messages as the build, about a second for the example. It fails exactly
# when the publishing build (--strict) would stop: on errors and warnings, never on advice alone.
check: $(SITE_STAMP)
	$(BIN)/python -m stek.editing.check

test: $(TEST_STAMP) $(if $(shell command -v npm),node_modules/.installed)
	$(BIN)/python -m pytest

# The fast lane: no site builds, CI pipelines or browsers (the `slow` marker, tests/conftest.py).
test-fast: $(TEST_STAMP) $(if $(shell command -v npm),node_modules/.installed)
	$(BIN)/python -m pytest -m "not slow"

# The site at http://127.0.0.1:8000/, rebuilt when a file is saved. While the data has errors,
# every page lists them (in the site's language) and reloads by itself once they are mended.
serve: $(SITE_STAMP)
	$(BIN)/python -m stek.editing.check --config-only
	$(ENGINE) serve -f mkdocs.yml --livereload

schemas: $(SITE_STAMP)
	$(BIN)/python -m stek.editing.editor_schema mkdocs.yml schemas

bench: $(BENCH_STAMP) bench/node_modules/.installed
	$(BIN)/python bench/feeds.py
	$(BIN)/python bench/lighthouse.py
	$(BIN)/python bench/setup_time.py
	$(BIN)/python bench/build_cpu.py
	$(MAKE) site
	$(BIN)/python bench/weights.py site
	$(BIN)/python bench/search_speed.py site

# After a change of the English texts in ui_text.py or data/messages.py: renew the templates (.pot) and
# merge them into every language's catalog (.po), where translators find new and changed texts.
EXTRACT := $(BIN)/pybabel extract --no-default-keywords -k N_:1c,2 -k NP_:1c,2,3 --no-location --width=100 \
  --project=stek-site --version=1 --copyright-holder="" --msgid-bugs-address=""
catalogs: $(SITE_STAMP)
	$(EXTRACT) -o plugins/stek/locale/site.pot plugins/stek/ui_text.py
	$(EXTRACT) -o plugins/stek/locale/messages.pot plugins/stek/data/messages.py
	$(BIN)/pybabel update --width=100 -D site -i plugins/stek/locale/site.pot -d plugins/stek/locale
	$(BIN)/pybabel update --width=100 -D messages -i plugins/stek/locale/messages.pot -d plugins/stek/locale

# Renew the lock files after a change of pins in pyproject.toml (needs the network to PyPI);
# `make lock LOCK_ARGS=--upgrade` also brings every transitive package to its newest release.
# Renovate's pip-compile manager reruns the command that it reads in a lock file's header, so the
# header must be the real pip-compile command line: no CUSTOM_COMPILE_COMMAND, every source file
# named, and only options Renovate accepts, written with '=' (tests/test_locks.py checks them).
# Renovate rejects --build-deps-for, so our build backend (setuptools, installed below with
# --no-build-isolation) comes in as a second source file of both locks, requirements-build.in: a
# plain requirements file that Renovate reads and updates too, its pin equal to [build-system]'s
# (tests/test_locks.py checks it). Not a project dependency: every house that installs our
# package would get setuptools with it. --allow-unsafe lets setuptools into the locks. The test
# lock adds the test tools and MkDocs (the `test` and `mkdocs` extras), constrained to
# requirements.lock so that both install the same versions of what they share.
# pip-compile runs on Python 3.11 (the site's, named in the header, which Renovate reads) and
# from PyPI alone, as Renovate runs it: a machine's own pip configuration (find-links, extra
# indexes, constraints) is left out of the locks.
LOCK_PYTHON ?= python3.11
PIP_COMPILE := env -u CUSTOM_COMPILE_COMMAND -u PIP_FIND_LINKS -u PIP_EXTRA_INDEX_URL -u PIP_CONSTRAINT \
  PIP_CONFIG_FILE=/dev/null .venv-lock/bin/pip-compile --quiet $(LOCK_ARGS) \
  --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url
lock:
	test -x .venv-lock/bin/python || $(LOCK_PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet --disable-pip-version-check pip-tools==7.7.0
	$(PIP_COMPILE) --output-file=requirements.lock pyproject.toml requirements-build.in
	$(PIP_COMPILE) --extra=test --extra=mkdocs --constraint=requirements.lock \
	  --output-file=requirements-test.lock pyproject.toml requirements-build.in
	$(PIP_COMPILE) --extra=bench --extra=test --extra=mkdocs --constraint=requirements-test.lock \
	  --output-file=requirements-bench.lock pyproject.toml requirements-build.in

# The package stek-site, wheel and sdist, into $(DIST)/ (tools/dist.py says how): built with the
# locked setuptools through its own PEP 517 hooks, nothing fetched. Dated by SOURCE_DATE_EPOCH, by
# default the last commit's time, so a commit always gives the same bytes.
DIST ?= dist
DIST_EPOCH = $(or $(SOURCE_DATE_EPOCH),$(shell git log -1 --format=%ct))
dist: $(SITE_STAMP)
	rm -rf $(DIST)/stek_site-*
	SOURCE_DATE_EPOCH=$(DIST_EPOCH) $(BIN)/python tools/dist.py $(DIST)

# A new house repository in DIR (a new or empty folder), for the template repository that houses
# start from (README.md, "Releases"): house/ with its dotfiles, the example's data and guides, and a
# requirements.lock pinning stek-site with the hashes of the files in $(DIST)/ (make dist first).
house:
	@test -n "$(DIR)" || { echo "make house: say where, as in: make house DIR=../stek-house" >&2; exit 2; }
	$(PYTHON) tools/make_house.py "$(DIR)" $(DIST)

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The project itself is installed without build isolation: its build backend (setuptools) is
# in the lock file too, so nothing is fetched unpinned.
$(SITE_STAMP):
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	rm -f $(VENV)/site-* && touch $@

$(TEST_STAMP): $(SITE_STAMP)
	$(PIP) install --require-hashes -r requirements-test.lock
	rm -f $(VENV)/test-* && touch $@

$(BENCH_STAMP): $(TEST_STAMP)
	$(PIP) install --require-hashes -r requirements-bench.lock
	rm -f $(VENV)/bench-* && touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site .site-new $(VENV) .venv-lock node_modules dist
