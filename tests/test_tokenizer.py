"""Swedish news tokenisation: the tokenizer rules that ship with the bundled model."""

import pytest
import spacy

from nlp_pipeline.nlp.tokenizer import add_swedish_news_rules


@pytest.fixture(scope="module")
def tok():
    return add_swedish_news_rules(spacy.blank("sv")).tokenizer


def words(tok, text):
    return [t.text for t in tok(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("-Vi vill bygga.", ["-", "Vi", "vill", "bygga", "."]),
        ("–Vår styrka", ["–", "Vår", "styrka"]),
        ("—Vi ger inte upp", ["—", "Vi", "ger", "inte", "upp"]),
        ("--Det här är bra", ["--", "Det", "här", "är", "bra"]),
        ("-- Det här är bra", ["--", "Det", "här", "är", "bra"]),
        ("– Vi har bl a besökt", ["–", "Vi", "har", "bl", "a", "besökt"]),
    ],
)
def test_quote_dash_comes_off_the_first_word(tok, text, expected):
    assert words(tok, text) == expected


def test_hyphen_inside_and_before_numbers_stays(tok):
    assert words(tok, "på 1990-talet") == ["på", "1990-talet"]
    assert words(tok, "minus -10 grader") == ["minus", "-10", "grader"]
    assert words(tok, "Stockholm-Göteborg") == ["Stockholm-Göteborg"]


@pytest.mark.parametrize("abbr", ["bl.a.", "t.ex.", "m.m.", "osv.", "St.", "d.v.s.", "s.k.", "f.d.", "ca.", "nr."])
def test_dotted_abbreviations_are_one_token(tok, abbr):
    assert words(tok, f"Det gäller {abbr} Louis") == ["Det", "gäller", abbr, "Louis"]


def test_dotless_abbreviations_get_a_norm(tok):
    doc = tok("Det stängdes pga storm och dvs inget tåg")
    assert doc[2].text == "pga" and doc[2].norm_ == "på grund av"
    assert doc[5].norm_ == "det vill säga"


def test_genitive_after_colon(tok):
    assert words(tok, "EU:s och SVT:s beslut") == ["EU:s", "och", "SVT:s", "beslut"]


def test_ordinals_times_decades(tok):
    assert words(tok, "den 46:e gången kl. 22.30 på 1990-talet") == [
        "den", "46:e", "gången", "kl.", "22.30", "på", "1990-talet",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("”Vi måste agera”, säger hon.", ["”", "Vi", "måste", "agera", "”", ",", "säger", "hon", "."]),
        ("»Nej» och »ja«", ["»", "Nej", "»", "och", "»", "ja", "«"]),
        ("Han sa: ”Hej.”", ["Han", "sa", ":", "”", "Hej", ".", "”"]),
        ("„Gut“ sa han", ["„", "Gut", "“", "sa", "han"]),
    ],
)
def test_swedish_quotation_marks(tok, text, expected):
    assert words(tok, text) == expected


def test_tokens_cover_text_exactly(tok):
    text = "-Vi vill, sa hon.\n\n– Vår styrka är EU:s stöd."
    doc = tok(text)
    assert doc.text == text
