"""One batch of records in, one list of compact per-record results out.

The same semantics as ``api.process`` (a failing document never stops the run; read
errors, empty texts, pipeline and table errors each give an ``errors`` row and, for a
document, a ``documents`` row with ``status == "error"``), plus:

* a document whose text is only boilerplate (an HTML page that is all navigation) is
  an error, not an empty success;
* a document longer than ``max_chars`` is processed in pieces (:mod:`.chunking`).

Results keep no spaCy objects: ``("ok", DocRows)`` or ``("error", documents_row|None, errors_row)``,
small enough to pickle into a part file.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from .. import tables as T
from ..io.records import Article, ReadError
from .chunking import DEFAULT_MAX_CHARS, merge_piece_rows, piece_article, split_text

Item = tuple[int, Any]  # (seq, Article | ReadError)


@dataclasses.dataclass
class WorkOptions:
    batch_size: int = 32  # nlp.pipe batch size
    max_chars: int = DEFAULT_MAX_CHARS  # longer documents are processed in pieces


def _error_result(article: Article, reason: str, stage: str = "read") -> tuple:
    error = ReadError(source=article.source, line=article.line, doc_id=article.doc_id, format=article.format,
                      stage=stage, reason=reason)
    document = T.document_row(article, n_tokens=None, n_sentences=None, n_entities=None, n_quotes=None)
    document.update(status="error", error=error.reason)
    return ("error", document, T.error_rows(error)[1])


def read_error_result(error: ReadError) -> tuple:
    document, err = T.error_rows(error)
    keep = error.doc_id is not None or error.line is not None or error.format in ("txt", "html")
    return ("error", document if keep else None, err)


def only_boilerplate(article: Article) -> bool:
    """Every non-space character lies in a boilerplate span."""
    if not article.boilerplate:
        return False
    pos = 0
    for s, e in sorted(article.boilerplate):
        if s > pos and article.text[pos:s].strip():
            return False
        pos = max(pos, e)
    return not article.text[pos:].strip()


def _make_doc(nlp, article: Article):
    doc = nlp.make_doc(article.text)
    doc.user_data["doc_id"] = article.doc_id
    doc.user_data["boilerplate"] = list(article.boilerplate)
    return doc


def _pipe(nlp, articles: list[Article], batch_size: int) -> Iterator[tuple[Any, str | None]]:
    """(doc, None) or (None, reason) per article, in order."""
    if not articles:
        return
    try:
        docs = list(nlp.pipe([_make_doc(nlp, a) for a in articles], batch_size=batch_size))
    except Exception:
        docs = None
    if docs is not None:
        for doc in docs:
            yield doc, None
        return
    for article in articles:  # one failed: find which, keep the others
        try:
            yield nlp(_make_doc(nlp, article)), None
        except Exception as exc:
            yield None, f"{type(exc).__name__}: {exc}"


def _rows(doc, article: Article) -> tuple:
    try:
        return ("ok", T.doc_rows(doc, article))
    except Exception as exc:  # a bug or a contract mismatch: keep the run going
        return _error_result(article, f"{type(exc).__name__}: {exc}", stage="tables")


def _long_document(nlp, article: Article, opts: WorkOptions) -> tuple:
    pieces = split_text(article.text, opts.max_chars)
    subs = [piece_article(article, s, e, i) for i, (s, e) in enumerate(pieces)]
    rows = []
    for sub, (doc, reason) in zip(subs, _pipe(nlp, subs, max(1, min(opts.batch_size, 4)))):
        if reason is not None:
            return _error_result(article, reason, stage="nlp")
        result = _rows(doc, sub)
        if result[0] != "ok":
            return _error_result(article, result[2]["reason"], stage="tables")
        rows.append(result[1])
        del doc
    try:
        return ("ok", merge_piece_rows(article, pieces, rows))
    except Exception as exc:
        return _error_result(article, f"{type(exc).__name__}: {exc}", stage="tables")


def process_items(items: list[Item], nlp, opts: WorkOptions) -> list[tuple[int, tuple]]:
    """``[(seq, result), ...]`` in the order of ``items``."""
    results: dict[int, tuple] = {}
    short: list[tuple[int, Article]] = []
    limit = min(opts.max_chars, getattr(nlp, "max_length", opts.max_chars) or opts.max_chars)
    for seq, record in items:
        if isinstance(record, ReadError):
            results[seq] = read_error_result(record)
        elif not record.text.strip():
            results[seq] = _error_result(record, "empty document text")
        elif only_boilerplate(record):
            results[seq] = _error_result(record, "no article text: only navigation or other boilerplate")
        elif len(record.text) > limit:
            results[seq] = _long_document(nlp, record, dataclasses.replace(opts, max_chars=limit))
        else:
            short.append((seq, record))
    articles = [a for _, a in short]
    for (seq, article), (doc, reason) in zip(short, _pipe(nlp, articles, opts.batch_size)):
        results[seq] = _rows(doc, article) if reason is None else _error_result(article, reason, stage="nlp")
    return [(seq, results[seq]) for seq, _ in items]


def stats_of(results: list[tuple[int, tuple]]) -> dict[str, int]:
    ok = [r[1] for _, r in results if r[0] == "ok"]
    return {
        "records": len(results),
        "ok": len(ok),
        "failed": sum(1 for _, r in results if r[0] == "error"),
        "words": sum(int(rows.document.get("n_tokens") or 0) for rows in ok),
        "quotes": sum(len(rows.quotes) for rows in ok),
    }
