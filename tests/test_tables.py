"""Table schemas, offsets, boilerplate filtering, and corpus-level merging (stub pipeline)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from nlp_pipeline import analyze
from nlp_pipeline import tables as T

DOCS = Path(__file__).resolve().parents[1] / "docs" / "tables.md"

TEXT_A = (
    "Gå direkt till innehåll Gå direkt till menyn\nDela på Facebook\n\n"
    "Kulturen i Botkyrka satsar\n\n"
    "Eva Jansson leder Kulturen i Botkyrka. Hon har besökt Acusticum i Piteå.\n\n"
    "– Vi vill bygga något nytt, säger Eva Jansson.\n\n"
    "– Det tar tid, säger Jansson.\n\n"
    "Foto: Kalle Ek\n"
)
TEXT_B = "Anna Berg i Göteborg.\n\n– Vi jobbar vidare, säger Anna Berg.\n\nEva Jansson var också där.\n"
TEXT_C = "Per Svensson och Jansson.\n\n– Hej, säger Berg.\n"


@pytest.fixture(scope="module")
def result(stub_nlp):
    return analyze([TEXT_A, TEXT_B, TEXT_C], nlp=stub_nlp)


def test_every_table_has_its_schema(result):
    for name in T.TABLES:
        df = getattr(result, name)
        assert list(df.columns) == T.columns(name), name
        assert {c: str(t) for c, t in df.dtypes.items()} == {
            c: ("object" if d == "object" else str(pd.Series([], dtype=d).dtype)) for c, d in T.dtypes(name).items()
        }, name


def test_empty_tables_have_the_schema_too():
    for name in T.TABLES:
        df = T.empty(name)
        assert list(df.columns) == T.columns(name) and len(df) == 0


def test_docs_describe_every_column():
    doc = DOCS.read_text(encoding="utf-8")
    for name, cols in T.SCHEMAS.items():
        assert f"`{name}`" in doc
        for col in cols:
            assert f"`{col.name}`" in doc, (name, col.name)
    assert T.schema_markdown() in doc, "docs/tables.md is out of date: regenerate the reference"


def test_offsets_index_into_document_text(result):
    texts = dict(zip(result.documents.doc_id, result.documents.text))
    assert len(result.entities) > 0 and len(result.quotes) > 0
    for e in result.entities.itertuples():
        assert texts[e.doc_id][e.start_char : e.end_char] == e.text
    for q in result.quotes.itertuples():
        t = texts[q.doc_id]
        assert t[q.start_char : q.end_char] == q.text
        assert t[q.speaker_mention_start : q.speaker_mention_end] == q.speaker_mention
    for d in result.documents.itertuples():
        for s, e in d.boilerplate:
            assert 0 <= s < e <= len(d.text)


def test_boilerplate_entities_and_quotes_are_dropped(result):
    doc_a = result.documents.iloc[0]
    assert doc_a.text.startswith("Gå direkt till innehåll")  # text itself unchanged
    spans = doc_a.boilerplate
    assert [doc_a.text[s:e] for s, e in spans] == [
        "Gå direkt till innehåll Gå direkt till menyn",
        "Dela på Facebook",
        "Foto: Kalle Ek",
    ]
    ents = result.entities[result.entities.doc_id == doc_a.doc_id]
    assert "Kalle Ek" not in set(ents.text)  # only in the photo credit
    for e in ents.itertuples():
        assert not any(s < e.end_char and e.start_char < t for s, t in spans)
    assert "Kalle Ek" not in set(result.people.name)


def test_entity_rows(result):
    e = result.entities
    assert list(e.entity_id[:3]) == ["text-1#e1", "text-1#e2", "text-1#e3"]
    eva = e[e.text == "Eva Jansson"]
    assert set(eva.label) == {"PER"} and set(eva.canonical) == {"Eva Jansson"}
    assert eva.person_id.nunique() == 1 and eva.org_id.isna().all()
    short = e[(e.doc_id == "text-1") & (e.text == "Jansson")]
    assert set(short.canonical) == {"Eva Jansson"} and set(short.person_id) == set(eva.person_id)
    org = e[e.text == "Kulturen i Botkyrka"]
    assert set(org.label) == {"ORG"} and org.org_id.notna().all()
    loc = e[e.text == "Piteå"]
    assert set(loc.label) == {"LOC"} and loc.person_id.isna().all() and loc.org_id.isna().all()
    assert (e.sentence >= 0).all()


def test_people_merge_on_identical_canonical_names_only(result):
    people = result.people.set_index("name")
    eva = people.loc["Eva Jansson"]
    assert eva.person_id == T.person_id("Eva Jansson")
    assert eva.n_documents == 2 and eva.first_document == "text-1" and eva.last_document == "text-2"
    assert eva.n_mentions == 4  # 3 in text-1 (one is "Jansson"), 1 in text-2
    assert eva.n_quotes == 2
    assert list(eva.variants) == ["Eva Jansson", "Jansson"]
    assert list(eva.roles) == ["chef"] and list(eva.affiliations) == ["Kulturen i Botkyrka"]
    assert eva.gender == "female" and eva.gender_method == "stub"
    # "Jansson" alone in text-3 is not merged into Eva Jansson, and neither is "Berg" into Anna Berg.
    assert "Jansson" in people.index and people.loc["Jansson"].n_documents == 1
    assert "Berg" in people.index and people.loc["Anna Berg"].n_documents == 1


def test_quotes_link_to_people(result):
    q = result.quotes
    assert list(q.quote_id) == ["text-1#q1", "text-1#q2", "text-2#q1", "text-3#q1"]
    assert set(q[q.speaker == "Eva Jansson"].speaker_id) == {T.person_id("Eva Jansson")}
    assert q.speaker_id.notna().all()
    assert set(q.speaker_id) <= set(result.people.person_id) | set(result.organisations.org_id)


def test_organisations(result):
    orgs = result.organisations.set_index("name")
    kib = orgs.loc["Kulturen i Botkyrka"]
    assert kib.org_id == T.org_id("Kulturen i Botkyrka")
    assert kib.n_mentions == 2 and kib.n_documents == 1
    assert list(kib.people) == ["Eva Jansson"] and list(kib.person_ids) == [T.person_id("Eva Jansson")]


def test_document_counts(result):
    d = result.documents.set_index("doc_id")
    for doc_id in d.index:
        assert d.loc[doc_id, "n_entities"] == (result.entities.doc_id == doc_id).sum()
        assert d.loc[doc_id, "n_quotes"] == (result.quotes.doc_id == doc_id).sum()
    assert (d.status == "ok").all() and d.error.isna().all()
    assert d.loc["text-1", "title"] == "Kulturen i Botkyrka satsar"
    assert d.loc["text-1", "n_sentences"] > 3 and d.loc["text-1", "n_tokens"] > 20


def test_ids_do_not_depend_on_order_or_batching(stub_nlp, result):
    again = analyze([TEXT_C, TEXT_B, TEXT_A], nlp=stub_nlp, batch_size=1)
    key = lambda df: df.set_index("person_id").sort_index()[["name", "n_mentions", "n_documents", "n_quotes"]]
    pd.testing.assert_frame_equal(key(result.people), key(again.people))
    assert set(result.organisations.org_id) == set(again.organisations.org_id)


def test_normalised_name_ids():
    assert T.person_id("Eva Jansson") == T.person_id(" eva  JANSSON ")
    assert T.person_id("Eva Jansson") != T.person_id("Jansson")
    assert re.fullmatch(r"P-[0-9a-f]{10}", T.person_id("Eva Jansson"))
    assert re.fullmatch(r"O-[0-9a-f]{10}", T.org_id("Volvo"))


def test_label_mapping():
    from nlp_pipeline.nlp.labels import map_label

    assert [map_label(x) for x in ["PER", "PRS", "ORG", "LOC", "GPE", "MISC", "EVN", "WRK"]] == [
        "PER",
        "PER",
        "ORG",
        "LOC",
        "LOC",
        "MISC",
        "MISC",
        "MISC",
    ]


def test_affiliations_missed_by_the_model_become_organisations(stub_nlp):
    import spacy

    from nlp_pipeline.entities.linking import set_entities
    from nlp_pipeline.entities.records import Mention, Person
    from nlp_pipeline.io import Article

    text = "Eva Jansson, chef för Kulturen i Botkyrka, talade.\n\nKulturen i Botkyrka växer i Botkyrka."
    nlp = spacy.blank("sv")
    doc = nlp(text)

    def span(sub, label, nth=0):
        start = [i for i in range(len(text)) if text.startswith(sub, i)][nth]
        return doc.char_span(start, start + len(sub), label=label)

    doc.ents = [span("Eva Jansson", "PER"), span("Botkyrka", "LOC", 0), span("Botkyrka", "LOC", 2)]
    set_entities(
        doc,
        [
            Person(
                key=0,
                canonical="Eva Jansson",
                variants=["Eva Jansson"],
                mentions=[Mention("Eva Jansson", 0, 11, "name")],
                roles=["chef"],
                affiliations=["Kulturen i Botkyrka"],
            )
        ],
        [],
    )
    rows = T.doc_rows(doc, Article(doc_id="d", text=text))
    got = [(r["text"], r["label"], r["label_original"]) for r in rows.entities]
    assert got == [
        ("Eva Jansson", "PER", "PER"),
        ("Kulturen i Botkyrka", "ORG", None),
        ("Kulturen i Botkyrka", "ORG", None),
        ("Botkyrka", "LOC", "LOC"),
    ]
    (org,) = rows.organisations
    assert org["name"] == "Kulturen i Botkyrka" and org["n_mentions"] == 2
    assert org["people"] == {T.person_id("Eva Jansson"): "Eva Jansson"}
