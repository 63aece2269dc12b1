"""Reliability issue 25: boilerplate that hides real text, HTML extraction that loses text
silently, and the documentation of what the commands and files do."""

from __future__ import annotations

import pytest

from nlp_pipeline import tables as T
from nlp_pipeline.io import read_articles
from nlp_pipeline.io.boilerplate import boilerplate_spans
from nlp_pipeline.io.records import Article


def spans_text(text):
    return [text[s:e] for s, e in boilerplate_spans(text)]


# ------------------------------------------------------------------ 1. photo credits and the boilerplate share

PARAGRAPH = (
    "Kommunen satsar på nya skolor. {credit} Enligt kommunalrådet Eva Berg ska fem skolor byggas. "
    "– Det är viktigt för barnen, säger hon."
)


@pytest.mark.parametrize(
    "credit",
    [
        "Foto: Anna Ek/TT",
        "Foto: Lars Pehrson/SvD",
        "FOTO: TT",
        "Bild: privat",
        "Foto: Anna Ek, Lars Berg/TT",
        "Foto: Johan Nilsson/TT och Eva Lind/Scanpix",
        "Illustration: Anna-Karin von Ek",
        "Foto: Christian Örnberg (arkivbild)",
    ],
)
def test_a_photo_credit_inside_a_paragraph_covers_only_the_credit(credit):
    text = PARAGRAPH.format(credit=credit)
    assert spans_text(text) == [credit]


def test_a_credit_before_a_sentence_that_opens_with_a_capitalised_word():
    text = "Bilden togs i går. Foto: Jessica Gow/TT Statsminister Ulf Kristersson (M) säger att det är bra."
    assert spans_text(text) == ["Foto: Jessica Gow/TT"]
    text = "Bilden togs i går. Foto: Anna Ek/TT, som var på plats, säger att det var kallt."
    assert spans_text(text) == ["Foto: Anna Ek/TT"]


def test_a_credit_on_its_own_line_is_still_boilerplate():
    text = "Volvo varslar 300.\nFoto: Kalle Ek/TT\nFacket är kritiskt."
    assert spans_text(text) == ["Foto: Kalle Ek/TT"]


def test_the_credit_in_a_paragraph_hides_no_entities_or_quotes_of_the_read_article(tmp_path):
    (tmp_path / "skolor.txt").write_text(
        "Nya skolor i Umeå\n\n" + PARAGRAPH.format(credit="Foto: Anna Ek/TT") + "\n", encoding="utf-8"
    )
    (article,) = read_articles([tmp_path])
    assert [article.text[s:e] for s, e in article.boilerplate] == ["Foto: Anna Ek/TT"]
    row = T.document_row(article)
    assert row["warnings"] == []


def test_a_document_warns_when_boilerplate_covers_much_of_its_text():
    text = "Meny\nSök\nDela på Facebook\nLogga in\nMina sidor\nPrenumerera\nKort text."
    article = Article(doc_id="d", text=text, boilerplate=boilerplate_spans(text))
    row = T.document_row(article)
    share = T.boilerplate_share(text, article.boilerplate)
    assert share > T.BOILERPLATE_WARN_SHARE
    assert row["warnings"] == [f"boilerplate covers {share:.0%} of the text"]


def test_reader_warnings_reach_the_documents_row_and_errors_have_none():
    article = Article(doc_id="d", text="En helt vanlig text.", warnings=["extraction kept 40% of the visible text"])
    assert T.document_row(article)["warnings"] == ["extraction kept 40% of the visible text"]
    assert "warnings" in T.columns("documents") and T.columns("documents")[-1] == "warnings"
    from nlp_pipeline.io.records import ReadError

    document, _ = T.error_rows(ReadError(source="a.html", reason="x", doc_id="a", format="html"))
    assert document["warnings"] == []


def test_boilerplate_share_merges_overlapping_spans_and_ignores_space():
    text = "abcd efgh"
    assert T.boilerplate_share(text, [(0, 4), (2, 4)]) == 0.5
    assert T.boilerplate_share("", []) == 0.0
