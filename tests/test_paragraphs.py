"""Sentence starts at paragraph and line breaks (set before the parser runs)."""

import spacy

import nlp_pipeline.nlp.paragraphs  # noqa: F401


def starts(text):
    nlp = spacy.blank("sv")
    nlp.add_pipe("swedish_paragraph_breaks")
    doc = nlp(text)
    return [t.text for t in doc if t.is_sent_start], doc


def test_blank_line_starts_a_sentence_even_without_full_stop():
    first, doc = starts("Nytt bibliotek i Umeå\n\nkommunen inviger i helgen")
    assert "kommunen" in first
    space = [t for t in doc if t.is_space][0]
    assert space.is_sent_start is False  # the break belongs to the sentence before it


def test_single_line_break_before_a_dash_quote():
    first, _ = starts("Det säger hon\n– Vi är glada")
    assert "–" in first


def test_wrapped_line_inside_a_sentence_is_not_split():
    first, _ = starts("Kommunen ska bygga fler bostäder och\nkanske en skola")
    assert "kanske" not in first


def test_within_a_line_a_sentence_starts_only_after_end_punctuation():
    doc = spacy.blank("sv").add_pipe("swedish_paragraph_breaks")(
        spacy.blank("sv")("Det säger Eva Jansson chef Kulturen i Botkyrka. ”Nej.” Sen – Vi går?")
    )
    left_to_parser = [t.text for t in doc if t.is_sent_start is None]
    assert left_to_parser == ["”", "Sen"]  # the parser decides only after end punctuation
    assert [t.is_sent_start for t in doc if t.text == "Kulturen"] == [False]
    assert [t.is_sent_start for t in doc if t.text == "Vi"] == [False]
