"""Encoding detection and newline normalisation."""

from __future__ import annotations

import codecs

import pytest

from nlp_pipeline.io import read_articles
from nlp_pipeline.io.decoding import decode_bytes, detect_encoding, normalise_text

SWEDISH = "Åsa Öberg från Växjö sa: ”Det är märkligt” – och gick.\nÄntligen!"


def test_utf8():
    assert detect_encoding(SWEDISH.encode("utf-8")) == "utf-8"
    assert decode_bytes(SWEDISH.encode("utf-8")) == SWEDISH


def test_utf8_bom_is_removed():
    data = codecs.BOM_UTF8 + SWEDISH.encode("utf-8")
    assert detect_encoding(data) == "utf-8-sig"
    assert decode_bytes(data) == SWEDISH


def test_utf16_bom():
    assert decode_bytes(SWEDISH.encode("utf-16")) == SWEDISH


def test_cp1252_preferred_for_western_text():
    data = SWEDISH.encode("cp1252")  # ” and – only exist in cp1252, not latin-1
    assert detect_encoding(data) == "cp1252"
    assert decode_bytes(data) == SWEDISH


def test_latin1_text_decodes():
    text = "Göteborgs hamn ökar. Älvsborg får nya kajer."
    assert decode_bytes(text.encode("latin-1")) == text


def test_utf8_cut_in_the_middle_of_a_character_is_still_utf8():
    data = "Åsa Öberg".encode()[:-1]
    assert detect_encoding(data) == "utf-8"


@pytest.mark.parametrize("raw", ["a\r\nb\rc\nd", "a\r\n\r\nb"])
def test_newlines_normalised_and_nothing_else(raw):
    out = normalise_text(raw)
    assert "\r" not in out
    assert out.replace("\n", "") == raw.replace("\r", "").replace("\n", "")


def test_cp1252_and_bom_files(tmp_path):
    (tmp_path / "old.txt").write_bytes(("Rubrik\r\n\r\n" + SWEDISH).encode("cp1252"))
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + ("Rubrik\n\n" + SWEDISH).encode("utf-8"))
    articles = {a.doc_id: a for a in read_articles([tmp_path])}
    assert articles["old"].text == "Rubrik\n\n" + SWEDISH
    assert articles["bom"].text == "Rubrik\n\n" + SWEDISH
    assert not articles["bom"].text.startswith("\ufeff")


def test_cp1252_jsonl_and_csv(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(('{"text": "Åsa i Växjö – hej"}\n').encode("cp1252"))
    (tmp_path / "b.csv").write_bytes("text\n”Åsa i Växjö”\n".encode("cp1252"))
    texts = sorted(a.text for a in read_articles([tmp_path]))
    assert texts == ["Åsa i Växjö – hej", "”Åsa i Växjö”"]


def test_invisible_formatting_characters_are_removed():
    # a zero-width space before a name and a soft hyphen inside a title break names and words
    raw = "– Vi agerar, säger justitie\u00administer Eva Berg och \u200bIngemar Ek.\r\n"
    assert normalise_text(raw) == "– Vi agerar, säger justitieminister Eva Berg och Ingemar Ek.\n"
    assert normalise_text("Hej\u2060då\ufeff") == "Hejdå"
