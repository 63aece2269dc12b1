"""What a reader yields: an :class:`Article` to analyse or a :class:`ReadError`.

Readers are lazy generators of these two records and know nothing of spaCy.
``Article.text`` is the document text as stored in the ``documents`` table:
decoded, newlines normalised to ``\\n``, nothing else changed.
"""

from __future__ import annotations

import dataclasses
from typing import Any


@dataclasses.dataclass
class Article:
    doc_id: str
    text: str
    source: str | None = None  # input path (or "<stdin>", "<text>", "archive.zip!member")
    line: int | None = None  # line/row/record number within the source, 1-based
    format: str | None = None  # reader that produced it: txt, html, jsonl, csv, parquet, warc, text, dataframe
    title: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    metadata: dict[str, Any] = dataclasses.field(default_factory=dict)
    boilerplate: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # char ranges in text


@dataclasses.dataclass
class ReadError:
    source: str | None
    reason: str
    line: int | None = None
    doc_id: str | None = None
    format: str | None = None
    stage: str = "read"
