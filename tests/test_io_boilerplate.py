"""Boilerplate spans: found, never removed."""

from __future__ import annotations

from nlp_pipeline.io import read_articles
from nlp_pipeline.io.boilerplate import boilerplate_spans, overlaps


def spans_text(text):
    return [text[s:e] for s, e in boilerplate_spans(text)]


def test_sample_navigation_line(sample_dir):
    article = next(a for a in read_articles([sample_dir]) if a.doc_id == "botkyrka-pitea")
    assert article.text.startswith("Gå direkt till innehåll Gå direkt till menyn\n")
    assert spans_text(article.text) == ["Gå direkt till innehåll Gå direkt till menyn"]
    assert article.title == "Botkyrka anammar Piteås upplevelsemodell"


def test_nav_cookie_and_credit_lines():
    text = (
        "Meny\nSök\nDela på Facebook\nVolvo varslar\n\nVolvo varslar 300. Foto: Kalle Ek/TT\n"
        "Vi använder cookies för att ge dig en bättre upplevelse. Acceptera\n"
        "Läs också: Volvo varslar igen\nPublicerad 12 mars 2021 kl 10.31\n"
        "Nyheter | Sport | Kultur | Nöje\nWe use cookies. Accept all\n"
    )
    assert spans_text(text) == [
        "Meny",
        "Sök",
        "Dela på Facebook",
        "Foto: Kalle Ek/TT",
        "Vi använder cookies för att ge dig en bättre upplevelse. Acceptera",
        "Läs också: Volvo varslar igen",
        "Publicerad 12 mars 2021 kl 10.31",
        "Nyheter | Sport | Kultur | Nöje",
        "We use cookies. Accept all",
    ]


def test_prose_is_not_boilerplate():
    text = (
        "Menyn var god, sa Eva Jansson.\nDela ut priset gör hon i morgon i Botkyrka kommun.\n"
        "– Vi söker nya vägar, säger hon.\nSök jobb hos oss skrev företaget i annonsen i går.\n"
        "Resultat: 2 / 1 / 0 och sedan en lång rad ord som är prosa.\n"
    )
    assert boilerplate_spans(text) == []


def test_spans_index_into_unchanged_text():
    text = "  Gå direkt till innehåll  \r\nText här."
    spans = boilerplate_spans(text)
    assert [text[s:e] for s, e in spans] == ["Gå direkt till innehåll"]


def test_overlaps():
    assert overlaps([(0, 10)], 5, 12)
    assert not overlaps([(0, 10)], 10, 12)


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

LINES = st.sampled_from(
    [
        "Meny",
        "Dela",
        "Foto: Kalle Ek",
        "Gå direkt till innehåll",
        "Eva Jansson sa hej.",
        "",
        "  ",
        "Vi använder cookies. Acceptera",
        "– Vi vill, säger hon.",
        "Sök\r",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(LINES, max_size=12), st.text(max_size=40))
def test_spans_are_valid_sorted_and_disjoint(lines, noise):
    text = "\n".join(lines) + noise
    spans = boilerplate_spans(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert "\n" not in text[s:e]
        last = e
