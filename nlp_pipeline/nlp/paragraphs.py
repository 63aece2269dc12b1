"""Sentence-break constraints set before the parser runs.

The parser respects sentence starts that are already set (``True``) or ruled out
(``False``), so this component narrows its choices to what Swedish news text allows:

* after a line break: a new sentence always after a blank line, and after a
  single line break when the next line opens with a quote dash or quotation mark,
  or starts with a capital letter or a number after a line that does not end in a
  comma or a conjunction (headlines, bylines and dash-quote lines stand alone,
  often without a full stop; a wrapped line does not);
* within a line: a sentence can only start after end punctuation (``. ! ? … :``),
  possibly followed by a closing quotation mark or bracket, so the parser never
  splits ``chef Kulturen`` or a quote dash from its first word;
* one exception: a heading run into the first sentence of its paragraph
  (``Pensionsförmåner Såväl folkpensioneringen …``) ends where a capitalised
  function word follows a lower-case word (``_after_heading``).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IS_ALPHA, IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

OPENERS = {"-", "--", "–", "—", "”", "»", '"', "“", "„", "•", "*"}
CONTINUES = {",", ";", "och", "eller", "men", "att", "som"}
SENTENCE_END = {".", "!", "?", "…", ":", "...", "!?", "?!"}
CLOSERS = {"”", "»", "«", '"', "'", ")", "]", "’"}


def _sentence_ends(texts: list[str], spaces: list[int]) -> list[bool]:
    """For each token: can a sentence end after it (end punctuation, maybe then closers)?"""
    ends = []
    for i, text in enumerate(texts):
        while i > 0 and text in CLOSERS and not spaces[i - 1]:
            i -= 1  # a closing mark glued to what it closes
            text = texts[i]
        ends.append(text in SENTENCE_END or text.endswith((".", "!", "?")))
    return ends


# A heading glued to the first sentence of its paragraph ("Pensionsförmåner Såväl
# folkpensioneringen som ATP ger ..."): mid-sentence Swedish capitalises names only,
# so a capitalised function word (its lemma in lower case, which a name's is not)
# after a lower-case word, within the first HEADING_MAX tokens of a paragraph and
# before any end punctuation, opens the sentence after the heading.
HEADING_MAX = 12
OPENS_A_SENTENCE = {"DET", "PRON", "ADP", "SCONJ", "ADV"}
ENDS_A_HEADING = {"NOUN", "ADJ", "VERB", "PROPN", "NUM", "ADV"}


def _after_heading(doc: Doc, i: int, heading: int, title: list[int], alpha_or_num: list[bool]) -> bool:
    """Does token ``i`` open a sentence after ``heading`` tokens of an unpunctuated
    paragraph opening? Uses the morphologizer's and lemmatizer's annotation."""
    if not (0 < heading <= HEADING_MAX and title[i] and alpha_or_num[i - 1]):
        return False  # the cheap tests first: this runs for every token of a heading
    tok, prev = doc[i], doc[i - 1]
    return (
        tok.pos_ in OPENS_A_SENTENCE
        and tok.lemma_[:1].islower()
        and prev.pos_ in ENDS_A_HEADING
        and (heading == 1 or not title[i - 1])
    )


@Language.component("swedish_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    if len(doc) < 2:
        return doc
    # Token attributes read once: Token objects are slow to make in a per-token loop.
    texts = [t.text for t in doc]
    flags = doc.to_array([IS_SPACE, IS_TITLE, IS_UPPER, LIKE_NUM, IS_ALPHA, SPACY])
    space, title, upper, num, alpha, spaces = flags.T.tolist()
    alpha_or_num = [a or n for a, n in zip(alpha, num)]
    ends = _sentence_ends(texts, spaces)
    starts = doc.to_array([SENT_START]).astype("int64").tolist()  # 1 start, -1 not, 0 parser decides

    heading = 1  # tokens since the paragraph opened, until end punctuation closes its first sentence
    for i in range(1, len(doc)):
        text, prev = texts[i], texts[i - 1]
        after_end = ends[i - 1]
        if heading:
            heading = 0 if after_end else heading + 1
        if space[i - 1] and "\n" in prev:
            if space[i]:
                continue
            blank_line = prev.count("\n") >= 2
            if (
                blank_line
                or i == 1
                or text in OPENERS
                or text[:1] in OPENERS
                or (texts[i - 2].lower() not in CONTINUES and (title[i] or upper[i] or num[i]))
            ):
                starts[i] = 1
                heading = 1
            elif not ends[i - 2]:
                starts[i] = -1
        elif space[i] and "\n" in text:
            starts[i] = -1  # a line break closes the sentence before it
        elif text in CLOSERS and not spaces[i - 1]:
            starts[i] = -1  # a closing quotation mark glued to the full stop
        elif _after_heading(doc, i, heading - 1, title, alpha_or_num):
            starts[i] = 1
            heading = 0
        elif not after_end:
            starts[i] = -1
    return doc.from_array([SENT_START], numpy.asarray(starts, dtype="int64").astype("uint64"))
