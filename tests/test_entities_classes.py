"""Classes of entity errors seen on unseen articles, each fixed by a general mechanism and
tested here on invented text (never on dev-set articles): exact canonical names and types."""

from __future__ import annotations

import pytest

from nlp_pipeline import analyze


@pytest.fixture(scope="module")
def entities(nlp):
    def run(text: str):
        r = analyze(text, nlp=nlp)
        return r

    return run


def names(result, table: str) -> set[str]:
    return set(getattr(result, table)["name"])


@pytest.mark.parametrize(
    "text, people, orgs",
    [
        # a byline glued to the next words of a scraped page: the publications are organisations
        ("Ny skola öppnar i Kiruna\n\nEleverna flyttar in i augusti.\n\nLena Holm/8 SIDORDela på internet\n",
         {"Lena Holm"}, {"8 Sidor"}),
        ("Tåget stod stilla\n\nTrafiken stoppades i två timmar.\n\n8 SIDOR/TTDela på internet\n",
         set(), {"8 Sidor", "TT"}),
        ("Bron stängs\n\nNORRA KURIREN/TT\n\nBron stängs i helgen.\n", set(), {"Norra Kuriren", "TT"}),
    ],
)
def test_bylines_give_their_publications_and_a_clean_reporter_name(entities, text, people, orgs):
    r = entities(text)
    assert names(r, "people") == people
    assert orgs <= names(r, "organisations")
    assert not any("/" in t for t in r.entities["text"])
