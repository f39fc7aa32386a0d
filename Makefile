# The two Quickstart commands of the README are `make demo` and `make test`.
# Both create .venv/ on first use and install lagebild into it from constraints.txt.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
RUN    := $(VENV)/.installed-run
STAMP  := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck pytest eval bench lock clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# runtime only: what `make demo` needs
$(RUN): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e .
	touch $(RUN)

# runtime plus the test, lint and evaluation tools
$(STAMP): pyproject.toml constraints.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(RUN) $(STAMP)

## demo: set up, ingest the bundled example corpus into lagebild.db (SQLite) and print the Lagebild
demo: $(RUN)
	$(BIN)/lagebild ingest examples/
	$(BIN)/lagebild brief

## test: set up, then lint, type-check and run the whole test suite
test: $(STAMP) lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests eval bench
	$(BIN)/ruff format --check src tests eval bench

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest

eval: $(STAMP)
	$(BIN)/python eval/run.py

bench: $(STAMP)
	$(BIN)/python bench/analyse.py

## lock: refresh constraints.txt from the current environment
lock: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
