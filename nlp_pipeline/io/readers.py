"""Lazy readers: each yields :class:`Article` or :class:`ReadError` records.

* ``txt`` (``.txt``, ``.md``): one article a file; ``doc_id`` is the path
  relative to the input root without extension.
* ``html``: main text extracted with trafilatura; title, date, author, url kept.
  Broken markup is mended first as a browser mends it (text after ``</html>``, a second
  ``<body>``; paragraphs an extra end tag left just outside the article are added back).
  When the text keeps less than half of the page's visible text, trafilatura's fallbacks
  are tried; still less is a warning (``Article.warnings``). A page with no article text
  (menus, links, a copyright line) is a ``ReadError``.
* ``jsonl``, ``csv``, ``tsv``, ``parquet``: one article a row; the text comes from
  ``text_field``, the id from ``id_field`` (default: ``doc_id`` or ``id`` when
  present, else ``<file>:<row>``); ``title``/``date``/``author``/``url`` fields fill
  their columns and every other field is kept as metadata.
* ``warc``: HTML responses of a WARC file (plain or gzipped), through the HTML reader.
* ``.gz``/``.bz2`` wrap any of these; ``.zip`` archives are read member by member.

A bad row or record yields a ``ReadError`` and reading goes on; a source that
cannot be read at all yields one ``ReadError`` after whatever it produced.

Sizes are capped, so that a small compressed file cannot fill the memory: one
document (a txt/html file or member, a JSONL line, a CSV/TSV row, a WARC record,
and anything that must be held in memory whole, such as a Parquet file read from a
``.gz``) may take at most ``max_document_bytes`` (default 200 MiB,
``NLP_PIPELINE_MAX_DOCUMENT_BYTES``), and a ``.gz``/``.bz2`` file or a zip member
may decompress to at most ``max_member_bytes`` (default 4 GiB,
``NLP_PIPELINE_MAX_MEMBER_BYTES``). Decompression is streamed and stops at the cap
(a zip member whose header declares more is refused before it is inflated); what
is over it is a ``ReadError``. ``0`` means no cap.
"""

from __future__ import annotations

import bz2
import contextlib
import csv
import dataclasses
import gzip
import io
import json
import math
import os
import re
import sys
import zipfile
from collections.abc import Iterator
from typing import Any, BinaryIO

from .boilerplate import boilerplate_spans, overlaps
from .decoding import decode_bytes, detect_encoding, normalise_text
from .records import Article, ReadError, clean_text, clean_value, escape_name
from .sources import ONE_ARTICLE, Source, detect_format, document_id

Record = Article | ReadError

TITLE_FIELDS = ("title", "headline", "rubrik")
DATE_FIELDS = ("date", "published", "datum")
AUTHOR_FIELDS = ("author", "byline", "författare")
URL_FIELDS = ("url", "link")
ID_FIELDS = ("doc_id", "id")
SAMPLE_BYTES = 1 << 16


DEFAULT_MAX_DOCUMENT_BYTES = 200 * 2**20
DEFAULT_MAX_MEMBER_BYTES = 4 * 2**30
MAX_DOCUMENT_ENV = "NLP_PIPELINE_MAX_DOCUMENT_BYTES"
MAX_MEMBER_ENV = "NLP_PIPELINE_MAX_MEMBER_BYTES"
READ_CHUNK = 1 << 22


def parse_size(text: str | int) -> int:
    """``"200M"``, ``"4G"``, ``"1048576"`` (bytes; K/M/G are powers of 1024); ``0`` means no cap."""
    if isinstance(text, int):
        n = text
    else:
        m = re.fullmatch(r"\s*(\d+)\s*([kKmMgG]?)(?:i?[bB])?\s*", text)
        if not m:
            raise ValueError(f"not a size: {text!r} (bytes, or a number with K, M or G)")
        n = int(m.group(1)) * 1024 ** " KMG".index(m.group(2).upper() or " ")
    if n < 0:
        raise ValueError(f"a size cannot be negative: {text!r}")
    return n or sys.maxsize


def _size_from_env(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return default
    try:
        return parse_size(value)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None


@dataclasses.dataclass
class ReadOptions:
    input_format: str | None = None  # override of extension-based detection
    text_field: str = "text"
    id_field: str | None = None
    # Caps in bytes (see the module docstring); None: the environment variable, else the default.
    max_document_bytes: int | None = None
    max_member_bytes: int | None = None

    def __post_init__(self) -> None:
        self.max_document_bytes = (
            _size_from_env(MAX_DOCUMENT_ENV, DEFAULT_MAX_DOCUMENT_BYTES)
            if self.max_document_bytes is None
            else parse_size(self.max_document_bytes)
        )
        self.max_member_bytes = (
            _size_from_env(MAX_MEMBER_ENV, DEFAULT_MAX_MEMBER_BYTES)
            if self.max_member_bytes is None
            else parse_size(self.max_member_bytes)
        )


class TooLarge(Exception):
    """More bytes than a cap allows; the message says which cap and how to change it."""


def _size(n: int) -> str:
    for unit, factor in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= factor:
            return f"{n / factor:.4g} {unit}"
    return f"{n} bytes"


def _too_large(what: str, limit: int, member: bool = False) -> TooLarge:
    if member:
        return TooLarge(
            f"{what} decompresses to more than {_size(limit)}, the cap per compressed file or "
            f"archive member ({MAX_MEMBER_ENV} or ReadOptions.max_member_bytes changes it)"
        )
    return TooLarge(
        f"{what} is larger than {_size(limit)}, the cap per document ({MAX_DOCUMENT_ENV} or "
        f"ReadOptions.max_document_bytes changes it)"
    )


class _Capped(io.RawIOBase):
    """A decompressing stream that fails with :class:`TooLarge` past ``limit`` bytes of output."""

    def __init__(self, raw: BinaryIO, limit: int, seekable: bool = False) -> None:
        super().__init__()
        self.raw, self.limit, self._seekable = raw, limit, seekable
        self.count = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:  # zip members (their size is checked before they are opened)
        return self._seekable and self.raw.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        if not self.seekable():
            raise io.UnsupportedOperation("seek")
        return self.raw.seek(offset, whence)

    def tell(self) -> int:
        return self.raw.tell() if self.seekable() else self.count

    def readinto(self, buffer) -> int:  # type: ignore[override]
        view = memoryview(buffer).cast("B")
        data = self.raw.read(len(view))
        n = len(data)
        view[:n] = data
        self.count += n
        if (self.raw.tell() if self.seekable() else self.count) > self.limit:
            raise _too_large("the input", self.limit, member=True)
        return n

    def close(self) -> None:
        try:
            self.raw.close()
        finally:
            super().close()


def _capped(raw: BinaryIO, limit: int, seekable: bool = False) -> BinaryIO:
    return io.BufferedReader(_Capped(raw, limit, seekable))  # type: ignore[return-value]


def _read_capped(stream: BinaryIO, limit: int, what: str) -> bytes:
    """All of ``stream``, or :class:`TooLarge` after reading at most ``limit + 1`` bytes (in pieces,
    so a small file does not reserve the whole cap)."""
    if limit >= sys.maxsize:
        return stream.read()
    chunks, total = [], 0
    while total <= limit:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise _too_large(what, limit)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_source(source: Source, options: ReadOptions | None = None) -> Iterator[Record]:
    """All records of one source; never raises for bad content."""
    options = options or ReadOptions()
    try:
        if source.wrappers and source.wrappers[0] == "zip":
            yield from _read_zip(source, options)
            return
        if source.format is None:
            yield ReadError(source=source.name, reason="unknown input format (use --input-format)")
            return
        reader = READERS.get(source.format)
        if reader is None:
            yield ReadError(source=source.name, reason=f"unknown input format {source.format!r}")
            return
        if source.size is not None:  # known before reading (a plain file; a zip member's header): refuse now
            if source.size > options.max_member_bytes and source.member:
                raise _too_large(f"the member ({source.size:,} bytes)", options.max_member_bytes, member=True)
            if source.size > options.max_document_bytes and source.format in ONE_ARTICLE and not source.wrappers:
                raise _too_large(f"the document ({source.size:,} bytes)", options.max_document_bytes)
        raw = source.open()
        try:
            yield from reader(_unwrap(raw, source.wrappers, options.max_member_bytes), source, options)
        finally:
            if raw is not sys.stdin.buffer:
                raw.close()
    except TooLarge as exc:
        yield ReadError(source=source.name, reason=str(exc), format=source.format, doc_id=document_id(source))
    except Exception as exc:  # unreadable file, corrupt archive, truncated .gz, ...
        # About one document (txt, html): its relative id, so that the errors and documents
        # rows name it as a good one would be named (not by its path).
        yield ReadError(
            source=source.name, reason=f"{type(exc).__name__}: {exc}", format=source.format, doc_id=document_id(source)
        )


def _unwrap(stream: BinaryIO, wrappers: tuple[str, ...], limit: int = sys.maxsize) -> BinaryIO:
    """Decompress ``.gz``/``.bz2`` layers as a stream; their output is capped at ``limit`` bytes."""
    wrapped = False
    for wrapper in wrappers:
        if wrapper == "gzip":
            stream = gzip.GzipFile(fileobj=stream)  # type: ignore[assignment]
            wrapped = True
        elif wrapper == "bz2":
            stream = bz2.BZ2File(stream)  # type: ignore[assignment]
            wrapped = True
    return _capped(stream, limit) if wrapped and limit < sys.maxsize else stream


def _in_memory(stream: BinaryIO, options: ReadOptions, what: str) -> BinaryIO:
    """A seekable stream: ``stream`` itself, or its bytes (capped) when it cannot seek."""
    if stream.seekable():
        return stream
    return io.BytesIO(_read_capped(stream, options.max_document_bytes, f"{what} to hold in memory"))


def _read_zip(source: Source, options: ReadOptions) -> Iterator[Record]:
    raw = source.open()
    stream = _in_memory(_unwrap(raw, source.wrappers[1:], options.max_member_bytes), options, "the zip archive")
    with raw, zipfile.ZipFile(stream) as archive:
        _, _, zip_stem = detect_format(source.rel)
        for info in sorted(archive.infolist(), key=lambda i: i.filename):
            if info.is_dir() or info.filename.split("/")[-1].startswith((".", "__MACOSX")):
                continue
            fmt, wrappers, _ = detect_format(info.filename, options.input_format)
            if fmt is None and "zip" not in wrappers:
                continue
            member = Source(
                name=f"{source.name}!{info.filename}",
                rel=f"{zip_stem}/{info.filename}",
                open=lambda n=info.filename: _capped(archive.open(n), options.max_member_bytes, seekable=True),
                format=fmt,
                wrappers=wrappers,
                size=info.file_size,
                member=True,
            )
            yield from read_source(member, options)  # refused from its header when it declares too much


def _stem(source: Source) -> str:
    return detect_format(source.rel)[2]


# ------------------------------------------------------------------ plain text


def _binary(data: bytes) -> bool:
    """NUL bytes without a UTF-16/32 byte-order mark: not a text file."""
    head = data[:8192]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def read_txt(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Record]:
    data = _read_capped(stream, options.max_document_bytes, "the document")
    if _binary(data):
        yield ReadError(
            source=source.name,
            doc_id=_stem(source),
            format="txt",
            reason="binary data, not text (wrong extension? use --input-format)",
        )
        return
    text = decode_bytes(data)
    spans = boilerplate_spans(text)
    yield Article(
        doc_id=_stem(source),
        text=text,
        source=source.name,
        format="txt",
        title=guess_title(text, spans),
        boilerplate=spans,
    )


def guess_title(text: str, boilerplate: list[tuple[int, int]]) -> str | None:
    """The first real line when it reads like a headline: short, no full stop, a blank line after."""
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        if not stripped or overlaps(boilerplate, start, start + len(line)):
            continue
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if len(stripped) <= 200 and not stripped.endswith((".", ":", ",", ";")) and not nxt.strip():
            return stripped
        return None
    return None


# ------------------------------------------------------------------ HTML

_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)

# The page's visible text, to check what the extractor kept: the text a browser shows in the
# body, less scripts, styles and the page's own chrome (navigation, header, footer, asides,
# forms), cut into blocks at block elements. Only blocks of MIN_BLOCK_WORDS words or more
# count: sentences, not menu items, buttons or bylines.
_HIDDEN = ("script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object", "select")
_CHROME = ("nav", "header", "footer", "aside", "form", "button", "menu", "dialog")
_BLOCK = {
    "address", "article", "blockquote", "body", "center", "dd", "div", "dl", "dt", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td", "th",
    "tr", "ul", "br",
}  # fmt: skip
# class or id words of page chrome (split at anything not a letter: "c-comments__list" has "comments")
_CHROME_MARKS = {
    "ad", "ads", "advert", "advertisement", "annons", "banner", "breadcrumb", "breadcrumbs", "comment", "comments",
    "consent", "cookie", "cookies", "footer", "header", "kommentarer", "menu", "meny", "nav", "navigation",
    "newsletter", "nyhetsbrev", "puff", "puffar", "related", "relaterat", "share", "sidebar", "social", "teaser",
    "teasers", "widget",
}  # fmt: skip
MIN_BLOCK_WORDS = 8
_ANCHOR_TAGS = ("p", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "div")
_ORPHAN_TAGS = ("p", "blockquote")
# Less than this share of the visible text's words in the extraction: try the extractor's
# fallbacks (trafilatura with favor_recall, then its baseline) and keep the one that kept most;
# still less than this share: a warning in documents.warnings.
KEPT_TRY_FALLBACK = 0.5
KEPT_WARN = 0.5
# A page whose extracted text, outside boilerplate and link texts, has no line of
# MAIN_LINE_WORDS words and fewer than MAIN_TEXT_WORDS words in all has no article text.
MAIN_LINE_WORDS = 6
MAIN_TEXT_WORDS = 15
_WORD = re.compile(r"\w+")
_BODY_END = re.compile(r"</(?:body|html)\s*>", re.I)
_BODY_START = re.compile(r"<body\b[^>]*>", re.I)
_NOT_CONTENT = re.compile(r"<!--.*?(?:-->|$)|</?(?:body|html)\b[^>]*>|\s+", re.I | re.S)


def repair_html(html: str) -> str:
    """``html`` with the body made whole, as a browser makes it.

    Text after a premature ``</body>``/``</html>``, or in a second ``<body>``, is shown by a
    browser as part of the body; lxml drops what follows ``</html>`` and puts a second body
    where the extractor never looks, so the page's last paragraphs were lost without a word.
    Such end tags (when something follows them) and every ``<body>`` tag after the first are
    removed; a well-formed page is returned unchanged.
    """
    m = _BODY_END.search(html)
    if m and _NOT_CONTENT.sub("", html[m.end() :]):
        html = _BODY_END.sub("", html)
    starts = list(_BODY_START.finditer(html))
    if len(starts) > 1:
        html = html[: starts[1].start()] + _BODY_START.sub("", html[starts[1].start() :])
    return html


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _page_tree(html: str):
    from trafilatura.utils import load_html

    try:
        return load_html(html)
    except Exception:  # an unparsable page: nothing to compare with
        return None


def _is_chrome(el) -> bool:
    """Hidden, or the page's chrome: by tag, or by a class or id such as "comments" or "related"."""
    if el.tag.lower() in ("html", "body"):
        return False
    if el.tag.lower() in _HIDDEN or el.tag.lower() in _CHROME:
        return True
    marks = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    return bool(marks.strip()) and not _CHROME_MARKS.isdisjoint(re.split(r"[^a-zåäö]+", marks))


def visible_blocks(tree) -> list[str]:
    """The blocks of visible text of the page (each of MIN_BLOCK_WORDS words or more)."""
    if tree is None:
        return []
    import copy

    tree = copy.deepcopy(tree)
    chrome = [el for el in tree.iter() if isinstance(el.tag, str) and _is_chrome(el)]
    for el in [*chrome, *tree.iter("a")]:  # link texts: menus and teasers, not the article
        if el.getparent() is not None:
            tail = el.tail
            parent = el.getparent()
            prev = el.getprevious()
            parent.remove(el)
            if tail:  # the text after the removed element stays
                if prev is not None:
                    prev.tail = (prev.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
    for el in tree.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCK:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    blocks = []
    for body in tree.iter("body"):
        for line in "".join(body.itertext()).split("\n"):
            line = " ".join(line.split())
            if len(line.split()) >= MIN_BLOCK_WORDS:
                blocks.append(line)
    return blocks


def kept_share(text: str, blocks: list[str]) -> float:
    """The share of the words of ``blocks`` that ``text`` has (as a multiset of lower-case words)."""
    from collections import Counter

    visible = Counter(w for b in blocks for w in _words(b))
    total = sum(visible.values())
    if not total:
        return 1.0
    return sum((visible & Counter(_words(text))).values()) / total


def link_texts(tree) -> set[str]:
    """The texts of the page's links, space-normalised (the menu items of a navigation page)."""
    if tree is None:
        return set()
    return {" ".join(a.text_content().split()) for a in tree.iter("a")} - {""}


def has_main_text(text: str, boilerplate: list[tuple[int, int]], links: set[str]) -> bool:
    """Some text outside boilerplate and link texts: a line of MAIN_LINE_WORDS words, or
    MAIN_TEXT_WORDS words in all (a page of menu items and a copyright line has none)."""
    pos, total = 0, 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = " ".join(line.split())
        if not stripped or stripped in links or overlaps(boilerplate, start, start + len(line)):
            continue
        n = len(_words(stripped))
        if n >= MAIN_LINE_WORDS:
            return True
        total += n
    return total >= MAIN_TEXT_WORDS


def _norm(text: str) -> str:
    return " ".join(text.split())


def _link_share(el) -> float:
    words = len(_words(el.text_content()))
    return sum(len(_words(a.text_content())) for a in el.iter("a")) / words if words else 1.0


def orphaned_paragraphs(tree, text: str) -> list[str]:
    """Paragraphs that broken markup put just outside the article: the ``<p>``/``<blockquote>``
    elements that directly follow the element holding the extraction's last paragraph (or the
    nearest of its containers that has anything after it), as an extra ``</div>`` or
    ``</article>`` leaves them. The extractor takes the container and drops them."""
    lines = [_norm(line) for line in text.split("\n") if line.strip()]
    if tree is None or not lines:
        return []
    anchor = next((el for el in tree.iter(*_ANCHOR_TAGS) if _norm(el.text_content()) == lines[-1]), None)
    if anchor is None:
        return []
    while True:  # the innermost element with that text (a <div> around one <p>: the <p>)
        inner = [el for el in anchor if isinstance(el.tag, str) and _norm(el.text_content()) == lines[-1]]
        if not inner:
            break
        anchor = inner[0]
    have, out = set(lines), []
    level = anchor.getparent()
    while level is not None and level.tag not in ("body", "html"):
        following = [el for el in level.itersiblings() if isinstance(el.tag, str)]
        if not following:
            level = level.getparent()
            continue
        for el in following:
            para = _norm(el.text_content())
            if (
                el.tag not in _ORPHAN_TAGS
                or len(para.split()) < MIN_BLOCK_WORDS
                or para in have
                or _link_share(el) > 0.3
            ):
                break
            out.append(para)
        break
    return out


def _paragraphs(body: str) -> str:
    # One paragraph a line in trafilatura's output; a blank line between paragraphs
    # is what the rest of the pipeline (and the txt archives) use.
    return "\n\n".join(part.strip() for part in normalise_text(body).split("\n") if part.strip())


def _fallbacks(html: str, url: str | None) -> Iterator[str]:
    """The texts of trafilatura's fallback extractors, most precise first."""
    import trafilatura

    try:
        recall = trafilatura.bare_extraction(
            html, url=url, favor_recall=True, include_comments=False, include_tables=False
        )
        if recall is not None and (recall.text or "").strip():
            yield recall.text
    except Exception:
        pass
    try:
        yield trafilatura.baseline(html)[1] or ""
    except Exception:
        pass


def html_to_article(
    html: str,
    doc_id: str,
    source: Source,
    *,
    url: str | None = None,
    date: str | None = None,
    line: int | None = None,
    fmt: str = "html",
) -> Record:
    """The main text of an HTML page as an Article, or a ReadError when the page has none.

    The text is trafilatura's extraction. When it keeps less than KEPT_TRY_FALLBACK of the page's
    visible text, the fallback extractors are tried and the text that keeps most is taken; when
    that is still less than KEPT_WARN, the Article carries a warning saying how much was kept.
    """
    import trafilatura

    html = repair_html(html)
    extracted = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    if extracted is not None and (extracted.text or "").strip():
        body = extracted.text
        title, author = extracted.title, extracted.author
        date = extracted.date or date
        url = extracted.url or url
    else:
        body = trafilatura.html2txt(html) or ""
        title = author = None
    text = _paragraphs(body)
    tree = _page_tree(html)
    orphans = orphaned_paragraphs(tree, text)
    if orphans:
        text = "\n\n".join([text, *orphans])
    blocks = visible_blocks(tree)
    kept = kept_share(text, blocks)
    if kept < KEPT_TRY_FALLBACK:
        for other in _fallbacks(html, url):
            other_text = _paragraphs(other)
            other_kept = kept_share(other_text, blocks)
            if other_kept > kept:
                text, kept = other_text, other_kept

    def error(reason: str) -> ReadError:
        return ReadError(source=source.name, line=line, doc_id=doc_id, format=fmt, reason=reason)

    if not text:
        return error("no text could be extracted from the HTML")
    spans = boilerplate_spans(text)
    if not has_main_text(text, spans, link_texts(tree)):
        return error("no article text found in the HTML page (only navigation, links or page chrome)")
    warnings = [f"extraction kept {kept:.0%} of the visible text"] if kept < KEPT_WARN else []
    return Article(
        doc_id=doc_id,
        text=text,
        source=source.name,
        line=line,
        format=fmt,
        title=title,
        date=date,
        author=author,
        url=url,
        boilerplate=spans,
        warnings=warnings,
    )


def read_html(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Record]:
    data = _read_capped(stream, options.max_document_bytes, "the document")
    m = _META_CHARSET.search(data[:4096])
    html = decode_bytes(data, m.group(1).decode("ascii") if m else None)
    yield html_to_article(html, _stem(source), source)


# ------------------------------------------------------------------ rows


def _text_stream(stream: BinaryIO) -> io.TextIOWrapper:
    """A text stream with the encoding detected from the first 64 KB (read lazily)."""
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    sample = buffered.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]  # type: ignore[union-attr]
    if len(sample) < SAMPLE_BYTES:  # peek may return less than asked: read what is buffered
        sample = buffered.peek(SAMPLE_BYTES)
    encoding = detect_encoding(bytes(sample))
    if encoding == "utf-8":
        encoding = "utf-8-sig"
    return io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline="")  # type: ignore[arg-type]


@contextlib.contextmanager
def _detaching(text: io.TextIOWrapper) -> Iterator[io.TextIOWrapper]:
    """``text``, detached from its byte stream at the end: the byte stream is closed by
    ``read_source`` (unless it is stdin), and the wrapper is not left to warn when collected."""
    try:
        yield text
    finally:
        try:
            text.detach()
        except ValueError:  # already closed or detached
            pass


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return value == ""
    if isinstance(value, float):
        return math.isnan(value)
    return type(value).__name__ in ("NAType", "NaTType")


def row_to_article(
    row: dict[str, Any], source: Source, line: int, options: ReadOptions, fmt: str, default_id: str | None = None
) -> Record:
    text = row.get(options.text_field)
    if options.id_field:
        raw_id = row.get(options.id_field)
        id_key = options.id_field
    else:
        id_key = next((k for k in ID_FIELDS if not _is_missing(row.get(k))), None)
        raw_id = row.get(id_key) if id_key else None
    doc_id = escape_name(str(raw_id) if not _is_missing(raw_id) else (default_id or f"{_stem(source)}:{line}"))
    if options.text_field not in row:
        return ReadError(
            source=source.name,
            line=line,
            doc_id=doc_id,
            format=fmt,
            reason=f"no text field {options.text_field!r} (use --text-field; fields: {', '.join(map(str, row))})",
        )
    if _is_missing(text):
        return ReadError(
            source=source.name, line=line, doc_id=doc_id, format=fmt, reason=f"empty text field {options.text_field!r}"
        )
    if not isinstance(text, str):
        return ReadError(
            source=source.name,
            line=line,
            doc_id=doc_id,
            format=fmt,
            reason=f"text field {options.text_field!r} is {type(text).__name__}, not a string",
        )
    text = clean_text(normalise_text(text))  # JSON can spell lone surrogates ("\\udcff")
    used = {options.text_field, id_key}

    def pick(names: tuple[str, ...]) -> str | None:
        for name in names:
            if not _is_missing(row.get(name)):
                used.add(name)
                return clean_text(str(row[name]))
        return None

    title, date, author, url = pick(TITLE_FIELDS), pick(DATE_FIELDS), pick(AUTHOR_FIELDS), pick(URL_FIELDS)
    metadata = clean_value({str(k): _plain(v) for k, v in row.items() if k not in used})
    return Article(
        doc_id=doc_id,
        text=text,
        source=source.name,
        line=line,
        format=fmt,
        title=title,
        date=date,
        author=author,
        url=url,
        metadata=metadata,
        boilerplate=boilerplate_spans(text),
    )


def _plain(value: Any) -> Any:
    """JSON-friendly metadata values (numpy scalars, timestamps, NaN)."""
    if _is_missing(value):
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        try:
            return value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, (str, int, float, bool, list, dict)) or value is None:
        return value
    return str(value)


def _lines(text: io.TextIOBase, limit: int) -> Iterator[str | None]:
    """The lines of ``text``; ``None`` for a line over ``limit`` characters, which is skipped
    without ever being held whole."""
    size = limit + 1 if limit < sys.maxsize else -1
    while True:
        line = text.readline(size)
        if not line:
            return
        if len(line) == size and not line.endswith(("\n", "\r")):
            while True:  # the rest of the long line, a piece at a time
                rest = text.readline(1 << 20)
                if not rest or rest.endswith(("\n", "\r")):
                    break
            yield None
            continue
        yield line


def read_jsonl(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Record]:
    limit = options.max_document_bytes
    with _detaching(_text_stream(stream)) as text:
        yield from _jsonl_rows(text, source, options, limit)


def _jsonl_rows(text: io.TextIOBase, source: Source, options: ReadOptions, limit: int) -> Iterator[Record]:
    for line_no, line in enumerate(_lines(text, limit), start=1):
        if line is None:
            yield ReadError(
                source=source.name,
                line=line_no,
                doc_id=f"{_stem(source)}:{line_no}",
                format="jsonl",
                reason=str(_too_large(f"line {line_no}", limit)),
            )
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(
                source=source.name,
                line=line_no,
                doc_id=f"{_stem(source)}:{line_no}",
                format="jsonl",
                reason=f"invalid JSON: {exc}",
            )
            continue
        if not isinstance(row, dict):
            yield ReadError(
                source=source.name,
                line=line_no,
                doc_id=f"{_stem(source)}:{line_no}",
                format="jsonl",
                reason=f"a JSON object per line expected, got {type(row).__name__}",
            )
            continue
        yield row_to_article(row, source, line_no, options, "jsonl")


def _capped_lines(text: io.TextIOBase, limit: int) -> Iterator[str]:
    for n, line in enumerate(_lines(text, limit), start=1):
        if line is None:
            raise _too_large(f"line {n} of the file", limit)
        yield line


def _read_delimited(stream: BinaryIO, source: Source, options: ReadOptions, fmt: str) -> Iterator[Record]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # the lines are capped instead (_capped_lines)
    with _detaching(_text_stream(stream)) as text:
        yield from _delimited_rows(text, source, options, fmt)


def _delimited_rows(text: io.TextIOBase, source: Source, options: ReadOptions, fmt: str) -> Iterator[Record]:
    reader = csv.DictReader(_capped_lines(text, options.max_document_bytes), delimiter="\t" if fmt == "tsv" else ",")
    for row_no, row in enumerate(reader, start=1):
        if None in row:  # more cells than header columns
            yield ReadError(
                source=source.name,
                line=row_no,
                doc_id=f"{_stem(source)}:{row_no}",
                format=fmt,
                reason=f"row has {len(row) - 1 + len(row[None])} cells, header has {len(reader.fieldnames or [])}",
            )
            continue
        yield row_to_article(row, source, row_no, options, fmt)


def read_csv(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Record]:
    yield from _read_delimited(stream, source, options, "csv")


def read_tsv(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Record]:
    yield from _read_delimited(stream, source, options, "tsv")


def read_parquet(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Record]:
    import pyarrow.parquet as pq

    stream = _in_memory(stream, options, "the Parquet file")
    row_no = 0
    for batch in pq.ParquetFile(stream).iter_batches(batch_size=1024):
        for row in batch.to_pylist():
            row_no += 1
            yield row_to_article(row, source, row_no, options, "parquet")


# ------------------------------------------------------------------ WARC


def read_warc(stream: BinaryIO, source: Source, options: ReadOptions) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    for index, record in enumerate(ArchiveIterator(stream), start=1):
        if record.rec_type != "response" or record.http_headers is None:
            continue
        ctype = record.http_headers.get_header("Content-Type") or ""
        if "html" not in ctype.lower():
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        date = record.rec_headers.get_header("WARC-Date")
        status = record.http_headers.get_statuscode()
        if status and not status.startswith("2"):
            continue
        try:
            data = _read_capped(record.content_stream(), options.max_document_bytes, f"record {index}")
            m = re.search(r"charset=([\w\-]+)", ctype, re.I) or None
            declared = m.group(1) if m else None
            if declared is None:
                mm = _META_CHARSET.search(data[:4096])
                declared = mm.group(1).decode("ascii") if mm else None
            html = decode_bytes(data, declared)
            yield html_to_article(
                html, url or f"{_stem(source)}:{index}", source, url=url, date=date, line=index, fmt="warc"
            )
        except Exception as exc:
            yield ReadError(
                source=source.name, line=index, doc_id=url, format="warc", reason=f"{type(exc).__name__}: {exc}"
            )


READERS = {
    "txt": read_txt,
    "html": read_html,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "tsv": read_tsv,
    "parquet": read_parquet,
    "warc": read_warc,
}
