"""The stanza backend for real: the project's own stanza model (``stanza:bundled``, trained by
``make train-stanza`` with stanza's trainers) run through spacy-stanza, then the same entity
and quote stages and tables as the spaCy model.

Needs ``pip install 'nlp-pipeline[stanza]'`` (``make test-stanza``); without it these tests
skip, unless ``NLP_PIPELINE_REQUIRE_STANZA=1`` (CI) makes the missing packages a failure.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from nlp_pipeline.nlp import backends

ROOT = Path(__file__).resolve().parents[1]
MODEL_DIR = ROOT / "models" / "sv_news_stanza"
HAS_STANZA = all(importlib.util.find_spec(m) for m in ("stanza", "spacy_stanza", "torch"))

if not HAS_STANZA and os.environ.get("NLP_PIPELINE_REQUIRE_STANZA") == "1":
    raise RuntimeError(
        "NLP_PIPELINE_REQUIRE_STANZA=1 but stanza, spacy-stanza or torch is not installed (`make setup-stanza`)"
    )
needs_stanza = pytest.mark.skipif(not HAS_STANZA, reason="stanza backend not installed (make test-stanza)")


def test_bundled_stanza_model_is_a_resources_folder_under_40_mb():
    resources = json.loads((MODEL_DIR / "resources.json").read_text(encoding="utf-8"))
    packages = resources["sv"]["packages"]["default"]
    assert set(packages) == {"tokenize", "pos", "lemma", "depparse", "ner"}
    for processor, package in list(packages.items()) + [("pretrain", "news")]:
        assert (MODEL_DIR / "sv" / processor / f"{package}.pt").is_file(), processor
    size = sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file())
    assert size < 40e6
    assert (MODEL_DIR / "README.md").is_file()  # the model card


def test_stanza_bundled_spec_resolves_to_the_project_folder():
    if not HAS_STANZA:
        with pytest.raises(backends.ModelNotFound, match=r"nlp-pipeline\[stanza\]"):
            backends.resolve("stanza:bundled")
        return
    resolved = backends.resolve("stanza:bundled")
    assert resolved.kind == "stanza" and resolved.path == MODEL_DIR and resolved.name == "stanza:bundled"
    names = {m.name: m for m in backends.available_models()}
    assert names["stanza:bundled"].ready and "depparse" in names["stanza:bundled"].status


@pytest.fixture(scope="module")
def snlp():
    import nlp_pipeline

    return nlp_pipeline.load("stanza:bundled")


@needs_stanza
def test_doc_has_every_layer(snlp):
    doc = snlp(
        "Eva Jansson är chef för Kulturen i Botkyrka. Hon besökte Piteå i går.\n\n"
        "– Vi vill bygga en mötesplats, säger hon."
    )
    assert snlp.tokenizer.__class__.__module__.startswith("spacy_stanza")
    assert [p for p in snlp.pipe_names] == ["swedish_entities", "swedish_quotes"]
    for attr in ("TAG", "POS", "MORPH", "LEMMA", "DEP", "ENT_IOB"):
        assert doc.has_annotation(attr), attr
    assert len(list(doc.sents)) >= 3
    words = [t for t in doc if not t.is_space]
    assert words[0].text == "Eva" and "–" in [t.text for t in doc]
    assert any(t.lemma_ == "vara" for t in doc)  # är -> vara
    assert any(e.text == "Eva Jansson" and e.label_ == "PER" for e in doc.ents)
    assert doc.text == (
        "Eva Jansson är chef för Kulturen i Botkyrka. Hon besökte Piteå i går.\n\n"
        "– Vi vill bygga en mötesplats, säger hon."
    )


@needs_stanza
def test_quote_through_stanza(snlp):
    doc = snlp("Kommunen planerar nya bostäder.\n\n– Vi måste bygga fler bostäder, säger Anna Lind.\n")
    assert [(q.text, q.type, q.speaker) for q in doc._.quotes] == [
        ("Vi måste bygga fler bostäder", "direct", "Anna Lind")
    ]


@needs_stanza
def test_sample_tables_through_stanza(snlp):
    from nlp_pipeline import analyze

    result = analyze(ROOT / "corpora" / "sample" / "botkyrka-pitea.txt", nlp=snlp)
    assert result.ok
    ents = result.entities
    assert {"label", "label_original"} <= set(ents.columns)
    assert "Eva Jansson" in set(result.people.name)
    assert (result.quotes.speaker == "Eva Jansson").sum() >= 4


@needs_stanza
def test_cli_run_with_stanza(tmp_path):
    from typer.testing import CliRunner

    from nlp_pipeline import open_result
    from nlp_pipeline.cli import app

    result = CliRunner().invoke(
        app,
        [
            "run",
            str(ROOT / "corpora" / "sample"),
            "--out",
            str(tmp_path / "out"),
            "--model",
            "stanza:bundled",
            "--workers",
            "1",
        ],
    )
    assert result.exit_code == 0, result.output
    tables = open_result(tmp_path / "out")
    assert len(tables.documents) == len(list((ROOT / "corpora" / "sample").glob("*.txt")))
    assert len(tables.quotes) >= 5 and len(tables.errors) == 0
