# Two commands on a fresh machine: `make site` builds the example into site/, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: site test serve bench schemas clean

site: $(VENV)/installed
	$(BIN)/mkdocs build --strict

test: $(VENV)/installed $(if $(shell command -v npm),node_modules/.installed)
	$(BIN)/python -m pytest

serve: $(VENV)/installed
	$(BIN)/mkdocs serve --livereload

schemas: $(VENV)/installed
	$(BIN)/python -m stek.editor_schema mkdocs.yml schemas

bench: $(VENV)/installed bench/node_modules/.installed
	$(BIN)/python bench/feeds.py
	$(BIN)/python bench/lighthouse.py

bench/node_modules/.installed: bench/package.json bench/package-lock.json
	cd bench && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(VENV)/installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site $(VENV) node_modules
