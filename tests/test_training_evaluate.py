"""``make evaluate`` scoring on a tiny hold-out set (no ../shared)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, DocBin  # noqa: E402

from recipe import evaluate as E  # noqa: E402

WORDS = ["Eva", "bor", "i", "Piteå", ".", "\n\n", "Hon", "ler", "."]
SPACES = [True, True, True, False, False, False, True, False, False]
POS = ["PROPN", "VERB", "ADP", "PROPN", "PUNCT", "SPACE", "PRON", "VERB", "PUNCT"]
LEMMAS = ["Eva", "bo", "i", "Piteå", ".", "\n\n", "hon", "le", "."]


def tagger_that_knows_every_word():
    nlp = spacy.blank("sv")
    ruler = nlp.add_pipe("attribute_ruler")
    for word, pos, lemma in zip(WORDS, POS, LEMMAS):
        if not word.isspace():
            ruler.add([[{"ORTH": word}]], {"POS": pos, "LEMMA": lemma})
    return nlp


def test_paragraph_breaks_of_a_rebuilt_document_are_not_scored_as_words(tmp_path):
    gold = Doc(spacy.blank("sv").vocab, words=WORDS, spaces=SPACES, pos=POS, lemmas=LEMMAS)
    (tmp_path / "eval").mkdir()
    for name in E.SETS:
        db = DocBin()
        db.add(gold)
        db.to_disk(tmp_path / "eval" / f"{name}.spacy")
    nlp = tagger_that_knows_every_word()
    assert [t.text for t in nlp(gold.text)] == WORDS
    scores = E.evaluate_model(nlp, tmp_path)["talbanken-test"]
    # Every word is right; the blank line between the paragraphs is not a word.
    assert scores["pos_acc"] == 1.0 and scores["lemma_acc"] == 1.0
