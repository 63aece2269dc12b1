"""The bundled model loads offline and reads the sample article correctly."""

from pathlib import Path

import pytest
import spacy

from nlp_pipeline.pipeline import BUNDLED_NAME, ModelNotFound, bundled_model_path, resolve_model

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "sample" / "botkyrka-pitea.txt"


@pytest.fixture(scope="module")
def model():
    # No skip: a missing bundled model is a failure, not something to hide.
    return spacy.load(resolve_model("bundled"))


def test_bundled_model_ships_in_models_and_is_small():
    path = bundled_model_path()
    assert path.parent.name == "models" and path.name == BUNDLED_NAME
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 60_000_000


def test_components(model):
    for name in ("tok2vec", "morphologizer", "trainable_lemmatizer", "swedish_paragraph_breaks", "parser", "ner"):
        assert name in model.pipe_names
    assert set(model.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}


def test_merged_abbreviations_have_vector_rows_and_the_table_does_not_grow(model):
    from nlp_pipeline.nlp.tokenizer import spaced_abbreviation_forms

    vectors = model.vocab.vectors
    assert vectors.n_keys == vectors.shape[0]  # no padding rows
    assert all(model.vocab.strings[form] in vectors for form in spaced_abbreviation_forms())
    before = vectors.shape
    doc = model.make_doc("Bl a Piteå, t ex Luleå o s v och p g a det, i st f att M fl gick.")
    assert {"Bl a", "t ex", "o s v", "p g a", "i st f", "M fl"} <= {t.text for t in doc}
    assert model.vocab.vectors.shape == before


def test_sample_article_entities(model):
    doc = model(SAMPLE.read_text(encoding="utf-8"))
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Eva Jansson", "PER") in ents
    assert ("Kungliga Musikhögskolan i Stockholm", "ORG") in ents


def test_sample_article_sentences(model):
    doc = model(SAMPLE.read_text(encoding="utf-8"))
    sents = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert "Botkyrka anammar Piteås upplevelsemodell" in sents  # a headline without a full stop
    assert any(s.startswith("Det säger Eva Jansson chef Kulturen i Botkyrka") for s in sents)
    # "bl a" (an abbreviation without dots) does not end a sentence.
    assert not any(s.endswith("bl a") for s in sents)


def test_tokenizer_rules_ship_with_the_model(model):
    assert [t.text for t in model.make_doc("-Vi vill")] == ["-", "Vi", "vill"]


def test_unknown_model_path_is_a_clear_error(tmp_path):
    with pytest.raises(ModelNotFound, match="No spaCy pipeline"):
        resolve_model(tmp_path / "nothing")
