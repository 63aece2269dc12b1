"""Property tests: offsets always slice the text to the quote, and no input crashes."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

PIECES = [
    "– ",
    "—",
    "-",
    "--",
    "- ",
    "”",
    "»",
    "«",
    '"',
    "“",
    "„",
    ", säger ",
    ", sa ",
    "? säger ",
    "! sa ",
    " säger att ",
    "Det säger ",
    "Så säger ",
    "Enligt ",
    ", enligt ",
    ", uppger ",
    "Anna Lind",
    "Sjöberg",
    "hon",
    "han",
    "de",
    "Polisen",
    "statsministern ",
    "kulturchefen ",
    "Lena Sjöberg chef Kulturhuset i Lerum",
    ": ",
    ".",
    "!",
    "?",
    ",",
    "\n",
    "\n\n",
    " ",
    "Vi måste agera",
    "att ",
    "och ",
    "Hoppa till innehållet",
    "\u00a0",
    "\t",
    "Det har ",
    " sagt",
    "kallar beslutet ",
    "*",
    "• ",
    "1. ",
    "Ang.",
    "S:t",
    "bl a",
    "(",
    ")",
    "…",
    "\r\n",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=40).map("".join)


@pytest.fixture(scope="module")
def blank_nlp():
    """No parser, no NER: the components must degrade gracefully."""
    import spacy

    import nlp_pipeline.entities.component  # noqa: F401
    import nlp_pipeline.quotes.component  # noqa: F401

    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_entities")
    nlp.add_pipe("swedish_quotes")
    return nlp


@pytest.fixture(scope="module")
def real_nlp():
    from nlp_pipeline.pipeline import load

    return load(os.environ.get("NLP_PIPELINE_TEST_MODEL", "bundled"))  # no skip: the bundled model ships in models/


def check(doc):
    from nlp_pipeline.quotes.component import extract_quotes

    quotes = doc._.quotes
    assert isinstance(quotes, list)
    assert quotes == extract_quotes(doc) or len(quotes) == len(extract_quotes(doc))
    for i, q in enumerate(quotes):
        assert q.quote_id == i
        assert 0 <= q.start_char < q.end_char <= len(doc.text)
        assert doc.text[q.start_char : q.end_char] == q.text
        assert q.text == q.text.strip()
        assert q.type in {"direct", "indirect", "mixed"}
        assert q.speaker_kind in {"person", "organisation", "role", None}
        assert (q.speaker is None) == (q.speaker_kind is None)
        if q.speaker_mention_start is not None:
            assert doc.text[q.speaker_mention_start : q.speaker_mention_end] == q.speaker_mention
        assert 0.0 <= q.confidence <= 1.0
        q.to_dict()
    for p in doc._.people:
        for m in p.mentions:
            assert doc.text[m.start_char : m.end_char] == m.text
    for o in doc._.organisations:
        for m in o.mentions:
            assert doc.text[m.start_char : m.end_char] == m.text
            # the mention sits where the name is written
            assert any(m.text[:2].lower() == v[:2].lower() for v in o.variants + [o.canonical])


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
def test_offsets_and_no_crash_without_model(blank_nlp, text):
    check(blank_nlp(text))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
def test_offsets_and_no_crash_with_model(real_nlp, text):
    check(real_nlp(text))


def test_empty_and_whitespace(blank_nlp):
    for text in ["", " ", "\n\n", "–", "”", "– ,", "\u00a0–\u00a0"]:
        doc = blank_nlp(text)
        check(doc)
