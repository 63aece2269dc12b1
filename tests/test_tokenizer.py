"""Swedish news tokenisation: the tokenizer rules that ship with the bundled model."""

import pickle

import pytest
import spacy

from nlp_pipeline.nlp.tokenizer import SwedishNewsTokenizer, add_swedish_news_rules

NEWS_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "nlp_pipeline.swedish_news_tokenizer.v1"}}}


@pytest.fixture(scope="module")
def tok():
    """The tokenizer as the training config builds it: the news tokenizer with the rules."""
    return add_swedish_news_rules(spacy.blank("sv", config=NEWS_TOKENIZER)).tokenizer


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
        ("– Vi har bl a besökt", ["–", "Vi", "har", "bl a", "besökt"]),
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
        "den",
        "46:e",
        "gången",
        "kl.",
        "22.30",
        "på",
        "1990-talet",
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


@pytest.mark.parametrize(
    "abbr, norm",
    [
        ("bl a", "bland annat"),
        ("Bl a", "bland annat"),
        ("t ex", "till exempel"),
        ("d v s", "det vill säga"),
        ("fr o m", "från och med"),
        ("s k", "så kallad"),
        ("t o m", "till och med"),
    ],
)
def test_spaced_abbreviations_are_one_token_with_a_norm(tok, abbr, norm):
    doc = tok(f"Det gäller {abbr} Louis")
    assert [t.text for t in doc] == ["Det", "gäller", abbr, "Louis"]
    assert doc[2].norm_ == norm and doc[2].whitespace_ == " "


@pytest.mark.parametrize(
    "text, expected",
    [
        ("päron o s v. Sedan", ["päron", "o s v", ".", "Sedan"]),  # spaCy alone glues "v." together
        ("gäller bl a. Han", ["gäller", "bl a", ".", "Han"]),
        ("och m m. Det", ["och", "m m", ".", "Det"]),
        ("sa v. Han", ["sa", "v.", "Han"]),  # no spaced abbreviation: "v." stays as spaCy has it
        ("o s v.x", ["o", "s", "v.x"]),
    ],
)
def test_a_full_stop_after_a_spaced_abbreviation_is_its_own_token(tok, text, expected):
    doc = tok(text)
    assert [t.text for t in doc] == expected and doc.text == text


def test_letters_that_only_look_like_a_spaced_abbreviation_stay_apart(tok):
    assert words(tok, "T EX och t  ex och b l a") == ["T", "EX", "och", "t", " ", "ex", "och", "b", "l", "a"]


def test_the_news_tokenizer_survives_saving_loading_and_pickling(tmp_path):
    nlp = add_swedish_news_rules(spacy.blank("sv", config=NEWS_TOKENIZER))
    nlp.to_disk(tmp_path)
    for copy in (spacy.load(tmp_path), pickle.loads(pickle.dumps(nlp))):  # pickled for worker processes
        assert isinstance(copy.tokenizer, SwedishNewsTokenizer)
        assert [t.text for t in copy("-Vi har bl a EU:s stöd")] == ["-", "Vi", "har", "bl a", "EU:s", "stöd"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chris O’Neill kom hem.", ["Chris", "O’Neill", "kom", "hem", "."]),
        ("D’Artagnan och N’Golo Kanté", ["D’Artagnan", "och", "N’Golo", "Kanté"]),
        # a typographic single quote is still split off
        ("Hon sa ’Hej’ och gick.", ["Hon", "sa", "’", "Hej", "’", "och", "gick", "."]),
    ],
)
def test_a_name_with_an_apostrophe_is_one_word(tok, text, expected):
    assert words(tok, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Se [Freedom Award Winners](https://www.state.gov/award) nu.",
            ["Se", "[", "Freedom", "Award", "Winners", "]", "(", "https://www.state.gov", "/", "award", ")", "nu", "."],
        ),
        ("[läs mer](http://x.se).", ["[", "läs", "mer", "]", "(", "http://x.se", ")", "."]),
        # brackets and parentheses elsewhere are as before
        ("listan [sic] (Stockholm)", ["listan", "[", "sic", "]", "(", "Stockholm", ")"]),
        ("f(x) och a[i]", ["f", "(", "x", ")", "och", "a", "[", "i", "]"]),
    ],
)
def test_a_markdown_link_splits_from_its_url(tok, text, expected):
    assert words(tok, text) == expected


def test_the_bundled_model_has_the_rules(nlp):
    assert [t.text for t in nlp.tokenizer("Chris O’Neill kom hem.")][:2] == ["Chris", "O’Neill"]
    assert [t.text for t in nlp.tokenizer("[Award Winners](https://x.se)")][:5] == ["[", "Award", "Winners", "]", "("]
