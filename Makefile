# Two commands on a fresh machine: `make demo` and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN = $(VENV)/bin

.PHONY: install model demo test clean

$(BIN)/multivector: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

install: $(BIN)/multivector

# The event-type classifier, trained from the training sentences into the package (src/multivector/events/models/,
# with the hash of its inputs) so a first run does not train; rebuilt when that hash changes.
model: install
	$(BIN)/python -c "from multivector.events.classifier import build_packaged; print(build_packaged())"

demo: install model
	$(BIN)/multivector demo --db demo.duckdb
	$(BIN)/multivector report KAZ --db demo.duckdb --out demo-report.html

test: install model
	$(BIN)/pytest -q

clean:
	rm -rf $(VENV) demo.duckdb artifacts
