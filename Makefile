# Two commands on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: install demo test clean

$(BIN)/multivector: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(BIN)/multivector

demo: install
	$(BIN)/multivector demo --db demo.duckdb
	$(BIN)/multivector report KAZ --db demo.duckdb --out demo-report.html

test: install
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) demo.duckdb artifacts
