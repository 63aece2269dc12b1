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

from spacy.language import Language
from spacy.tokens import Doc

OPENERS = {"-", "--", "–", "—", "”", "»", "\"", "“", "„", "•", "*"}
CONTINUES = {",", ";", "och", "eller", "men", "att", "som"}
SENTENCE_END = {".", "!", "?", "…", ":", "...", "!?", "?!"}
CLOSERS = {"”", "»", "«", "\"", "'", ")", "]", "’"}


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Can a sentence end after token ``i`` (end punctuation, maybe then closers)?"""
    while i > 0 and doc[i].text in CLOSERS and not doc[i - 1].whitespace_:
        i -= 1  # a closing mark glued to what it closes
    return i >= 0 and (doc[i].text in SENTENCE_END or doc[i].text.endswith((".", "!", "?")))


# A heading glued to the first sentence of its paragraph ("Pensionsförmåner Såväl
# folkpensioneringen som ATP ger ..."): mid-sentence Swedish capitalises names only,
# so a capitalised function word (its lemma in lower case, which a name's is not)
# after a lower-case word, within the first HEADING_MAX tokens of a paragraph and
# before any end punctuation, opens the sentence after the heading.
HEADING_MAX = 12
OPENS_A_SENTENCE = {"DET", "PRON", "ADP", "SCONJ", "ADV"}
ENDS_A_HEADING = {"NOUN", "ADJ", "VERB", "PROPN", "NUM", "ADV"}


def _after_heading(doc: Doc, i: int, heading: int) -> bool:
    """Does token ``i`` open a sentence after ``heading`` tokens of an unpunctuated
    paragraph opening? Uses the morphologizer's and lemmatizer's annotation."""
    tok, prev = doc[i], doc[i - 1]
    return (
        0 < heading <= HEADING_MAX
        and tok.is_title
        and tok.pos_ in OPENS_A_SENTENCE
        and tok.lemma_[:1].islower()
        and (prev.is_alpha or prev.like_num)
        and prev.pos_ in ENDS_A_HEADING
        and (heading == 1 or not prev.is_title)
    )


@Language.component("swedish_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    heading = 0  # tokens since the paragraph opened, until end punctuation closes its first sentence
    for i, tok in enumerate(doc):
        if i == 0:
            heading = 1
            continue
        prev = doc[i - 1]
        after_end = _ends_sentence(doc, i - 1)
        if heading:
            heading = 0 if after_end else heading + 1
        if prev.is_space and "\n" in prev.text:
            if tok.is_space:
                continue
            before = doc[i - 2] if i > 1 else None
            blank_line = prev.text.count("\n") >= 2
            if (
                blank_line
                or before is None
                or tok.text in OPENERS
                or tok.text[:1] in OPENERS
                or (before.text.lower() not in CONTINUES and (tok.is_title or tok.is_upper or tok.like_num))
            ):
                tok.is_sent_start = True
                heading = 1
            elif not _ends_sentence(doc, i - 2):
                tok.is_sent_start = False
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False  # a line break closes the sentence before it
        elif tok.text in CLOSERS and not prev.whitespace_:
            tok.is_sent_start = False  # a closing quotation mark glued to the full stop
        elif _after_heading(doc, i, heading - 1):
            tok.is_sent_start = True
            heading = 0
        elif not after_end:
            tok.is_sent_start = False
    return doc
