# Two entry points: `make demo` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: demo test lint typecheck contracts unit servers bench bytecode clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# compiled modules, as a wheel install has them (an editable install under PYTHONDONTWRITEBYTECODE=1 would
# compile every module again on each run); only what changed is compiled again
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q src

demo: $(STAMP) bytecode
	$(BIN)/qready scan examples/estate --out qready-report --keystore-password-file examples/passwords.txt \
		--format table,json,cbom,sarif,html,markdown,csv,plan
	@echo "Reports written to $(CURDIR)/qready-report: open qready.html in a browser (qready.json, qready.cdx.json, qready.sarif, qready.md, qready-findings.csv, qready-plan.md)"

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks examples
	$(BIN)/ruff format --check src tests benchmarks examples

typecheck: $(STAMP)
	$(BIN)/mypy --strict src

contracts: $(STAMP)
	$(BIN)/lint-imports

# the TLS test servers: a Go 1.23.9 toolchain in its own venv, and prebuilt Go servers (a no-op once done)
servers: $(STAMP)
	tests/network/servers/install_servers.sh

unit: $(STAMP) bytecode servers
	$(BIN)/pytest -n 2 -q

test: lint typecheck contracts unit

bench: $(STAMP) bytecode
	$(BIN)/python benchmarks/bench_scan.py

clean:
	rm -rf $(VENV) .cache qready-report .pytest_cache .mypy_cache .ruff_cache
