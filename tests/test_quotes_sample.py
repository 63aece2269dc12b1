"""The project's sample article: five quotes, all by Eva Jansson."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "sample" / "botkyrka-pitea.txt"


@pytest.fixture(scope="module")
def sample_doc():
    from nlp_pipeline.pipeline import load

    nlp = load(os.environ.get("NLP_PIPELINE_TEST_MODEL", "bundled"))  # no skip: the model ships in models/
    text = SAMPLE.read_text(encoding="utf-8")
    doc = nlp.make_doc(text)
    doc.user_data["doc_id"] = "botkyrka-pitea"
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def test_five_quotes_all_by_eva_jansson(sample_doc):
    quotes = sample_doc._.quotes
    assert len(quotes) == 5
    assert [q.speaker for q in quotes] == ["Eva Jansson"] * 5
    assert all(q.type == "direct" and q.speaker_kind == "person" for q in quotes)
    assert all(q.doc_id == "botkyrka-pitea" for q in quotes)
    assert [q.quote_id for q in quotes] == [0, 1, 2, 3, 4]
    for q in quotes:
        assert sample_doc.text[q.start_char : q.end_char] == q.text


def test_sample_spans(sample_doc):
    quotes = sample_doc._.quotes
    assert quotes[0].text.startswith("Piteå har hittat en alldeles egen")
    assert quotes[0].text.endswith("uppbyggnaden av Acusticum och Mötesplatsen.")
    assert quotes[1].text.startswith("Vi vill precis som här") and quotes[1].text.endswith("film, media och musik.")
    assert quotes[2].text.startswith("Vår styrka") and quotes[2].text.endswith("väletablerade och välkända.")
    assert quotes[3].text.endswith("är faktiskt unik") and quotes[3].speaker_mention == "hon"
    assert quotes[4].text.startswith("Allt bygger på") and quotes[4].text.endswith("för upplevelseindustrin.")
    assert [q.cue for q in quotes] == ["säger", "säger", "menar", "säger", "understryker"]
    assert [q.paragraph for q in quotes] == [2, 4, 5, 6, 6]


def test_navigation_line_is_not_a_quote(sample_doc):
    assert all(q.paragraph > 0 for q in sample_doc._.quotes)


def test_sample_people(sample_doc):
    eva = next(p for p in sample_doc._.people if p.canonical == "Eva Jansson")
    assert "chef" in eva.roles
    assert "projektledare för Botkyrkas upplevelsesatsning" in eva.roles
    assert "Kulturen i Botkyrka" in eva.affiliations
    assert eva.gender == "female" and eva.gender_method
    assert {m.kind for m in eva.mentions} >= {"name", "pronoun"}
    # organisations are not people
    assert not any("Musikhögskolan" in p.canonical for p in sample_doc._.people)
