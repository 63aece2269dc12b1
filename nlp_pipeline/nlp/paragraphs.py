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
  splits ``chef Kulturen`` or a quote dash from its first word.
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


@Language.component("swedish_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    for i, tok in enumerate(doc):
        if i == 0:
            continue
        prev = doc[i - 1]
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
            elif not _ends_sentence(doc, i - 2):
                tok.is_sent_start = False
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False  # a line break closes the sentence before it
        elif tok.text in CLOSERS and not prev.whitespace_:
            tok.is_sent_start = False  # a closing quotation mark glued to the full stop
        elif not _ends_sentence(doc, i - 1):
            tok.is_sent_start = False
    return doc
