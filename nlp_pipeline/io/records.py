"""What a reader yields: an :class:`Article` to analyse or a :class:`ReadError`.

Readers are lazy generators of these two records and know nothing of spaCy.
``Article.text`` is the document text as stored in the ``documents`` table:
decoded, newlines normalised to ``\\n``, nothing else changed.
"""

from __future__ import annotations

import dataclasses
import re
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
    # What a reader noticed but kept the document for ("extraction kept 40% of the visible text").
    warnings: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class ReadError:
    source: str | None
    reason: str
    line: int | None = None
    doc_id: str | None = None
    format: str | None = None
    stage: str = "read"


# ------------------------------------------------------------------ storable text
#
# Every string that reaches a table must be valid Unicode (UTF-8): a file name that
# is not UTF-8 reaches Python with its bad bytes as lone surrogates ("surrogateescape",
# U+DC80-U+DCFF), and JSON can spell a lone surrogate ("\udcff"). Neither can be
# written to Parquet, CSV or JSONL.

_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPE = re.compile(r"\\(?:\\|x[0-9a-fA-F]{2}|u[dD][89a-fA-F][0-9a-fA-F]{2})")


def has_surrogates(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def escape_name(name: str) -> str:
    """A path or id as storable text: unchanged when it is valid Unicode, else escaped.

    In a name that needs escaping, a byte that is not UTF-8 (a surrogate-escaped
    ``\\udcNN``, as ``os.listdir`` and ``sys.argv`` give them) becomes ``\\xNN``, any other
    lone surrogate ``\\udNNN``, and a backslash ``\\\\``; :func:`raw_name` undoes it.

    >>> escape_name("bad\\udcffbyte.txt")
    'bad\\\\xffbyte.txt'
    """
    if _SURROGATE.search(name) is None:
        return name
    out = []
    for ch in name:
        code = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif 0xDC80 <= code <= 0xDCFF:
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)


def raw_name(name: str) -> bytes:
    """The bytes of the file name that :func:`escape_name` escaped (``os.fsencode`` of the original).

    Exact for every name ``escape_name`` changed (those with a ``\\xNN``); a name it left
    alone is its UTF-8 encoding, unless it holds a literal ``\\\\`` or ``\\xNN``.
    """
    parts: list[bytes] = []
    pos = 0
    for m in _ESCAPE.finditer(name):
        parts.append(name[pos : m.start()].encode("utf-8"))
        esc = m.group()
        if esc == "\\\\":
            parts.append(b"\\")
        elif esc[1] == "x":
            parts.append(bytes([int(esc[2:], 16)]))
        else:
            parts.append(chr(int(esc[2:], 16)).encode("utf-8", "surrogatepass"))
        pos = m.end()
    parts.append(name[pos:].encode("utf-8"))
    return b"".join(parts)


def clean_text(text: str) -> str:
    """Lone surrogates become U+FFFD, one character for one, so character offsets stay valid."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) is not None else text


def clean_value(value: Any) -> Any:
    """:func:`clean_text` through strings, lists and dicts (keys too); anything else as it is."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_value(k): clean_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(clean_value(v) for v in value)
    return value


def storable(record: Article | ReadError) -> Article | ReadError:
    """``record`` with every string storable: ids and sources escaped, texts cleaned (in place)."""
    if record.doc_id is not None:
        record.doc_id = escape_name(record.doc_id)
    if record.source is not None:
        record.source = escape_name(record.source)
    if isinstance(record, Article):
        record.text = clean_text(record.text)
        for field in ("title", "date", "author", "url"):
            value = getattr(record, field)
            if value is not None:
                setattr(record, field, clean_text(value))
        if record.metadata:
            record.metadata = clean_value(record.metadata)
    else:
        record.reason = escape_name(record.reason)
    return record
