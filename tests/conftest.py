"""Shared fixtures.

* ``nlp``: the real bundled pipeline, ``nlp_pipeline.load()``, loaded once per
  session; a missing model fails these tests (it ships in ``models/``).
* ``stub_nlp``: a tiny pipeline (blank ``sv`` + sentencizer + entity ruler + stub
  people/organisation and quote components that hand their records to the entity
  layer and the quote store, ``set_entities`` and ``set_quotes``, as a user's own
  components would) for fast, exact tests of the tables.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "sample"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline; NLP_PIPELINE_TEST_MODEL=path/to/pipeline tries another model."""
    import os

    import nlp_pipeline

    # No skip: the bundled model ships in models/, so a missing one is a failure.
    return nlp_pipeline.load(os.environ.get("NLP_PIPELINE_TEST_MODEL", "bundled"))


@pytest.fixture(scope="session")
def stub_nlp():
    return make_stub_nlp()


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


# ---------------------------------------------------------------- stub pipeline

STUB_PATTERNS = [
    ("PER", "Eva Jansson"),
    ("PER", "Jansson"),
    ("PER", "Anna Berg"),
    ("PER", "Berg"),
    ("PER", "Kalle Ek"),
    ("PER", "Per Svensson"),
    ("ORG", "Kulturen i Botkyrka"),
    ("ORG", "Acusticum"),
    ("ORG", "Interactive Institute"),
    ("ORG", "Volvo"),
    ("LOC", "Botkyrka"),
    ("LOC", "Piteå"),
    ("LOC", "Göteborg"),
]


@dataclasses.dataclass
class StubQuote:
    doc_id: str | None
    quote_id: str
    text: str
    start_char: int
    end_char: int
    type: str
    speaker: str | None
    speaker_kind: str | None
    speaker_mention: str | None
    speaker_mention_start: int | None
    speaker_mention_end: int | None
    cue: str | None
    cue_lemma: str | None
    paragraph: int | None
    method: str
    confidence: float

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


QUOTE_RE = re.compile(r"^[–-] ?(?P<q>[^\n]+?), (?P<cue>säger|sa) (?P<who>[A-ZÅÄÖ]\w+(?: [A-ZÅÄÖ]\w+)?)", re.M)


def make_stub_nlp():
    import spacy
    from spacy.language import Language

    from nlp_pipeline.entities.linking import set_entities
    from nlp_pipeline.entities.records import Mention, Organisation, Person
    from nlp_pipeline.quotes.component import set_quotes

    if "stub_people" not in Language.factories:

        @Language.component("stub_people")
        def stub_people(doc):
            people: dict[str, Person] = {}
            orgs: dict[str, Organisation] = {}
            for ent in doc.ents:
                if ent.label_ == "PER":
                    surname = ent.text.split()[-1]
                    full = next(
                        (e.text for e in doc.ents if e.label_ == "PER" and e.text.endswith(surname) and " " in e.text),
                        ent.text,
                    )
                    p = people.setdefault(
                        full,
                        Person(key=len(people), canonical=full, variants=[], mentions=[], roles=[], affiliations=[]),
                    )
                    if ent.text not in p.variants:
                        p.variants.append(ent.text)
                    kind = "name" if " " in ent.text else "short"
                    p.mentions.append(Mention(ent.text, ent.start_char, ent.end_char, kind))
                    if full == "Eva Jansson":
                        p.roles = ["chef"]
                        p.affiliations = ["Kulturen i Botkyrka"]
                        p.gender, p.gender_method = "female", "stub"
                elif ent.label_ == "ORG":
                    o = orgs.setdefault(
                        ent.text, Organisation(key=len(orgs), canonical=ent.text, variants=[ent.text], mentions=[])
                    )
                    o.mentions.append(Mention(ent.text, ent.start_char, ent.end_char, "name"))
            for m in re.finditer(r"\bhon\b", doc.text):
                if "Eva Jansson" in people:
                    people["Eva Jansson"].mentions.append(Mention("hon", m.start(), m.end(), "pronoun"))
            return set_entities(doc, list(people.values()), list(orgs.values()))

        @Language.component("stub_quotes")
        def stub_quotes(doc):
            quotes = []
            people = doc._.people or []
            for i, m in enumerate(QUOTE_RE.finditer(doc.text)):
                who = m.group("who")
                speaker = next((p.canonical for p in people if who in p.variants or who == p.canonical), who)
                quotes.append(
                    StubQuote(
                        doc_id=doc.user_data.get("doc_id"),
                        quote_id=f"q{i + 1}",
                        text=m.group("q"),
                        start_char=m.start("q"),
                        end_char=m.end("q"),
                        type="direct",
                        speaker=speaker,
                        speaker_kind="person",
                        speaker_mention=who,
                        speaker_mention_start=m.start("who"),
                        speaker_mention_end=m.end("who"),
                        cue=m.group("cue"),
                        cue_lemma="säga",
                        paragraph=doc.text.count("\n\n", 0, m.start()),
                        method="stub",
                        confidence=0.9,
                    )
                )
            return set_quotes(doc, quotes)

    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": text} for label, text in STUB_PATTERNS])
    nlp.add_pipe("stub_people")
    nlp.add_pipe("stub_quotes")
    return nlp


def make_slow_stub_nlp(seconds_per_doc: float = 0.02):
    """The stub pipeline, slowed to a known pace, for tests that stop a run midway: the run
    is still going, with parts written, when the test stops it (400 documents take 8 s)."""
    import time

    from spacy.language import Language

    if "stub_pause" not in Language.factories:

        @Language.component("stub_pause")
        def stub_pause(doc):
            time.sleep(seconds_per_doc)
            return doc

    nlp = make_stub_nlp()
    nlp.add_pipe("stub_pause", first=True)
    return nlp
