"""Very long documents: split at paragraph boundaries, process the pieces, shift the offsets back.

spaCy refuses texts over ``nlp.max_length`` characters (and the parser's memory grows
with the text), so a document longer than ``max_chars`` is cut into pieces under that
limit: at blank lines (paragraphs) first, then at single newlines, then after a
sentence end or a space, and only as a last resort in the middle of a word. Each piece
goes through the pipeline on its own (the white space of a break begins the next piece,
so that no piece ends in a sentence of its own); :class:`PieceMerger` shifts every offset
(entities, quotes, speaker mentions) by the piece's start, renumbers entity and quote
ids, sentence and paragraph indices, and merges the people and organisations of the
pieces, so every table still indexes into the full ``documents.text``.

Memory: the pieces go through the pipeline one at a time and each piece's Doc and rows are
dropped once merged, so a worker's peak is that of one piece plus the document's merged rows
(its entities and quotes), whatever the document's length (bench/long_docs.py).

Known limit: a pronoun or surname in one piece is not linked to a name given in an
earlier piece (each piece is linked on its own).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import Any

from . import tables as T
from .io.records import Article

DEFAULT_MAX_CHARS = 100_000
_BREAKS = [re.compile(r"\n[ \t]*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s"), re.compile(r"\s")]


def split_text(text: str, max_chars: int = DEFAULT_MAX_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` ranges covering ``text`` exactly, each at most ``max_chars`` long."""
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    pieces: list[tuple[int, int]] = []
    start, n = 0, len(text)
    while start < n:
        if n - start <= max_chars:
            pieces.append((start, n))
            break
        window = text[start : start + max_chars]
        cut = None
        for pattern in _BREAKS:
            last = None
            for last in pattern.finditer(window):  # noqa: B007  (the last match is wanted)
                pass
            if last is not None and last.start() > max_chars // 4:  # not a tiny piece
                cut = start + last.start()  # the break's white space begins the next piece
                break
        if cut is None or cut <= start:
            cut = start + max_chars  # no break anywhere: cut inside a word
        pieces.append((start, cut))
        start = cut
    return pieces


def piece_article(article: Article, start: int, end: int, index: int) -> Article:
    """The piece as an Article of its own (boilerplate spans clipped and shifted into it)."""
    spans = [(max(s, start) - start, min(e, end) - start) for s, e in article.boilerplate if s < end and start < e]
    return dataclasses.replace(
        article, text=article.text[start:end], boilerplate=spans, metadata={}, doc_id=article.doc_id
    )


class PieceMerger:
    """One document's rows, built piece by piece: :meth:`add` each piece's rows as soon as they are
    made (in order), :meth:`result` at the end. Only the merged rows are held, not the pieces'
    (whose ``documents`` row carries the piece's text)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.entities: list[dict[str, Any]] = []
        self.quotes: list[dict[str, Any]] = []
        self.people: dict[str, dict[str, Any]] = {}
        self.orgs: dict[str, dict[str, Any]] = {}
        self.n_tokens = self.n_sentences = 0
        self._breaks = _BREAKS[0].finditer(article.text)  # the paragraph breaks, read once along the pieces
        self._next_break = next(self._breaks, None)
        self._paragraphs = 0  # paragraph breaks that end before the current piece

    def add(self, start: int, part: T.DocRows) -> None:
        """The rows of the piece that begins at ``start`` (offsets into the piece)."""
        doc_id = self.article.doc_id
        while self._next_break is not None and self._next_break.end() <= start:
            self._paragraphs += 1
            self._next_break = next(self._breaks, None)
        para0, n_sentences = self._paragraphs, self.n_sentences
        entities, quotes, people, orgs = self.entities, self.quotes, self.people, self.orgs
        for e in part.entities:
            e = dict(e)
            e["start_char"] += start
            e["end_char"] += start
            e["sentence"] = (e["sentence"] or 0) + n_sentences
            e["entity_id"] = f"{doc_id}#e{len(entities) + 1}"
            entities.append(e)
        for q in part.quotes:
            q = dict(q)
            for key in ("start_char", "end_char", "speaker_mention_start", "speaker_mention_end"):
                if q.get(key) is not None:
                    q[key] = int(q[key]) + start
            if q.get("paragraph") is not None:
                q["paragraph"] = int(q["paragraph"]) + para0
            q["quote_id"] = f"{doc_id}#q{len(quotes) + 1}"
            quotes.append(q)
        for p in part.people:
            acc = people.get(p["person_id"])
            if acc is None:
                people[p["person_id"]] = {
                    **p,
                    "variants": Counter(p["variants"]),
                    "roles": Counter(p["roles"]),
                    "affiliations": Counter(p["affiliations"]),
                    "genders": Counter(p["genders"]),
                    "parties": Counter(p.get("parties", {})),
                    "wikidata": Counter(p.get("wikidata", {})),
                }
                continue
            acc["variants"].update(p["variants"])
            acc["roles"].update(p["roles"])
            acc["affiliations"].update(p["affiliations"])
            acc["genders"].update(p["genders"])
            acc["parties"].update(p.get("parties", {}))
            acc["wikidata"].update(p.get("wikidata", {}))
            acc["n_mentions"] += p["n_mentions"]
            acc["n_quotes"] += p["n_quotes"]
        for o in part.organisations:
            acc = orgs.get(o["org_id"])
            if acc is None:
                orgs[o["org_id"]] = {
                    **o,
                    "variants": Counter(o["variants"]),
                    "people": dict(o["people"]),
                    "types": Counter(o.get("types", {})),
                    "wikidata": Counter(o.get("wikidata", {})),
                }
                continue
            acc["variants"].update(o["variants"])
            acc["types"].update(o.get("types", {}))
            acc["wikidata"].update(o.get("wikidata", {}))
            acc["n_mentions"] += o["n_mentions"]
            acc["n_quotes"] += o["n_quotes"]
            for k, v in o["people"].items():
                acc["people"].setdefault(k, v)
        self.n_tokens += part.document.get("n_tokens") or 0
        self.n_sentences += part.document.get("n_sentences") or 0

    def result(self) -> T.DocRows:
        document = T.document_row(
            self.article,
            n_tokens=self.n_tokens,
            n_sentences=self.n_sentences,
            n_entities=len(self.entities),
            n_quotes=len(self.quotes),
        )
        return T.DocRows(document, self.entities, self.quotes, list(self.people.values()), list(self.orgs.values()))


def merge_piece_rows(article: Article, pieces: list[tuple[int, int]], rows: list[T.DocRows]) -> T.DocRows:
    """One document's rows from the rows of its pieces (offsets into the full text)."""
    merger = PieceMerger(article)
    for (start, _end), part in zip(pieces, rows):
        merger.add(start, part)
    return merger.result()
