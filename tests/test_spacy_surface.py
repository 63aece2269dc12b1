"""The project's components behave as spaCy components: Docs serialise (to_bytes, DocBin,
nlp.pipe with n_process=2), the factories are configurable, their dependencies are declared,
and errors go through spaCy's error handler instead of being swallowed."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, DocBin

TEXTS = [
    "Eva Jansson är chef för Kulturen i Botkyrka.\n\n– Vi vill växa, säger hon.\n\n"
    "Enligt Volvo ökar försäljningen. Per Ek, vd för Acme AB, säger att bolaget anställer.",
    "– Det är viktigt, säger statsministern Magdalena Andersson till TT.\n\nAndersson besökte Piteå.",
    "Ingen talar här.",
]


def _snapshot(doc: Doc):
    return (
        [(q.start_char, q.end_char, q.type, q.speaker, q.speaker_id, q.confidence) for q in doc._.quotes],
        [(p.canonical, p.id, [(m.start_char, m.end_char, m.kind) for m in p.mentions], p.roles) for p in doc._.people],
        [(o.canonical, o.id, o.source) for o in doc._.organisations],
        [dict(m) for m in doc._.entity_data["mentions"]],
        [(s.start_char, s.end_char, s.label_) for s in doc.spans["quotes"]],
        [(e.start_char, e.end_char, e.label_) for e in doc.ents],
    )


@pytest.fixture(scope="module")
def docs(nlp):
    return list(nlp.pipe(TEXTS))


def test_the_docs_have_quotes_people_and_organisations(docs):
    quotes, people, orgs, mentions, spans, _ = _snapshot(docs[0])
    assert quotes and people and orgs and mentions
    assert len(spans) == len(quotes) and {s[2] for s in spans} <= {"direct", "indirect", "mixed"}
    eva = next(p for p in docs[0]._.people if p.canonical == "Eva Jansson")
    assert any(q.speaker_id == eva.id for q in docs[0]._.quotes)


def test_to_bytes_round_trip_keeps_every_quote_speaker_and_entity(nlp, docs):
    for doc in docs:
        back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert _snapshot(back) == _snapshot(doc)


def test_docbin_with_user_data_round_trips(nlp, docs, tmp_path):
    DocBin(docs=docs, store_user_data=True).to_disk(tmp_path / "docs.spacy")
    back = list(DocBin().from_disk(tmp_path / "docs.spacy").get_docs(nlp.vocab))
    assert [_snapshot(d) for d in back] == [_snapshot(d) for d in docs]


def test_pipe_with_two_processes_gives_the_same_quotes(nlp, docs):
    two = list(nlp.pipe(TEXTS, n_process=2, batch_size=1))
    assert [_snapshot(d) for d in two] == [_snapshot(d) for d in docs]


def test_the_components_declare_what_they_assign_and_require(nlp):
    meta = nlp.get_pipe_meta("swedish_quotes")
    assert "doc._.entity_data" in meta.requires and "doc._.quote_data" in meta.assigns
    assert "doc._.entity_data" in nlp.get_pipe_meta("swedish_entities").assigns
    assert not nlp.analyze_pipes()["problems"]["swedish_quotes"]


def test_add_pipe_with_config_on_any_swedish_pipeline():
    import nlp_pipeline.pipeline  # noqa: F401  (registers the factories)

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("swedish_entities")
    quotes = nlp.add_pipe("swedish_quotes", config={"min_confidence": 0.5, "confidence_offset": 0.0})
    assert quotes.config["min_confidence"] == 0.5 and quotes.config["speaker_confidence"]["name"] == 0.9
    doc = nlp("– Vi är glada, säger Eva Jansson.\n\nRubrik utan talare")
    (q,) = doc._.quotes
    assert q.speaker == "Eva Jansson" and q.confidence >= 0.5
    assert nlp.config["components"]["swedish_quotes"]["min_confidence"] == 0.5


def test_a_pipeline_saved_to_disk_loads_with_its_settings(tmp_path):
    import nlp_pipeline.pipeline  # noqa: F401

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("swedish_entities", config={"min_gender_share": 0.95})
    nlp.add_pipe("swedish_quotes", config={"narration_confidence": 0.4})
    nlp.to_disk(tmp_path / "p")
    back = spacy.load(tmp_path / "p")
    assert back.get_pipe("swedish_quotes").config["narration_confidence"] == 0.4
    assert back.get_pipe("swedish_entities").min_gender_share == 0.95


def test_quotes_without_the_entity_component_is_a_clear_error():
    import nlp_pipeline.pipeline  # noqa: F401

    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_quotes")
    with pytest.raises(ValueError, match="swedish_entities"):
        nlp("– Hej, säger Eva Jansson.")


def test_errors_go_through_spacys_error_handler(monkeypatch):
    import nlp_pipeline.pipeline  # noqa: F401
    from nlp_pipeline.entities import component

    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_entities")
    nlp.add_pipe("swedish_quotes")

    def boom(doc, share, known=None, text=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(component, "find_entities", boom)
    with pytest.raises(RuntimeError, match="boom"):  # not swallowed: raise by default
        list(nlp.pipe(["Eva Jansson talar."]))
    seen = []
    nlp.set_error_handler(lambda name, proc, docs, e: seen.append((name, str(e))))
    assert list(nlp.pipe(["Eva Jansson talar."])) == []  # the user chose to skip
    assert seen == [("swedish_entities", "boom")]


def test_the_records_cannot_be_set_directly(docs):
    with pytest.raises(AttributeError, match="set_entities"):
        docs[0]._.people = []
    with pytest.raises(AttributeError, match="set_quotes"):
        docs[0]._.quotes = []
