"""Sentence breaks at paragraph and line boundaries, set before the parser runs.

News text puts headlines, bylines and dash-quote paragraphs on lines of their own,
often without a full stop. The parser respects sentence starts that are already
set, so this component marks the first token after a line break as a sentence
start: always after a blank line, and after a single line break when the next line
opens with a quote dash or quotation mark, or the previous line ends a sentence or
has no end punctuation at all (a heading).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

OPENERS = {"-", "--", "–", "—", "”", "»", "\"", "“", "„", "•", "*"}
CONTINUES = {",", ";", "och", "eller", "men", "att", "som"}


@Language.component("swedish_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    for i, tok in enumerate(doc[:-1]):
        if not tok.is_space or "\n" not in tok.text:
            continue
        nxt = doc[i + 1]
        if nxt.is_space:
            continue
        if i > 0:
            tok.is_sent_start = False  # the line break closes the sentence before it
        blank_line = tok.text.count("\n") >= 2
        prev = doc[i - 1] if i > 0 else None
        if blank_line or prev is None or nxt.text in OPENERS or nxt.text[:1] in OPENERS:
            nxt.is_sent_start = True
        elif prev.text.lower() not in CONTINUES and (nxt.is_title or nxt.is_upper or nxt.like_num):
            nxt.is_sent_start = True
    return doc
