# nlp-pipeline: set-up, demo, tests, and the model recipe.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV ?= .venv
BIN = $(VENV)/bin
CORPORA ?= ../shared/corpora
QUOTES_DEV ?= ../shared/quotes-dev
MODEL_DIR = models/sv_news_nlp
DATA = training-data

STANZA_MODEL_DIR = models/sv_news_stanza
STANZA_DATA = $(DATA)/stanza
# torch for stanza must be the CPU build: torch==2.13.0 comes from local disk on the project's
# machines; elsewhere set TORCH_INDEX=https://download.pytorch.org/whl/cpu.
TORCH_INDEX ?=

.PHONY: setup setup-stanza setup-train vectors pretrain demo test lint test-stanza train train-data evaluate evaluate-quotes evaluate-dev bench bench-archive check-archive-corpora lexicons kb clean \
	stanza-data train-stanza evaluate-backends

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,dask]'
	touch $@

## The stanza backend (spacy-stanza, stanza, CPU torch) and gensim for training its word vectors.
setup-stanza: $(VENV)/.installed-stanza

$(VENV)/.installed-stanza: $(VENV)/.installed
	$(BIN)/pip install -q 'torch==2.13.0' $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(BIN)/pip install -q -e '.[test,dask,stanza,train]'
	@$(BIN)/python -c "import torch, sys; sys.exit('error: a CUDA build of torch was installed; reinstall torch==2.13.0 from the CPU index (TORCH_INDEX)' if torch.version.cuda else 0)"
	touch $@

## The main job on the bundled sample: entities and sentences, then all tables.
demo: setup
	$(BIN)/nlp-pipeline show corpora/sample/botkyrka-pitea.txt
	$(BIN)/nlp-pipeline run corpora/sample --out out/sample --overwrite

## The test suite (needs no ../shared), after the linter and the formatter check.
## pytest's "no tests collected" (5) is not a failure.
test: setup lint
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; rc=0; fi; exit $$rc

## ruff: lint rules and formatting as configured in pyproject.toml (`ruff format .` fixes the formatting).
lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## The full pipeline and the quote tests again, through the project's stanza model (stanza:bundled).
test-stanza: setup-stanza
	NLP_PIPELINE_TEST_MODEL=stanza:bundled NLP_PIPELINE_REQUIRE_STANZA=1 $(BIN)/python -m pytest \
		tests/test_stanza_backend.py tests/test_quotes_sample.py tests/test_quotes_forms.py

check-corpora:
	@test -d $(CORPORA) || { echo "error: training data not found at $(CORPORA); set CORPORA=/path/to/shared/corpora" >&2; exit 2; }

# The model recipe lives in recipe/ (not installed with the package): these targets run it as
# `python -m recipe.X` from this folder, where it is importable.

## floret (the word vectors' trainer), for the model recipe.
setup-train: $(VENV)/.installed-train

$(VENV)/.installed-train: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[test,dask,train]'
	touch $@

VECTORS_DIR ?= training-vectors
VECTOR_ROWS ?= 100000
VECTOR_DIM ?= 64
## Static word vectors (recipe/vectors.py): floret CBOW with subwords on the raw text of $(CORPORA)
## (12.4 M words; never a test split nor a quote dev page), then a table of the $(VECTOR_ROWS) most
## frequent words and the gazetteer words, $(VECTOR_DIM) dimensions plus the gazetteer columns.
## About 4 minutes on 2 cores.
## With FLORET_BUCKETS=N: floret's own mode, every word and subword hashed into N rows
## (a table of N x $(VECTOR_DIM), no gazetteer columns; `recipe.train --gazetteer-embed` reads those beside it).
FLORET_BUCKETS ?=
vectors: setup-train check-corpora
	$(BIN)/python -m recipe.vectors $(CORPORA) $(VECTORS_DIR) --rows $(VECTOR_ROWS) --dim $(VECTOR_DIM) \
		$(if $(FLORET_BUCKETS),--buckets $(FLORET_BUCKETS))

PRETRAIN_DIR ?= training-pretrain
PRETRAINED = $(PRETRAIN_DIR)/model1.bin
## Pretrain the tok2vec on raw text (recipe/pretrain.py: spacy pretrain, characters objective, 2 epochs over
## 40,000 prose paragraphs, 1.8 M words, of regeringen.se and the interpellations); `make train` starts
## every training from these weights. 9 minutes on one core (2026-12-05).
pretrain: $(PRETRAINED)

$(PRETRAINED): | train-data
	$(BIN)/python -m recipe.pretrain $(CORPORA) $(PRETRAIN_DIR) --data $(DATA)

## Convert ../shared/corpora into spaCy DocBins (train, dev, hold-out sets).
train-data: setup check-corpora
	$(BIN)/python -m recipe.prepare $(CORPORA) $(DATA)

TRAIN_STEPS ?= 4000
## Rebuild the bundled model from ../shared/corpora by self-training (recipe/selftrain.py):
## three teacher models on the gold data (two at a time), silver data where two of them agree (news text,
## press releases, interpellations), then the model on both. Every training starts from the pretrained
## tok2vec (make pretrain) and stops after $(TRAIN_STEPS) steps (best checkpoints: teachers 1,600-2,400, the shipped model 3,600).
## The shipped model's run (2026-12-05): 73 minutes on 2 cores with the pretraining; an interrupted run goes
## on where it stopped (training-output/).
train: train-data $(PRETRAINED)
	$(BIN)/python -m recipe.selftrain --data $(DATA) --corpora $(CORPORA) --work training-output \
		--model-dir $(MODEL_DIR) --init-tok2vec $(PRETRAINED) --max-steps $(TRAIN_STEPS)

## Hold-out scores of the bundled model (NER, UPOS, lemma, UAS/LAS, sentences).
evaluate: train-data
	$(BIN)/python -m recipe.evaluate --data $(DATA) --model $(MODEL_DIR)

## stanza's training data (CoNLL-U, tokenizer labels, NER JSON, word vectors) from ../shared/corpora.
stanza-data: setup-stanza check-corpora
	$(BIN)/python -m recipe.stanza_data $(CORPORA) $(STANZA_DATA)

## Rebuild the project's stanza model (models/sv_news_stanza) with stanza's own trainers (about an hour on 2 cores).
train-stanza: stanza-data
	$(BIN)/python -m recipe.stanza_train --data $(STANZA_DATA) --model-dir $(STANZA_MODEL_DIR)

## Every backend available here on the same hold-out sets and quote dev set (NER F1, LAS, quote F1, words/s).
evaluate-backends: setup-stanza train-data
	$(BIN)/python -m recipe.backends --data $(DATA) --quotes-dev $(QUOTES_DEV) --json bench/backends.json
	$(BIN)/python -m recipe.stanza_card --backends bench/backends.json --date $$(date +%F) \
		--model-dir $(STANZA_MODEL_DIR)

## Quote attribution against the dev gold set.
evaluate-quotes: setup
	@test -d $(QUOTES_DEV) || { echo "error: quote dev set not found at $(QUOTES_DEV)" >&2; exit 2; }
	$(BIN)/nlp-pipeline evaluate quotes $(QUOTES_DEV)/gold.jsonl --articles $(QUOTES_DEV)/articles

DEV_JSON ?= out/dev-scores.json
## The dev set as users get it (analyze over the folder): quotes, speakers by mention, people and
## organisations, old and new articles apart; scores and error lists in $(DEV_JSON).
evaluate-dev: setup
	@test -d $(QUOTES_DEV) || { echo "error: quote dev set not found at $(QUOTES_DEV)" >&2; exit 2; }
	$(BIN)/nlp-pipeline evaluate dev $(QUOTES_DEV)/gold.jsonl --articles $(QUOTES_DEV)/articles --json $(DEV_JSON)

## Benchmarks, appended to bench/results.md: model speed on one core (with and without the
## quote and entity components), then the batch engine (nlp.pipe vs run with 1 and 2 workers),
## then peak memory and time of run on one document of 100k, 1M and 5M characters (about 3 minutes).
bench: setup
	$(BIN)/python bench/speed.py
	$(BIN)/python bench/run_bench.py
	$(BIN)/python bench/long_docs.py

## A real archive end to end (bench/archive.py): the press releases of $(CORPORA)/regeringen_g0vse and the
## interpellations of $(CORPORA)/riksdagen_interpellations, run with 2 workers (about 7 million words:
## over half an hour on 2 cores; ARCHIVE_ARGS=--limit 3000 for a slice), killed halfway and resumed,
## then report and query; appended to bench/results.md.
ARCHIVE_ARGS ?=
bench-archive: check-archive-corpora setup
	$(BIN)/python bench/archive.py --corpora $(CORPORA) $(ARCHIVE_ARGS)

check-archive-corpora:
	@test -f $(CORPORA)/regeringen_g0vse/pages.jsonl.gz -a -f $(CORPORA)/riksdagen_interpellations/interpellations.jsonl.gz || { \
		echo "error: the archive corpora are missing: bench-archive needs $(CORPORA)/regeringen_g0vse/pages.jsonl.gz and" >&2; \
		echo "       $(CORPORA)/riksdagen_interpellations/interpellations.jsonl.gz; set CORPORA=/path/to/shared/corpora" >&2; exit 2; }

## Rebuild the compact lexicons shipped in the package (first-name genders, places): recipe/build_lexicon.py.
lexicons: setup check-corpora
	$(BIN)/python -m recipe.build_lexicon $(CORPORA)

## Rebuild the entity knowledge base shipped in the package (organisations with types and acronyms, parties,
## politicians; nlp_pipeline/lang/data/kb.json.gz, about 30 s): recipe/build_kb.py, sources and counts in
## nlp_pipeline/lang/data/KB.md.
kb: setup check-corpora
	$(BIN)/python -m recipe.build_kb $(CORPORA)

clean:
	rm -rf $(DATA) training-output out
