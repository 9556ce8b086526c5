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
export NO_MKDOCS_2_WARNING := 1
# Keep mkdocs-material's end-of-life banner out of a volunteer's output: it is not about their data.
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: site check test serve bench schemas catalogs lock clean

# Check mkdocs.yml and the data first (MkDocs reads mkdocs.yml before any plugin could),
# then build into a new folder and put it in place only when the build succeeded.
site: $(SITE_STAMP)
	$(BIN)/python -m stek.editing.check --config-only
	rm -rf .site-new
	$(BIN)/mkdocs build --strict --site-dir .site-new
	rm -rf site && mv .site-new site

# Validation only: the same messages as the build, about a second for the example.
check: $(SITE_STAMP)
	$(BIN)/python -m stek.editing.check

test: $(TEST_STAMP) $(if $(shell command -v npm),node_modules/.installed)
	$(BIN)/python -m pytest

# The site at http://127.0.0.1:8000/, rebuilt when a file is saved. While the data has errors,
# every page lists them (in the site's language) and reloads by itself once they are mended.
serve: $(SITE_STAMP)
	$(BIN)/python -m stek.editing.check --config-only
	$(BIN)/mkdocs serve --livereload

schemas: $(SITE_STAMP)
	$(BIN)/python -m stek.editing.editor_schema mkdocs.yml schemas

bench: $(TEST_STAMP) bench/node_modules/.installed
	$(BIN)/python bench/feeds.py
	$(BIN)/python bench/lighthouse.py
	$(BIN)/python bench/setup_time.py
	$(BIN)/python bench/build_cpu.py
	$(MAKE) site
	$(BIN)/python bench/weights.py site

# After a change of the English texts in ui_text.py or messages.py: renew the templates (.pot) and
# merge them into every language's catalog (.po), where translators find new and changed texts.
EXTRACT := $(BIN)/pybabel extract --no-default-keywords -k N_:1c,2 -k NP_:1c,2,3 --no-location --width=100 \
  --project=stek-site --version=1 --copyright-holder="" --msgid-bugs-address=""
catalogs: $(SITE_STAMP)
	$(EXTRACT) -o plugins/stek/locale/site.pot plugins/stek/site/ui_text.py
	$(EXTRACT) -o plugins/stek/locale/messages.pot plugins/stek/data/messages.py
	$(BIN)/pybabel update --width=100 -D site -i plugins/stek/locale/site.pot -d plugins/stek/locale
	$(BIN)/pybabel update --width=100 -D messages -i plugins/stek/locale/messages.pot -d plugins/stek/locale

# Renew the lock files after a change of pins in pyproject.toml (needs the network to PyPI).
lock:
	test -x .venv-lock/bin/pip-compile || ($(PYTHON) -m venv .venv-lock && .venv-lock/bin/pip install --quiet pip-tools==7.6.2)
	CUSTOM_COMPILE_COMMAND="make lock" .venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe \
	  --strip-extras --build-deps-for editable --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml
	CUSTOM_COMPILE_COMMAND="make lock" .venv-lock/bin/pip-compile --quiet --generate-hashes --allow-unsafe \
	  --strip-extras --build-deps-for editable --no-emit-index-url --no-emit-find-links --extra test -c requirements.lock \
	  -o requirements-test.lock pyproject.toml

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

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site .site-new $(VENV) .venv-lock node_modules
