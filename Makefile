# nlp-pipeline: set-up, demo, tests, and the model recipe.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN = $(VENV)/bin
CORPORA ?= ../shared/corpora
QUOTES_DEV ?= ../shared/quotes-dev
MODEL_DIR = models/sv_news_nlp
DATA = training-data

.PHONY: setup demo test train train-data evaluate evaluate-quotes bench lexicons clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,dask]'
	touch $@

## The main job on the bundled sample: entities and sentences, then all tables.
demo: setup
	$(BIN)/nlp-pipeline show corpora/sample/botkyrka-pitea.txt
	$(BIN)/nlp-pipeline run corpora/sample --out out/sample --overwrite

## The test suite (needs no ../shared). pytest's "no tests collected" (5) is not a failure.
test: setup
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

check-corpora:
	@test -d $(CORPORA) || { echo "error: training data not found at $(CORPORA); set CORPORA=/path/to/shared/corpora" >&2; exit 2; }

## Convert ../shared/corpora into spaCy DocBins (train, dev, hold-out sets).
train-data: setup check-corpora
	$(BIN)/python -m nlp_pipeline.training.prepare $(CORPORA) $(DATA)

## Rebuild the bundled model from ../shared/corpora (about 40 minutes on 2 cores).
train: train-data
	$(BIN)/python -m nlp_pipeline.training.train --data $(DATA) --corpora $(CORPORA) --model-dir $(MODEL_DIR)

## Hold-out scores of the bundled model (NER, UPOS, lemma, UAS/LAS, sentences).
evaluate: train-data
	$(BIN)/python -m nlp_pipeline.training.evaluate --data $(DATA) --model $(MODEL_DIR)

## Quote attribution against the dev gold set.
evaluate-quotes: setup
	@test -d $(QUOTES_DEV) || { echo "error: quote dev set not found at $(QUOTES_DEV)" >&2; exit 2; }
	$(BIN)/nlp-pipeline evaluate quotes $(QUOTES_DEV)/gold.jsonl --articles $(QUOTES_DEV)/articles

## Benchmarks, appended to bench/results.md: model speed on one core (with and without the
## quote and entity components), then the batch engine (nlp.pipe vs run with 1 and 2 workers).
bench: setup
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/run_bench.py

## Rebuild the compact first-name gender lexicon shipped in the package.
lexicons: setup check-corpora
	$(BIN)/python -m nlp_pipeline.entities.build_lexicon $(CORPORA)

clean:
	rm -rf $(DATA) training-output out
