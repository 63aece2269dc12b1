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


def tagged(words, pos, lemmas):
    """A Doc as the morphologizer and lemmatizer leave it, run through the component."""
    from spacy.tokens import Doc

    nlp = spacy.blank("sv")
    doc = Doc(nlp.vocab, words=words, pos=pos, lemmas=lemmas)
    return nlp.add_pipe("swedish_paragraph_breaks")(doc)


HEADING = (
    ["Pensionsförmåner", "Såväl", "folkpensioneringen", "som", "ATP", "ger", "pension", "."],
    ["NOUN", "ADV", "NOUN", "CCONJ", "PROPN", "VERB", "NOUN", "PUNCT"],
    ["pensionsförmån", "såväl", "folkpension", "som", "ATP", "ge", "pension", "."],
)


def test_a_heading_run_into_the_first_sentence_of_its_paragraph_stands_alone():
    doc = tagged(*HEADING)
    assert [t.text for t in doc if t.is_sent_start] == ["Pensionsförmåner", "Såväl"]


def test_a_longer_heading_ends_before_a_capitalised_function_word():
    words = ["Förtida", "uttag", "ger", "lägre", "pension", "Den", "som", "tar", "ut", "den", "tidigt", "."]
    pos = ["ADJ", "NOUN", "VERB", "ADJ", "NOUN", "PRON", "PRON", "VERB", "ADP", "PRON", "ADV", "PUNCT"]
    lemmas = ["förtida", "uttag", "ge", "låg", "pension", "den", "som", "ta", "ut", "den", "tidigt", "."]
    assert [t.text for t in tagged(words, pos, lemmas) if t.is_sent_start] == ["Förtida", "Den"]


def test_no_heading_split_after_the_first_sentence_of_a_paragraph():
    words, pos, lemmas = HEADING
    doc = tagged(["Han", "kom", "."] + words, ["PRON", "VERB", "PUNCT"] + pos, ["han", "komma", "."] + lemmas)
    assert [t.is_sent_start for t in doc if t.text == "Såväl"] == [False]


def test_names_are_not_taken_for_the_start_of_a_sentence():
    # a name the tagger calls ADV keeps its capital in the lemma; a proper noun is no function word
    words = ["Socialisten", "sade", "i", "programmet", "Évole", "att", "Spanien", "är", "rikt", "."]
    pos = ["NOUN", "VERB", "ADP", "NOUN", "ADV", "SCONJ", "PROPN", "AUX", "ADJ", "PUNCT"]
    lemmas = ["socialist", "säga", "i", "program", "Évole", "att", "Spanien", "vara", "rik", "."]
    assert [t.text for t in tagged(words, pos, lemmas) if t.is_sent_start] == ["Socialisten"]
    # nor the second word of a name: "ett hotell i Beverly Hills"
    words = ["Han", "bodde", "på", "ett", "hotell", "i", "Beverly", "Under", "tiden", "."]
    pos = ["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "PUNCT"]
    lemmas = ["han", "bo", "på", "en", "hotell", "i", "Beverly", "under", "tid", "."]
    assert [t.text for t in tagged(words, pos, lemmas) if t.is_sent_start] == ["Han"]


def test_a_heading_is_at_most_twelve_tokens_long():
    words = ["ett"] * 13 + ["Såväl", "hon", "som", "han", "."]
    pos = ["NOUN"] * 13 + ["ADV", "PRON", "CCONJ", "PRON", "PUNCT"]
    lemmas = ["ett"] * 13 + ["såväl", "hon", "som", "han", "."]
    assert [t.is_sent_start for t in tagged(words, pos, lemmas) if t.text == "Såväl"] == [False]
