"""Silver annotation keeps only what every teacher parse agrees on."""

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc  # noqa: E402

from nlp_pipeline.training.silver import agreed_doc, agreed_entities  # noqa: E402

WORDS = ["Eva", "Jansson", "besökte", "Piteå", "."]
SPACES = [True, True, True, False, False]


def parse(vocab, pos, heads, deps, lemmas, ents):
    doc = Doc(vocab, words=WORDS, spaces=SPACES, pos=pos, heads=heads, deps=deps, lemmas=lemmas, ents=ents)
    doc[2].set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
    return doc


def teacher_docs(vocab):
    base = dict(
        pos=["PROPN", "PROPN", "VERB", "PROPN", "PUNCT"],
        heads=[2, 0, 2, 2, 2],
        deps=["nsubj", "flat:name", "ROOT", "obj", "punct"],
        lemmas=["Eva", "Jansson", "besöka", "Piteå", "."],
        ents=["B-PER", "I-PER", "O", "B-LOC", "O"],
    )
    a = parse(vocab, **base)
    b = parse(vocab, **base)
    # The third teacher tags and attaches "Piteå" differently, lemmatises "besökte"
    # differently, and finds "Piteå" an organisation.
    c = parse(vocab, **{**base, "pos": ["PROPN", "PROPN", "VERB", "NOUN", "PUNCT"],
                        "deps": ["nsubj", "flat:name", "ROOT", "obl", "punct"],
                        "lemmas": ["Eva", "Jansson", "besökte", "Piteå", "."],
                        "ents": ["B-PER", "I-PER", "O", "B-ORG", "O"]})
    return [a, b, c]


def test_only_agreed_tags_lemmas_and_arcs_are_kept():
    vocab = spacy.blank("sv").vocab
    docs = teacher_docs(vocab)
    doc = agreed_doc(vocab, WORDS, SPACES, None, docs)
    assert [t.pos_ for t in doc] == ["PROPN", "PROPN", "VERB", "", "PUNCT"]
    assert str(doc[2].morph) == "Mood=Ind|Tense=Past|VerbForm=Fin"
    assert [t.lemma_ for t in doc] == ["Eva", "Jansson", "", "Piteå", "."]
    assert [t.has_head() for t in doc] == [True, True, True, False, True]
    assert [(t.head.i, t.dep_) for t in doc if t.has_head()] == [
        (2, "nsubj"), (0, "flat:name"), (2, "ROOT"), (2, "punct")]
    # No entity layer given: the NER learns nothing from this doc.
    assert all(t.ent_iob_ == "" for t in doc)


def test_entities_are_kept_only_where_every_teacher_finds_the_same_span_and_label():
    vocab = spacy.blank("sv").vocab
    docs = teacher_docs(vocab)
    tags = agreed_entities(docs)
    assert tags == ["B-PER", "I-PER", "O", None, "O"]
    doc = agreed_doc(vocab, WORDS, SPACES, tags, docs)
    assert [(e.text, e.label_) for e in doc.ents] == [("Eva Jansson", "PER")]
    assert [t.ent_iob_ for t in doc] == ["B", "I", "O", "", "O"]


def test_a_span_one_teacher_draws_longer_is_missing_not_outside():
    vocab = spacy.blank("sv").vocab
    docs = teacher_docs(vocab)[:2]
    longer = Doc(vocab, words=WORDS, spaces=SPACES, ents=["B-PER", "I-PER", "I-PER", "B-LOC", "O"])
    assert agreed_entities(docs + [longer]) == [None, None, None, "B-LOC", "O"]
